import { describe, expect, it } from 'vitest';
import { holderContact, holderName } from '@shared/members/membership-holder';
import { makeHousehold, makePerson } from '@shared/members/testing';
import { householdId, personId } from '@shared/testing/ids';

const paul = makePerson({
  id: 'paul',
  firstName: 'Paul',
  lastName: 'Roux',
  householdId: householdId('roux'),
});
const leo = makePerson({ id: 'leo', firstName: 'Léo', lastName: 'Roux', householdId: householdId('roux') });
const roux = makeHousehold({ id: 'roux', name: 'Famille Roux', payerId: personId('paul') });
const lookup = {
  people: new Map([paul, leo].map((person) => [person.id, person])),
  households: new Map([[roux.id, roux]]),
};

describe('holderName', () => {
  it('names the person or the household, or shows the id of one that is gone', () => {
    expect(holderName({ holderKind: 'person', holderId: personId('leo') }, lookup)).toBe('Léo Roux');
    expect(holderName({ holderKind: 'household', holderId: householdId('roux') }, lookup)).toBe(
      'Famille Roux',
    );
    expect(holderName({ holderKind: 'person', holderId: personId('gone') }, lookup)).toBe('gone');
    expect(holderName({ holderKind: 'household', holderId: householdId('gone') }, lookup)).toBe('gone');
  });
});

describe('holderContact', () => {
  it('is the person, or the household’s payer', () => {
    expect(holderContact({ holderKind: 'person', holderId: personId('leo') }, lookup)?.id).toBe('leo');
    expect(holderContact({ holderKind: 'household', holderId: householdId('roux') }, lookup)?.id).toBe(
      'paul',
    );
  });

  it('is nobody for a household without a payer', () => {
    const alone = { ...lookup, households: new Map([['roux', { ...roux, payerId: '' as const }]]) };
    expect(holderContact({ holderKind: 'household', holderId: householdId('roux') }, alone)).toBeUndefined();
  });
});
