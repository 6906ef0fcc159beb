import { describe, expect, it } from 'vitest';
import { makeMembership, makePerson } from '@shared/members/testing';
import { seasonSchema } from '@shared/members/season';
import { membersReport } from '@shared/reports/members';
import { householdId, membershipId, personId, seasonId, tariffId } from '@shared/testing/ids';

const season = seasonSchema.parse({
  id: seasonId('saison-2025'),
  label: '2025-2026',
  startsOn: '2025-09-01',
  endsOn: '2026-08-31',
  tariffs: [
    { id: tariffId('adulte'), label: 'Adulte', amount: 2000 },
    { id: tariffId('famille'), label: 'Famille', amount: 3500, scope: 'household' },
    { id: tariffId('bienfaiteur'), label: 'Bienfaiteur', amount: 5000, givesCounterpart: false },
  ],
});

// The Martin household: three people, one family fee. Anne Martin also paid her own adult fee
// (she joined before the family did): covered twice, counted once in the total.
const people = [
  makePerson({ id: 'anne', householdId: householdId('martin') }),
  makePerson({ id: 'paul', householdId: householdId('martin') }),
  makePerson({ id: 'lea', householdId: householdId('martin') }),
  makePerson({ id: 'bruno' }),
  makePerson({ id: 'chloe' }),
  makePerson({ id: 'denis' }),
];
const fees = [
  makeMembership({ id: 'm1', holderId: personId('anne'), seasonId: season.id, amount: 2000 }),
  makeMembership({
    id: membershipId('m2'),
    holderKind: 'household',
    holderId: personId('martin'),
    seasonId: season.id,
    tariffId: tariffId('famille'),
    tariffLabel: 'Famille',
    amount: 3500,
  }),
  makeMembership({ id: 'm3', holderId: personId('bruno'), seasonId: season.id, amount: 2000 }),
  makeMembership({
    id: 'm4',
    holderId: personId('chloe'),
    seasonId: season.id,
    tariffId: tariffId('bienfaiteur'),
    tariffLabel: 'Bienfaiteur',
    amount: 7550,
  }),
  // Cancelled (a bounced cheque): covers no one, brings nothing.
  makeMembership({
    id: 'm5',
    holderId: personId('denis'),
    seasonId: season.id,
    amount: 2000,
    cancelledOn: '2025-10-01',
  }),
  // Another season: not this report's.
  makeMembership({ id: 'm6', holderId: personId('denis'), seasonId: seasonId('saison-2024'), amount: 1800 }),
];

describe('membersReport', () => {
  it('counts fees, people covered (a household’s fee covers each member) and amounts per tariff', () => {
    const report = membersReport(people, fees, season);
    expect(report.tariffs).toEqual([
      { tariffId: tariffId('adulte'), label: 'Adulte', fees: 2, people: 2, amount: 4000 },
      { tariffId: tariffId('famille'), label: 'Famille', fees: 1, people: 3, amount: 3500 },
      { tariffId: tariffId('bienfaiteur'), label: 'Bienfaiteur', fees: 1, people: 1, amount: 7550 },
    ]);
    // anne, paul, lea, bruno, chloe: anne is under two tariffs but one person.
    expect(report.total).toEqual({ fees: 4, people: 5, amount: 15050 });
  });

  it('follows the current household: someone who left it is no longer covered by its fee', () => {
    const moved = people.map((person) =>
      person.id === 'lea' ? makePerson({ id: 'lea', householdId: '' }) : person,
    );
    const report = membersReport(moved, fees, season);
    expect(report.tariffs.find((tariff) => tariff.tariffId === 'famille')?.people).toBe(2);
    expect(report.total.people).toBe(4);
  });

  it('keeps a tariff removed from the settings under the label its fees recorded, after the others', () => {
    const old = makeMembership({
      id: 'm7',
      holderId: personId('denis'),
      seasonId: season.id,
      tariffId: tariffId('ancien'),
      tariffLabel: 'Ancien tarif',
      amount: 1000,
    });
    const report = membersReport(people, [...fees, old], season);
    expect(report.tariffs.map((tariff) => tariff.label)).toEqual([
      'Adulte',
      'Famille',
      'Bienfaiteur',
      'Ancien tarif',
    ]);
    expect(report.total).toEqual({ fees: 5, people: 6, amount: 16050 });
  });

  it('gives an empty season empty figures', () => {
    expect(membersReport(people, fees, { ...season, id: seasonId('saison-2030') })).toEqual({
      seasonId: seasonId('saison-2030'),
      tariffs: [],
      total: { fees: 0, people: 0, amount: 0 },
    });
  });
});
