import type { MemberCardPerson } from '@shared/pdf/member-cards';
import type { AttendanceSheetInput } from '@shared/pdf/attendance-sheet';
import { SHEET_LABELS_FR } from '@shared/pdf/attendance-sheet.testing';
import { formatMemberNumber } from '@shared/members/member-number';
import { asPersonId } from '@shared/ids';

/** `count` people with numbered names, for the cards and the sheet (in Node and in Chromium). */
export function benchPeople(count: number): MemberCardPerson[] {
  return Array.from({ length: count }, (_, i) => ({
    firstName: `Prénom${i + 1}`,
    lastName: `NOM-DE-FAMILLE ${i + 1}`,
    memberNumber: formatMemberNumber('A', i + 1),
  }));
}

/** An attendance sheet of `count` names and 20 blank lines. */
export function benchSheet(count: number): AttendanceSheetInput {
  return {
    organisation: 'Foyer rural de Saint-Benchmark',
    event: { title: 'Loto de printemps', when: 'samedi 14 mars 2026 à 20 h', location: 'Salle des fêtes' },
    rows: benchPeople(count).map((person, i) => ({
      ...person,
      personId: asPersonId(`p${i}`),
      status: 'À jour',
      present: false,
    })),
    blankLines: 20,
    labels: SHEET_LABELS_FR,
  };
}
