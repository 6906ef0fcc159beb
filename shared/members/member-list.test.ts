import { describe, expect, it } from 'vitest';
import type { ConsentFilter, MemberFilter } from '@shared/members/member-list';
import { appliedSort, filterMembers, listName, sortMembers } from '@shared/members/member-list';
import type { PersonDocument } from '@shared/members/person';
import type { MembershipStatus } from '@shared/members/status';
import { makeMembership, makePerson } from '@shared/members/testing';
import { householdId, personId, seasonId, tariffId } from '@shared/testing/ids';

const anne = makePerson({ id: 'anne', firstName: 'Anne', lastName: 'Dupont', memberNumber: 'A-0010' });
const bob = makePerson({ id: 'bob', firstName: 'Bob', lastName: 'Durand', memberNumber: 'A-0002' });
const leo = makePerson({
  id: 'leo',
  firstName: 'Léo',
  lastName: 'Roux',
  memberNumber: 'A-0100',
  householdId: householdId('roux'),
});
const mairie = makePerson({ id: 'mairie', kind: 'organisation', lastName: 'Mairie de Sarlat' });
const people = [leo, mairie, bob, anne];

const statuses: Record<string, MembershipStatus> = {
  anne: 'a-renouveler',
  bob: 'a-jour',
  leo: 'a-jour',
  mairie: 'jamais-adherent',
};
const statusOf = (person: PersonDocument) => statuses[person.id] ?? 'jamais-adherent';
const memberships = [
  makeMembership({ id: 'm1', holderId: personId('bob'), seasonId: '2025', tariffId: 'adulte' }),
  makeMembership({
    id: 'm2',
    holderKind: 'household',
    holderId: householdId('roux'),
    seasonId: '2025',
    tariffId: 'famille',
  }),
  makeMembership({ id: 'm3', holderId: personId('anne'), seasonId: '2024', tariffId: 'adulte' }),
];
const ids = (list: readonly PersonDocument[]) => list.map((person) => person.id);
const none: MemberFilter = { status: null, seasonId: null, tariffId: null, toComplete: false, consent: null };

describe('filterMembers', () => {
  it('keeps everybody without a filter, in their order, in a new array', () => {
    const kept = filterMembers(people, none, statusOf, memberships);
    expect(ids(kept)).toEqual(['leo', 'mairie', 'bob', 'anne']);
    expect(kept).not.toBe(people);
  });

  it('keeps one status', () => {
    expect(ids(filterMembers(people, { ...none, status: 'a-jour' }, statusOf, memberships))).toEqual([
      'leo',
      'bob',
    ]);
  });

  it('keeps those covered for a season, through their household too, and by tariff', () => {
    expect(
      ids(filterMembers(people, { ...none, seasonId: seasonId('2025') }, statusOf, memberships)),
    ).toEqual(['leo', 'bob']);
    const family = { ...none, seasonId: seasonId('2025'), tariffId: tariffId('famille') };
    expect(ids(filterMembers(people, family, statusOf, memberships))).toEqual(['leo']);
  });

  it('keeps those who gave a consent, or those who did not (refused or never asked)', () => {
    const granted = { status: 'granted' as const, on: '2026-09-01' };
    const refused = { status: 'refused' as const, on: '2026-09-01' };
    const unknown = { status: 'unknown' as const, on: '' };
    const list = [
      { ...anne, consents: { imageRights: granted, newsletter: refused, dataProcessing: unknown } },
      { ...bob, consents: { imageRights: unknown, newsletter: granted, dataProcessing: unknown } },
      { ...leo, consents: { imageRights: refused, newsletter: unknown, dataProcessing: granted } },
    ];
    const keep = (consent: ConsentFilter) =>
      ids(filterMembers(list, { ...none, consent }, statusOf, memberships));
    expect(keep('imageRights:granted')).toEqual(['anne']);
    expect(keep('imageRights:not')).toEqual(['bob', 'leo']);
    expect(keep('newsletter:granted')).toEqual(['bob']);
    expect(keep('newsletter:not')).toEqual(['anne', 'leo']);
  });

  it('keeps the walk-ins of the door that the office has not completed', () => {
    const [first] = people;
    if (!first) throw new Error('no people');
    const walkIn = { ...first, id: personId('zoe'), origin: 'door' as const, birthDate: '' };
    const completed = { ...walkIn, id: personId('yves'), phone: '06 12 34 56 78' };
    const list = [...people, walkIn, completed];
    expect(ids(filterMembers(list, { ...none, toComplete: true }, statusOf, memberships))).toEqual(['zoe']);
  });
});

describe('appliedSort', () => {
  it('falls back to the name when nothing is searched', () => {
    expect(appliedSort('relevance', false)).toBe('name');
    expect(appliedSort('relevance', true)).toBe('relevance');
    expect(appliedSort('number', false)).toBe('number');
    expect(appliedSort('status', true)).toBe('status');
  });
});

describe('sortMembers', () => {
  it('sorts by name, by number (numerically) or by status then name, in place', () => {
    const list = [...people];
    expect(sortMembers(list, 'name', statusOf)).toBe(list);
    expect(ids(list)).toEqual(['anne', 'bob', 'mairie', 'leo']);
    expect(ids(sortMembers([...people], 'number', statusOf)).slice(0, 3)).toEqual(['bob', 'anne', 'leo']);
    expect(ids(sortMembers([...people], 'status', statusOf))).toEqual(['bob', 'leo', 'anne', 'mairie']);
  });

  it('leaves the search order for relevance', () => {
    expect(ids(sortMembers([...people], 'relevance', statusOf))).toEqual(['leo', 'mairie', 'bob', 'anne']);
    expect(ids(sortMembers([...people], 'relevance', statusOf, 'desc'))).toEqual([
      'leo',
      'mairie',
      'bob',
      'anne',
    ]);
  });

  it('sorts the other way round when asked', () => {
    expect(ids(sortMembers([...people], 'name', statusOf, 'desc'))).toEqual(['leo', 'mairie', 'bob', 'anne']);
    expect(ids(sortMembers([...people], 'status', statusOf, 'desc'))).toEqual([
      'mairie',
      'anne',
      'leo',
      'bob',
    ]);
  });
});

describe('listName', () => {
  it('puts the last name first, in capitals; an organisation keeps its name', () => {
    expect(listName(anne)).toBe('DUPONT Anne');
    expect(listName(mairie)).toBe('Mairie de Sarlat');
  });
});
