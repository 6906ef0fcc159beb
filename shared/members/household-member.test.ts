import { describe, expect, it } from 'vitest';
import { EMPTY_ADDRESS } from '@shared/members/fields';
import { householdMemberDraft } from '@shared/members/household-member';
import { makeHousehold, makePerson } from '@shared/members/testing';
import { householdId, personId } from '@shared/testing/ids';

const lavoir = { ...EMPTY_ADDRESS, line1: '3 rue du Lavoir', postalCode: '24200', city: 'Sarlat' };
const mairie = { ...EMPTY_ADDRESS, line1: 'Place de la Mairie', postalCode: '24200', city: 'Sarlat' };
const household = makeHousehold({
  id: 'roux',
  name: 'Famille Roux',
  payerId: personId('paul'),
  address: mairie,
});
const byId = (...people: ReturnType<typeof makePerson>[]) => new Map(people.map((p) => [p.id, p]));

describe('householdMemberDraft', () => {
  it('takes the payer’s last name and address', () => {
    const paul = makePerson({
      id: 'paul',
      lastName: 'Roux',
      householdId: householdId('roux'),
      address: lavoir,
    });
    expect(householdMemberDraft(household, byId(paul))).toEqual({
      lastName: 'Roux',
      address: lavoir,
      householdId: householdId('roux'),
    });
  });

  it('takes the household’s address when the payer has none', () => {
    const paul = makePerson({ id: 'paul', lastName: 'Roux', householdId: householdId('roux') });
    expect(householdMemberDraft(household, byId(paul)).address).toEqual(mairie);
  });

  it('takes a member’s when the payer is unknown, and joins this household anyway', () => {
    const lea = makePerson({
      id: 'lea',
      lastName: 'Roux-Martin',
      householdId: householdId('roux'),
      address: lavoir,
    });
    const stranger = makePerson({ id: 'x', lastName: 'Autre', householdId: householdId('other') });
    expect(householdMemberDraft({ ...household, payerId: personId('gone') }, byId(stranger, lea))).toEqual({
      lastName: 'Roux-Martin',
      address: lavoir,
      householdId: householdId('roux'),
    });
    const movedPayer = makePerson({ id: 'paul', lastName: 'Roux', householdId: householdId('elsewhere') });
    expect(householdMemberDraft(household, byId(movedPayer)).householdId).toBe('roux');
  });

  it('starts from the household alone when nobody is in it', () => {
    expect(householdMemberDraft({ ...household, payerId: '' }, new Map())).toEqual({
      lastName: '',
      address: mairie,
      householdId: householdId('roux'),
    });
  });
});
