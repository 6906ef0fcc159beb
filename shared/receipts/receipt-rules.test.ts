import { describe, expect, it } from 'vitest';
import { receiptDocumentSchema } from '@shared/receipts/receipt';
import { receiptChange, resolveReceiptConflict } from '@shared/receipts/receipt-rules';
import { cancelled, makeReceipt } from '@shared/receipts/testing';

const issued = makeReceipt({ id: 'receipt-1' });

describe('the receipt schema', () => {
  it('accepts an issued receipt and its cancellation', () => {
    expect(receiptDocumentSchema.safeParse(issued).success).toBe(true);
    expect(receiptDocumentSchema.safeParse(cancelled(issued)).success).toBe(true);
  });

  it('refuses a total that is not the sum of its lines, a line outside the period, a bad number', () => {
    const keys = (input: unknown) =>
      receiptDocumentSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(keys({ ...issued, total: 4999 })).toContain('errors.receipts.totalMismatch');
    expect(keys({ ...issued, period: { from: '2026-03-01', to: '2026-03-31' } })).toContain(
      'errors.receipts.lineOutsidePeriod',
    );
    expect(keys({ ...issued, number: '2026-A-1' })).toContain('errors.receipts.numberFormat');
    expect(keys({ ...issued, lines: [...issued.lines, ...issued.lines], total: 10000 })).toContain(
      'errors.receipts.donationTwice',
    );
  });

  it('wants a reason, a date and an author for a cancellation, and none on an issued receipt', () => {
    const keys = (input: unknown) =>
      receiptDocumentSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(keys({ ...issued, status: 'cancelled' })).toEqual(
      expect.arrayContaining([
        'errors.receipts.cancellationReasonRequired',
        'errors.receipts.cancellationIncomplete',
      ]),
    );
    expect(keys({ ...cancelled(issued), status: 'issued' })).toContain(
      'errors.receipts.cancellationOnIssued',
    );
  });
});

describe('what may become of a stored receipt', () => {
  it('allows a cancellation, and a write that changes nothing', () => {
    expect(receiptChange(issued, cancelled(issued))).toEqual({ allowed: true });
    expect(receiptChange(issued, { ...issued })).toEqual({ allowed: true });
  });

  it('refuses a rewrite that changes only who wrote last (issue 15)', () => {
    for (const stamps of [
      { updatedAt: '2026-04-01T00:00:00.000Z' },
      { updatedBy: 'user-door' },
      { deviceId: 'device-door' },
    ]) {
      expect(receiptChange(issued, { ...issued, ...stamps })).toEqual({
        allowed: false,
        reason: 'receipts.immutable',
      });
    }
  });

  it('refuses any other change to an issued receipt', () => {
    for (const next of [
      { ...issued, total: 6000 },
      { ...issued, donor: { ...issued.donor, name: 'Marie Durand' } },
      { ...cancelled(issued), number: '2026-A-0002' },
      { ...cancelled(issued), totalInWords: 'soixante euros' },
    ]) {
      expect(receiptChange(issued, next)).toEqual({ allowed: false, reason: 'receipts.immutable' });
    }
  });

  it('refuses every change to a cancelled receipt, and every deletion', () => {
    const done = cancelled(issued);
    expect(receiptChange(done, cancelled(issued, 'Autre motif'))).toEqual({
      allowed: false,
      reason: 'receipts.alreadyCancelled',
    });
    expect(receiptChange(done, { ...done, status: 'issued' })).toMatchObject({ allowed: false });
    expect(receiptChange(issued, { ...issued, _deleted: true })).toEqual({
      allowed: false,
      reason: 'receipts.noDeletion',
    });
  });

  it('resolves a conflict to this device’s cancellation, or else to the server’s receipt', () => {
    const ours = cancelled(issued, 'Doublon');
    expect(resolveReceiptConflict(ours, issued)).toBe(ours);
    const theirs = cancelled(issued, 'Erreur de donateur');
    expect(resolveReceiptConflict(ours, theirs)).toBe(theirs);
    expect(resolveReceiptConflict({ ...issued, total: 1 }, issued)).toBe(issued);
  });
});
