import { userId, deviceId } from '@shared/testing/ids';
import { describe, expect, it } from 'vitest';
import { exportBytes, exportTable } from '@shared/export/list-export';
import { proposeMapping } from '@shared/import/mapping';
import { planMappedImport } from '@shared/import/mapping-plan';
import { readCsvTable } from '@shared/import/table';
import { memberFileColumns, OPTIONAL_MEMBER_COLUMNS } from '@shared/members/member-columns';
import { makePerson } from '@shared/members/testing';
import { initI18n } from '@renderer/i18n/i18n';
import { keyTranslator } from '@renderer/i18n/translate-key';

/**
 * Issue 18's round trip: the member list exported as a file, imported again into an empty
 * association (Membres → Importer, the mapping proposed from the headers, nothing chosen by
 * hand), gives back the people it lists — names as typed, numbers, e-mails, phones, towns and
 * consents.
 */
const people = [
  makePerson({
    id: 'p1',
    firstName: 'Élodie',
    lastName: 'Lefèvre',
    memberNumber: 'A-0001',
    email: 'elodie@example.org',
    phone: '06 12 34 56 78',
    address: { line1: '', line2: '', postalCode: '', city: 'Sarlat-la-Canéda', country: '' },
    consents: {
      imageRights: { status: 'granted', on: '2025-09-05' },
      newsletter: { status: 'refused', on: '2025-09-05' },
    },
  }),
  makePerson({ id: 'p2', firstName: 'Jean-Marc', lastName: 'de La Tour', memberNumber: 'A-0002' }),
  makePerson({
    id: 'p3',
    firstName: 'Noé',
    lastName: "N'Diaye",
    memberNumber: 'B-0107',
    phone: '0553000000',
  }),
];

describe('the member list, exported then imported again', () => {
  it('gives back the people it lists, with no column chosen by hand', async () => {
    const i18n = await initI18n('fr');
    const columns = memberFileColumns(OPTIONAL_MEMBER_COLUMNS, {
      statusOf: () => 'a-jour',
      householdName: () => '',
    });
    const bytes = await exportBytes(exportTable(columns, people, keyTranslator(i18n.t)), 'csv', 'Membres');
    const table = readCsvTable(new TextDecoder().decode(bytes));
    expect(table.header.slice(0, 3)).toEqual(['Nom', 'Prénom', 'N°']);
    const plan = planMappedImport(table, proposeMapping(table.header), {
      importId: 'import-1',
      context: {
        userId: userId('u'),
        deviceId: deviceId('d'),
        now: () => new Date('2026-01-15T10:00:00.000Z'),
      },
      series: 'Z',
      people: [],
      memberships: [],
      seasons: [],
      today: '2026-01-15',
    });
    expect(plan.errors).toEqual([]);
    const kept = (person: (typeof people)[number]) => ({
      firstName: person.firstName,
      lastName: person.lastName,
      memberNumber: person.memberNumber,
      email: person.email,
      phone: person.phone,
      city: person.address.city,
      imageRights: person.consents.imageRights.status,
      newsletter: person.consents.newsletter.status,
    });
    expect(plan.people.map(kept)).toEqual(people.map(kept));
  });
});
