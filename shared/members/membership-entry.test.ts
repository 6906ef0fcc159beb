import { describe, expect, it } from 'vitest';
import type { MembershipEntry } from '@shared/members/membership-entry';
import { readMembershipEntry } from '@shared/members/membership-entry';
import { toCents } from '@shared/money/cents';
import { householdId, personId, seasonId, tariffId } from '@shared/testing/ids';

const tariff = { scope: 'individual', taxReceiptAllowed: false } as const;
const adulte = { ...tariff, id: tariffId('adulte'), label: 'Adulte', amount: toCents(2000) };
const famille = {
  ...tariff,
  id: tariffId('famille'),
  label: 'Famille',
  amount: toCents(4500),
  scope: 'household',
} as const;
const honneur = { ...tariff, id: tariffId('honneur'), label: 'Membre d’honneur', amount: toCents(0) };
const entry: MembershipEntry = {
  season: { id: seasonId('2025') },
  tariff: adulte,
  amount: '20,00 €',
  method: 'especes',
  chequeNumber: '0001',
  reference: '',
  paidOn: '2025-09-06',
};
const paul = { id: personId('paul') };
const roux = { id: householdId('roux') };

describe('readMembershipEntry', () => {
  it('gives the membership of the person, the amount in cents, no cheque number but for a cheque', () => {
    expect(readMembershipEntry(entry, paul, roux, 'user-1')).toEqual({
      ok: true,
      draft: {
        holderKind: 'person',
        holderId: personId('paul'),
        seasonId: seasonId('2025'),
        tariffId: tariffId('adulte'),
        tariffLabel: 'Adulte',
        taxReceiptAllowed: false,
        amount: 2000,
        paymentMethod: 'especes',
        chequeNumber: '',
        paymentReference: '',
        paidOn: '2025-09-06',
        receivedBy: 'user-1',
      },
    });
    const cheque = readMembershipEntry({ ...entry, method: 'cheque' }, paul, roux, 'user-1');
    expect(cheque.ok && cheque.draft.chequeNumber).toBe('0001');
  });

  it('gives a household tariff to the household', () => {
    const read = readMembershipEntry({ ...entry, tariff: famille }, paul, roux, 'user-1');
    expect(read.ok && [read.draft.holderKind, read.draft.holderId]).toEqual(['household', 'roux']);
  });

  it('says what is missing, field by field', () => {
    const empty = { ...entry, season: undefined, tariff: undefined, amount: '', method: null };
    expect(readMembershipEntry(empty, paul, roux, 'user-1')).toEqual({
      ok: false,
      errors: {
        seasonId: seasonId('people.membership.seasonRequired'),
        tariffId: tariffId('people.membership.tariffRequired'),
        amount: 'errors.members.amountRequired',
        paymentMethod: 'errors.members.paymentMethodRequired',
      },
    });
  });

  it('refuses a household tariff for someone without a household', () => {
    expect(readMembershipEntry({ ...entry, tariff: famille }, paul, undefined, 'user-1')).toEqual({
      ok: false,
      errors: { tariffId: tariffId('people.membership.familyNeedsHousehold') },
    });
  });

  it('refuses 0 € for a tariff that has a price, takes it for a free one', () => {
    expect(readMembershipEntry({ ...entry, amount: '0' }, paul, roux, 'user-1')).toEqual({
      ok: false,
      errors: { amount: 'errors.members.amountZeroNotFree' },
    });
    const free = readMembershipEntry({ ...entry, tariff: honneur, amount: '0,00 €' }, paul, roux, 'user-1');
    expect(free.ok && free.draft.amount).toBe(0);
  });

  it('takes a reduced amount, typed the French way', () => {
    const reduced = readMembershipEntry({ ...entry, amount: '21,50' }, paul, roux, 'user-1');
    expect(reduced.ok && reduced.draft.amount).toBe(2150);
  });

  it('asks for the payment date when it was emptied', () => {
    expect(readMembershipEntry({ ...entry, paidOn: '' }, paul, roux, 'user-1')).toEqual({
      ok: false,
      errors: { paidOn: 'errors.members.paidOnRequired' },
    });
  });
});
