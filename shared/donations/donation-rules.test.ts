import { describe, expect, it } from 'vitest';
import { donationChange, feeChange } from '@shared/donations/donation-rules';
import { makeDonation } from '@shared/donations/testing';
import { makeMembership } from '@shared/members/testing';
import { cancelled, makeReceipt } from '@shared/receipts/testing';
import { syncRulesFor } from '@shared/sync/collection-rules';

const receipt = makeReceipt({ id: 'receipt-1' });
const receipted = makeDonation({ id: 'donation-1', receiptId: 'receipt-1' });
const later = { updatedAt: '2026-04-01T00:00:00.000Z', updatedBy: 'user-2', deviceId: 'device-2' };
const holding =
  (...documents: Record<string, unknown>[]) =>
  (collection: string, id: string) =>
    collection === 'receipts' ? documents.find((document) => document.id === id) : undefined;

describe('a donation once receipted', () => {
  it('refuses a change of amount, date or donor, and a deletion, while its receipt is issued', () => {
    for (const next of [
      { ...receipted, ...later, amount: 7000 },
      { ...receipted, ...later, receivedOn: '2026-02-15' },
      { ...receipted, ...later, donorId: 'person-2' },
      { ...receipted, ...later, _deleted: true },
    ]) {
      expect(donationChange(receipted, next, holding(receipt))).toEqual({
        allowed: false,
        reason: 'donations.receipted',
      });
    }
  });

  it('lets only its receipt link change while the receipt is issued', () => {
    expect(
      donationChange(receipted, { ...receipted, ...later, receiptId: 'receipt-2' }, holding(receipt)),
    ).toEqual({ allowed: true });
  });

  it('counts a receipt it cannot read as issued', () => {
    expect(donationChange(receipted, { ...receipted, amount: 7000 }, holding()).allowed).toBe(false);
  });

  it('may be corrected once its receipt is cancelled, and a donation without a receipt freely', () => {
    expect(donationChange(receipted, { ...receipted, amount: 7000 }, holding(cancelled(receipt)))).toEqual({
      allowed: true,
    });
    const free = makeDonation({ id: 'donation-2' });
    expect(donationChange(free, { ...free, amount: 7000 }, holding())).toEqual({ allowed: true });
  });

  it('names the receipt to read, for the server and the write guard', () => {
    expect(syncRulesFor('donations').related?.(receipted)).toEqual([
      { collection: 'receipts', id: 'receipt-1' },
    ]);
    expect(syncRulesFor('donations').related?.(makeDonation({ id: 'd' }))).toEqual([]);
  });
});

describe('a membership fee once receipted (a tariff without counterpart)', () => {
  const fee = makeMembership({
    id: 'fee-1',
    holderId: 'person-1',
    seasonId: 'season-1',
    taxReceiptAllowed: true,
    receiptId: 'receipt-1',
  });

  it('refuses a change of amount, date, holder, a cancellation and a deletion while its receipt is issued', () => {
    for (const next of [
      { ...fee, ...later, amount: 5000 },
      { ...fee, ...later, paidOn: '2025-10-01' },
      { ...fee, ...later, holderId: 'person-2' },
      { ...fee, ...later, cancelledOn: '2025-12-01', cancelReason: 'Remboursée' },
      { ...fee, ...later, _deleted: true },
    ]) {
      expect(feeChange(fee, next, holding(receipt))).toEqual({
        allowed: false,
        reason: 'memberships.receipted',
      });
    }
    expect(feeChange(fee, { ...fee, ...later, receiptId: '' }, holding(receipt))).toEqual({ allowed: true });
  });

  it('may be corrected once its receipt is cancelled, and a fee never receipted freely', () => {
    expect(feeChange(fee, { ...fee, amount: 5000 }, holding(cancelled(receipt)))).toEqual({ allowed: true });
    const free = { ...fee, receiptId: '' };
    expect(feeChange(free, { ...free, amount: 5000 }, holding())).toEqual({ allowed: true });
    expect(syncRulesFor('memberships').change?.(fee, { ...fee, amount: 1 }, holding(receipt))).toEqual({
      allowed: false,
      reason: 'memberships.receipted',
    });
    expect(syncRulesFor('memberships').related?.(fee)).toEqual([{ collection: 'receipts', id: 'receipt-1' }]);
  });
});
