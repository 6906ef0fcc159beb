import { describe, expect, it } from 'vitest';
import { planPeopleMerge } from '@shared/members/merge-people';
import { idsOf, mergeRedirects, personDocumentSchema } from '@shared/members/person';
import { makeHousehold, makeMembership, makePerson } from '@shared/members/testing';
import { householdId, personId } from '@shared/testing/ids';

const older = makePerson({
  id: 'p-old',
  createdAt: '2023-09-01T10:00:00.000Z',
  firstName: 'Élodie',
  lastName: 'Lefèvre',
  memberNumber: 'A-0012',
  phone: '06 39 98 00 01',
  notes: 'Bénévole au loto.',
  consents: { imageRights: { status: 'granted', on: '2023-09-01' } },
  customFields: { taille: 'M', licence: '123' },
});
const newer = makePerson({
  id: 'p-new',
  firstName: 'Elodie',
  lastName: 'Lefèvre',
  birthDate: '1984-03-12',
  email: 'elodie.lefevre@example.org',
  memberNumber: 'B-0003',
  notes: 'Inscrite au forum.',
  consents: { imageRights: { status: 'refused', on: '2025-09-06' } },
  customFields: { taille: 'S' },
});
const memberships = [
  makeMembership({ id: 'm1', holderId: personId('p-old'), seasonId: 's2024' }),
  makeMembership({ id: 'm2', holderId: personId('p-new'), seasonId: 's2025' }),
  makeMembership({ id: 'm3', holderId: personId('p-new'), seasonId: 's2024' }),
  makeMembership({ id: 'm4', holderId: householdId('h1'), holderKind: 'household', seasonId: 's2025' }),
];
const households = [
  makeHousehold({ id: 'h1', payerId: personId('p-new') }),
  makeHousehold({ id: 'h2', payerId: personId('someone') }),
];

describe('merging two people', () => {
  const plan = planPeopleMerge(newer, older, memberships, households);

  it('keeps the record with the older member number, the other number stays findable', () => {
    expect(plan.survivorId).toBe('p-old');
    expect(plan.absorbedId).toBe('p-new');
    expect(plan.survivor.memberNumber).toBe('A-0012');
    expect(plan.survivor.formerMemberNumbers).toEqual(['B-0003']);
    expect(plan.survivor.createdAt).toBe('2023-09-01T10:00:00.000Z');
  });

  it('fills the survivor’s blanks, reports real conflicts, and the result is a valid person', () => {
    expect(plan.survivor).toMatchObject({
      birthDate: '1984-03-12',
      email: 'elodie.lefevre@example.org',
      phone: '06 39 98 00 01',
      firstName: 'Élodie',
      notes: 'Bénévole au loto.\n\nInscrite au forum.',
      customFields: { taille: 'M', licence: '123' },
    });
    expect(plan.conflicts.map((c) => [c.field, c.chosen])).toEqual([
      ['firstName', 'survivor'],
      ['customFields.taille', 'survivor'],
    ]);
    expect(personDocumentSchema.safeParse(plan.survivor).success).toBe(true);
  });

  it('does not add the absorbed notes twice when the merge is run again after an interruption', () => {
    // The first run wrote the survivor (notes joined), then stopped before removing the other.
    const again = planPeopleMerge({ ...older, notes: plan.survivor.notes }, newer, memberships, households);
    expect(again.survivor.notes).toBe('Bénévole au loto.\n\nInscrite au forum.');
    // A note that only looks alike is still added.
    const other = planPeopleMerge(
      { ...older, notes: 'Pas inscrite au forum.' },
      newer,
      memberships,
      households,
    );
    expect(other.survivor.notes).toBe('Pas inscrite au forum.\n\nInscrite au forum.');
  });

  it('keeps the latest consent decision', () => {
    expect(plan.survivor.consents.imageRights).toEqual({ status: 'refused', on: '2025-09-06' });
  });

  it('moves memberships and payer roles to the survivor and flags seasons paid twice', () => {
    expect(plan.membershipUpdates).toEqual([
      { id: 'm2', holderId: personId('p-old') },
      { id: 'm3', holderId: personId('p-old') },
    ]);
    expect(plan.householdUpdates).toEqual([{ id: 'h1', payerId: personId('p-old') }]);
    expect(plan.seasonsPaidTwice).toEqual(['s2024']);
  });

  it('follows the user’s choices and forced survivor', () => {
    const chosen = planPeopleMerge(newer, older, memberships, households, {
      survivorId: 'p-new',
      choices: { firstName: 'absorbed' },
    });
    expect(chosen.survivorId).toBe('p-new');
    expect(chosen.survivor.firstName).toBe('Élodie');
    expect(chosen.survivor.formerMemberNumbers).toEqual(['A-0012']);
    expect(() => planPeopleMerge(older, older, [], [])).toThrow(RangeError);
  });
});

describe('the redirect a merge leaves', () => {
  it('names the absorbed record, and those merged into it, in the survivor', () => {
    const plan = planPeopleMerge(newer, { ...older, mergedIds: ['p-older-still'] }, [], []);
    expect(plan.survivor.mergedIds).toEqual(['p-older-still', 'p-new']);
    expect(idsOf(plan.survivor)).toEqual(['p-old', 'p-older-still', 'p-new']);
    // Run again after an interruption: the same list.
    expect(planPeopleMerge(plan.survivor, newer, [], [], { survivorId: 'p-old' }).survivor.mergedIds).toEqual(
      ['p-older-still', 'p-new'],
    );
  });

  it('leads every merged id to the living survivor, through merges of merges', () => {
    const redirects = mergeRedirects([
      { id: personId('b'), mergedIds: ['a'] },
      { id: personId('c'), mergedIds: ['b', 'x'] },
      { id: personId('z'), mergedIds: [] },
    ]);
    expect(Object.fromEntries(redirects)).toEqual({ a: 'c', b: 'c', x: 'c' });
    // A cycle (two devices merging each into the other) ends instead of looping.
    expect(
      mergeRedirects([
        { id: personId('p'), mergedIds: ['q'] },
        { id: personId('q'), mergedIds: ['p'] },
      ]).size,
    ).toBe(2);
  });
});
