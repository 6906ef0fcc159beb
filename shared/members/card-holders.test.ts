import { describe, expect, it } from 'vitest';
import { cardHolders, cardRefusal, MAX_CARDS_PER_PRINT } from '@shared/members/card-holders';
import { seasonsByHolder, isCoveredFor } from '@shared/members/status';
import { makeMembership, makePerson } from '@shared/members/testing';
import { seasonId } from '@shared/testing/ids';

/** Paul paid for 2026, Léo is covered by his household's family fee, Anne paid for 2025 only. */
const paul = makePerson({ id: 'paul', memberNumber: 'A-0001' });
const leo = makePerson({ id: 'leo', memberNumber: 'A-0002', householdId: 'roux' });
const anne = makePerson({ id: 'anne', memberNumber: 'A-0003' });
const lea = makePerson({ id: 'lea', memberNumber: 'A-0004' });
const noNumber = makePerson({ id: 'mairie', kind: 'organisation', lastName: 'Mairie' });
const byHolder = seasonsByHolder([
  makeMembership({ id: 'm1', holderId: 'paul', seasonId: '2026' }),
  makeMembership({ id: 'm2', holderKind: 'household', holderId: 'roux', seasonId: '2026' }),
  makeMembership({ id: 'm3', holderId: 'anne', seasonId: '2025' }),
  makeMembership({ id: 'm4', holderId: 'lea', seasonId: '2026', cancelledOn: '2026-09-10' }),
]);
const coveredFor = (season: string) => (person: typeof paul) =>
  isCoveredFor(person, seasonId(season), byHolder);

describe('cardHolders', () => {
  it('makes cards for the people à jour for the season, in order, themselves or through their household', () => {
    const chosen = cardHolders([leo, anne, paul, lea, noNumber], coveredFor('2026'));
    expect(chosen.holders.map((person) => person.id)).toEqual(['leo', 'paul']);
    expect(chosen.refused).toEqual({ 'no-number': 1, 'not-covered': 2 });
    expect(chosen.capped).toBe(false);
  });

  it('makes the cards of another season for those who paid that one', () => {
    expect(cardHolders([leo, anne, paul], coveredFor('2025')).holders).toEqual([anne]);
  });

  it('stops at 500 cards and says so', () => {
    const people = Array.from({ length: 600 }, (_, i) => ({ memberNumber: `A-${1000 + i}` }));
    const chosen = cardHolders(people, () => true);
    expect(chosen.holders).toHaveLength(MAX_CARDS_PER_PRINT);
    expect(chosen.holders[0]).toBe(people[0]);
    expect(chosen.capped).toBe(true);
  });
});

describe('cardRefusal', () => {
  it('refuses a card to someone never à jour (Jamais adhérent), or without a number', () => {
    expect(cardRefusal(lea, false)).toBe('not-covered');
    expect(cardRefusal(noNumber, true)).toBe('no-number');
    expect(cardRefusal(paul, true)).toBeNull();
  });
});
