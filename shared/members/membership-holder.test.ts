import { describe, expect, it } from 'vitest';
import { holderContact, holderName } from '@shared/members/membership-holder';
import { makeHousehold, makePerson } from '@shared/members/testing';

const paul = makePerson({ id: 'paul', firstName: 'Paul', lastName: 'Roux', householdId: 'roux' });
const leo = makePerson({ id: 'leo', firstName: 'Léo', lastName: 'Roux', householdId: 'roux' });
const roux = makeHousehold({ id: 'roux', name: 'Famille Roux', payerId: 'paul' });
const lookup = {
  people: new Map([paul, leo].map((person) => [person.id, person])),
  households: new Map([[roux.id, roux]]),
};

describe('holderName', () => {
  it('names the person or the household, or shows the id of one that is gone', () => {
    expect(holderName({ holderKind: 'person', holderId: 'leo' }, lookup)).toBe('Léo Roux');
    expect(holderName({ holderKind: 'household', holderId: 'roux' }, lookup)).toBe('Famille Roux');
    expect(holderName({ holderKind: 'person', holderId: 'gone' }, lookup)).toBe('gone');
    expect(holderName({ holderKind: 'household', holderId: 'gone' }, lookup)).toBe('gone');
  });
});

describe('holderContact', () => {
  it('is the person, or the household’s payer', () => {
    expect(holderContact({ holderKind: 'person', holderId: 'leo' }, lookup)?.id).toBe('leo');
    expect(holderContact({ holderKind: 'household', holderId: 'roux' }, lookup)?.id).toBe('paul');
  });

  it('is nobody for a household without a payer', () => {
    const alone = { ...lookup, households: new Map([['roux', { ...roux, payerId: '' }]]) };
    expect(holderContact({ holderKind: 'household', holderId: 'roux' }, alone)).toBeUndefined();
  });
});
