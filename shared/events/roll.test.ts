import { describe, expect, it } from 'vitest';
import type { AttendanceDocument } from '@shared/events/attendance';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import type { RollPerson } from '@shared/events/roll';
import { eventRoll, rollIndex, searchRoll } from '@shared/events/roll';
import type { MembershipStatus } from '@shared/members/status';
import { eventId, personId } from '@shared/testing/ids';
import type { PersonId } from '@shared/ids';
import { PeopleSearchIndex } from '@shared/search/people-index';

const person = (id: string, firstName: string, lastName: string, memberNumber = ''): RollPerson => ({
  id: personId(id),
  firstName,
  lastName,
  memberNumber,
  email: '',
  formerMemberNumbers: [],
});
const record = (personId: PersonId, changes: Partial<AttendanceDocument> = {}): AttendanceDocument =>
  attendanceDocumentSchema.parse({
    id: attendanceId(eventId('e'), personId),
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    updatedBy: 'u',
    deviceId: 'd',
    eventId: eventId('e'),
    personId,
    ...changes,
  });

const people = new Map(
  [
    person('elodie', 'Élodie', 'Durand', 'A-0042'),
    person('jean', 'Jean', 'Dupont', 'A-0007'),
    person('lea', 'Léa', 'Martin', 'A-0100'),
    person('paul', 'Paul', 'Abel'),
  ].map((p) => [p.id, p]),
);
const statuses: Record<string, MembershipStatus> = {
  elodie: 'a-jour',
  jean: 'a-jour',
  lea: 'a-renouveler',
  paul: 'jamais-adherent',
};
const statusOf = (p: RollPerson) => statuses[p.id] ?? 'jamais-adherent';

describe('the roll of an event', () => {
  it('lists whoever is registered or came, by name, numbered like the sheet', () => {
    const roll = eventRoll({
      people,
      attendance: [record(personId('lea')), record(personId('paul')), record(personId('jean'))],
      statusOf,
    });
    expect(roll.map((entry) => [entry.line, entry.person.id])).toEqual([
      [1, 'paul'],
      [2, 'jean'],
      [3, 'lea'],
    ]);
    expect(roll.every((entry) => !entry.voter)).toBe(true);
  });

  it('a general assembly lists every voter too, and says who may vote', () => {
    const upToDate = eventRoll({
      people,
      attendance: [record(personId('paul'))],
      statusOf,
      voters: 'members-up-to-date',
    });
    expect(upToDate.map((entry) => [entry.person.id, entry.voter])).toEqual([
      ['paul', false],
      ['jean', true],
      ['elodie', true],
    ]);
    const all = eventRoll({ people, attendance: [], statusOf, voters: 'all-members' });
    expect(all.map((entry) => entry.person.id)).toEqual(['jean', 'elodie', 'lea']);
  });

  it('reads its people from the directory’s search index as from a map (a door device holds only that)', () => {
    const index = PeopleSearchIndex.from(
      [...people.values()].map((p) => ({ ...p, kind: 'person' as const, householdId: '' as const })),
    );
    expect([...index.values()].map((p) => p.id).sort()).toEqual([...people.keys()].sort());
    const fromIndex = eventRoll({
      people: index,
      attendance: [record(personId('paul'))],
      statusOf,
      voters: 'members-up-to-date',
    });
    expect(fromIndex.map((entry) => [entry.line, entry.person.id, entry.voter])).toEqual([
      [1, 'paul', false],
      [2, 'jean', true],
      [3, 'elodie', true],
    ]);
  });

  it('skips a record whose person this device does not hold', () => {
    expect(eventRoll({ people, attendance: [record(personId('ghost'))], statusOf })).toEqual([]);
  });
});

describe('finding someone on the roll', () => {
  const roll = eventRoll({ people, attendance: [...people.keys()].map((id) => record(id)), statusOf });
  const index = rollIndex(roll);
  const ids = (query: string) => searchRoll(roll, index, query).map((entry) => entry.person.id);

  it('by the line number read on the paper, then by member number', () => {
    expect(ids('2')[0]).toBe('jean');
    expect(ids('42')).toEqual(['elodie']);
    expect(ids('A-0100')).toEqual(['lea']);
  });

  it('by part of a name, accents, case and order aside', () => {
    expect(ids('elodie')).toEqual(['elodie']);
    expect(ids('ÉLODIE')).toEqual(['elodie']);
    expect(ids('dupont jean')).toEqual(['jean']);
    expect(ids('mar')).toEqual(['lea']);
    expect(ids('  ')).toEqual([]);
  });
});
