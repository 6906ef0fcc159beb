import { describe, expect, it } from 'vitest';
import { depositDocumentSchema } from '@shared/deposits/deposit';
import {
  alreadyOnASlip,
  chequesToDeposit,
  depositChange,
  nextDepositNumber,
  slipTotals,
} from '@shared/deposits/deposit-rules';
import { makeCheque, makeDeposit } from '@shared/deposits/testing';
import { collectionSpecs, PLANNED_COLLECTIONS, RXDB_FREE_COLLECTION_LIMIT } from '@shared/schema/collections';
import { toRxJsonSchema } from '@shared/schema/collection-spec';

const messages = (input: unknown) =>
  depositDocumentSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('deposit slips', () => {
  it('totals the cheques and the cash, and counts the cheques', () => {
    const cheques = [makeCheque('donation:a', 125_050), makeCheque('membership:b', 2_000)];
    expect(slipTotals(cheques)).toEqual({ total: 127_050, count: 2 });
    expect(slipTotals(cheques, 4_500)).toEqual({ total: 131_550, count: 2 });
    expect(slipTotals([], 0)).toEqual({ total: 0, count: 0 });
  });

  it('refuses a slip whose printed total or count is not its cheques’, an empty one, a cheque twice', () => {
    const slip = makeDeposit({ id: 'slip-1', cheques: [makeCheque('donation:a', 5_000)] });
    expect(messages({ ...slip, total: 5_001 })).toEqual(['errors.deposits.totalMismatch']);
    expect(messages({ ...slip, count: 2 })).toEqual(['errors.deposits.totalMismatch']);
    expect(messages({ ...slip, cheques: [], total: 0, count: 0 })).toEqual(['errors.deposits.empty']);
    const twice = [makeCheque('donation:a', 5_000), makeCheque('donation:a', 5_000)];
    expect(messages({ ...slip, cheques: twice, total: 10_000, count: 2 })).toContain(
      'errors.deposits.chequeTwice',
    );
    // Cash alone is a slip (notes and coins taken to the bank).
    expect(messages({ ...slip, cheques: [], cash: 3_000, total: 3_000, count: 0 })).toEqual([]);
  });

  it('wants the day of the deposit once deposited, never before the slip’s date, and none before', () => {
    const slip = makeDeposit({ id: 'slip-1', cheques: [makeCheque('donation:a', 5_000)] });
    expect(messages({ ...slip, status: 'deposited' })).toEqual(['errors.deposits.depositedOn']);
    expect(messages({ ...slip, depositedOn: '2026-03-06' })).toEqual(['errors.deposits.depositedOn']);
    expect(messages({ ...slip, status: 'deposited', depositedOn: '2026-03-04' })).toEqual([
      'errors.deposits.depositedBefore',
    ]);
    expect(messages({ ...slip, status: 'deposited', depositedOn: '2026-03-06' })).toEqual([]);
  });

  it('bounds every text, like every collection', () => {
    const slip = makeDeposit({ id: 'slip-1', cheques: [makeCheque('donation:a', 5_000)] });
    const long = 'x'.repeat(501);
    expect(messages({ ...slip, notes: long })).toHaveLength(1);
    expect(messages({ ...slip, account: long })).toHaveLength(1);
    expect(messages({ ...slip, cheques: [{ ...slip.cheques[0], payer: long }] })).toHaveLength(1);
    expect(messages({ ...slip, cheques: [{ ...slip.cheques[0], bank: long }] })).toHaveLength(1);
  });

  it('is the twelfth collection, under RxDB’s free limit, with a derivable schema', () => {
    expect(PLANNED_COLLECTIONS).toContain('deposits');
    expect(Object.keys(collectionSpecs)).toHaveLength(12);
    expect(Object.keys(collectionSpecs).length).toBeLessThanOrEqual(RXDB_FREE_COLLECTION_LIMIT);
    expect(toRxJsonSchema(collectionSpecs.deposits).version).toBe(0);
  });

  it('leaves to deposit the cheques no slip lists, oldest first', () => {
    const received = [
      makeCheque('donation:late', 1_000, { receivedOn: '2026-03-04' }),
      makeCheque('donation:early', 2_000, { receivedOn: '2026-02-01' }),
      makeCheque('membership:taken', 3_000, { receivedOn: '2026-01-15' }),
    ];
    const slips = [makeDeposit({ id: 'slip-1', cheques: [makeCheque('membership:taken', 3_000)] })];
    expect(chequesToDeposit(received, slips).map((cheque) => cheque.key)).toEqual([
      'donation:early',
      'donation:late',
    ]);
    expect(chequesToDeposit(received, [])).toHaveLength(3);
  });

  it('never puts a cheque on two slips', () => {
    const slips = [
      makeDeposit({ id: 'slip-1', number: '2026-A-0001', cheques: [makeCheque('donation:a', 1_000)] }),
      makeDeposit({ id: 'slip-2', number: '2026-A-0002', cheques: [makeCheque('door:e:p', 500)] }),
    ];
    expect(alreadyOnASlip(['donation:b', 'door:e:p'], slips)).toEqual([
      { key: 'door:e:p', number: '2026-A-0002' },
    ]);
    expect(alreadyOnASlip(['donation:b'], slips)).toEqual([]);
    // The slip itself does not count against itself.
    expect(alreadyOnASlip(['door:e:p'], slips, 'slip-2')).toEqual([]);
  });

  it('numbers slips in the device’s series, per year, after the highest it sees', () => {
    expect(nextDepositNumber([], 2026, 'A')).toBe('2026-A-0001');
    expect(nextDepositNumber(['2026-A-0001', '2026-A-0003', '2026-B-0009', '2025-A-0040'], 2026, 'A')).toBe(
      '2026-A-0004',
    );
    expect(nextDepositNumber(['2025-A-0040'], 2026, 'A')).toBe('2026-A-0001');
    expect(nextDepositNumber(['2026-A-0001'], 2026, 'B')).toBe('2026-B-0001');
  });

  describe('what may change', () => {
    const prepared = makeDeposit({ id: 'slip-1', cheques: [makeCheque('donation:a', 5_000)] });
    const marked = {
      ...prepared,
      status: 'deposited',
      depositedOn: '2026-03-06',
      updatedAt: '2026-03-06T09:00:00.000Z',
    };

    it('a prepared slip is marked deposited or undone as a whole, its content never changed', () => {
      expect(depositChange(prepared, marked)).toEqual({ allowed: true });
      expect(depositChange(prepared, { ...prepared, _deleted: true })).toEqual({ allowed: true });
      expect(
        depositChange(prepared, { ...prepared, total: 6_000, cheques: [makeCheque('donation:a', 6_000)] }),
      ).toEqual({
        allowed: false,
        reason: 'deposits.frozen',
      });
      expect(depositChange(prepared, { ...prepared, number: '2026-A-0002' })).toEqual({
        allowed: false,
        reason: 'deposits.frozen',
      });
    });

    it('a deposited slip never changes and is never undone', () => {
      expect(depositChange(marked, { ...marked, _deleted: true })).toEqual({
        allowed: false,
        reason: 'deposits.deposited',
      });
      expect(depositChange(marked, { ...marked, status: 'prepared', depositedOn: '' })).toEqual({
        allowed: false,
        reason: 'deposits.deposited',
      });
      expect(depositChange(marked, { ...marked, updatedAt: '2026-03-07T09:00:00.000Z' })).toEqual({
        allowed: true,
      });
    });
  });
});
