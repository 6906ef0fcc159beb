import { describe, expect, it } from 'vitest';
import { membershipFigures } from '@shared/dashboard/membership-figures';
import { makeMembership, makePerson } from '@shared/members/testing';
import { householdId, membershipId, personId, seasonId } from '@shared/testing/ids';

const seasons = [
  { id: seasonId('s2024'), label: '2024-2025', startsOn: '2024-09-01', endsOn: '2025-08-31' },
  { id: seasonId('s2025'), label: '2025-2026', startsOn: '2025-09-01', endsOn: '2026-08-31' },
  { id: seasonId('s2026'), label: '2026-2027', startsOn: '2026-09-01', endsOn: '2027-08-31' },
];

const people = [
  makePerson({ id: 'anna' }), // paid both seasons
  makePerson({ id: 'bruno' }), // last season only: renewal expected
  makePerson({ id: 'chloe' }), // new this month
  makePerson({ id: 'dad', householdId: householdId('family') }), // family fee last season and this one
  makePerson({ id: 'kid', householdId: householdId('family') }),
  makePerson({ id: 'eve' }), // never paid
  makePerson({ id: 'fred' }), // cancelled fee: counts for nothing
];
const memberships = [
  makeMembership({ id: 'm1', holderId: personId('anna'), seasonId: seasonId('s2024'), paidOn: '2024-09-10' }),
  makeMembership({ id: 'm2', holderId: personId('anna'), seasonId: seasonId('s2025'), paidOn: '2025-09-10' }),
  makeMembership({
    id: 'm3',
    holderId: personId('bruno'),
    seasonId: seasonId('s2024'),
    paidOn: '2024-09-12',
  }),
  makeMembership({
    id: 'm4',
    holderId: personId('chloe'),
    seasonId: seasonId('s2025'),
    paidOn: '2026-01-05',
  }),
  makeMembership({
    id: membershipId('m5'),
    holderKind: 'household',
    holderId: personId('family'),
    seasonId: seasonId('s2024'),
    paidOn: '2024-10-01',
  }),
  makeMembership({
    id: membershipId('m6'),
    holderKind: 'household',
    holderId: personId('family'),
    seasonId: seasonId('s2025'),
    paidOn: '2026-01-02',
  }),
  makeMembership({
    id: 'm7',
    holderId: personId('fred'),
    seasonId: seasonId('s2025'),
    paidOn: '2026-01-03',
    cancelledOn: '2026-01-04',
  }),
];

describe('membershipFigures', () => {
  it('counts à jour this season and last, renewals expected and new members this month', () => {
    const figures = membershipFigures(people, memberships, seasons, '2026-01-15');
    expect(figures.current?.id).toBe('s2025');
    expect(figures.previous?.id).toBe('s2024');
    expect(figures.upToDate).toBe(4); // anna, chloe, dad, kid
    expect(figures.lastSeason).toBe(4); // anna, bruno, dad, kid
    expect(figures.renewalsExpected).toBe(1); // bruno
    // chloe only: the family's first fee is from 2024, fred's was cancelled.
    expect(figures.newThisMonth).toBe(1);
    // Future seasons are not charted.
    expect(figures.perSeason).toEqual([
      { seasonId: seasonId('s2024'), label: '2024-2025', members: 4 },
      { seasonId: seasonId('s2025'), label: '2025-2026', members: 4 },
    ]);
  });

  it('says nothing about renewals without a previous season', () => {
    const figures = membershipFigures(people, memberships, seasons.slice(1), '2026-01-15');
    expect(figures.previous).toBeUndefined();
    expect(figures.renewalsExpected).toBeUndefined();
    expect(figures.lastSeason).toBe(0);
  });

  it('gives zeros on an empty file', () => {
    const figures = membershipFigures([], [], [], '2026-01-15');
    expect(figures).toMatchObject({ upToDate: 0, lastSeason: 0, newThisMonth: 0, perSeason: [] });
  });
});
