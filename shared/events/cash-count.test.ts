import { describe, expect, it } from 'vitest';
import type { CashCount } from '@shared/events/cash-count';
import {
  cashCountsSchema,
  chequesTotal,
  countDifference,
  keepsCashCounts,
  MAX_CASH_COUNTS,
  planCashCount,
  uniteCashCounts,
} from '@shared/events/cash-count';
import { addTaken, emptyTakings } from '@shared/events/door-payment';
import type { Cents } from '@shared/money/cents';
import { syncRulesFor } from '@shared/sync/collection-rules';

const takings = () => {
  const taken = emptyTakings();
  addTaken(taken, { personId: 'p1', amount: 500 as Cents, method: 'especes', chequeNumber: '' });
  addTaken(taken, { personId: 'p2', amount: 1200 as Cents, method: 'cheque', chequeNumber: '8812' });
  addTaken(taken, { personId: 'p3', amount: 700 as Cents, method: 'carte', chequeNumber: '' });
  addTaken(taken, { personId: 'p4', amount: 1500 as Cents, method: 'cheque', chequeNumber: '0042' });
  return taken;
};
const who = (id: string, at: string) => ({ id, device: 'Porte 1', countedBy: 'porte-1', at });

describe('a door’s cash count', () => {
  it('says the espèces recorded and counted, the difference, the cheques and the card', () => {
    const count = planCashCount(takings(), 450 as Cents, who('c1', '2026-11-14T23:00:00.000Z'));
    expect(count).toMatchObject({ recorded: 500, counted: 450, card: 700, device: 'Porte 1' });
    expect(count.cheques).toEqual([
      { number: '8812', amount: 1200 },
      { number: '0042', amount: 1500 },
    ]);
    expect(countDifference(count)).toBe(-50);
    expect(countDifference({ recorded: 500 as Cents, counted: 520 as Cents })).toBe(20);
    expect(chequesTotal(count)).toBe(2700);
  });

  it('refuses a negative count, a door name over 40 characters, more counts than an event keeps', () => {
    expect(() => planCashCount(takings(), -1 as Cents, who('c1', '2026-11-14T23:00:00.000Z'))).toThrow();
    expect(() =>
      planCashCount(takings(), 0 as Cents, {
        ...who('c1', '2026-11-14T23:00:00.000Z'),
        device: 'P'.repeat(41),
      }),
    ).toThrow();
    const one = planCashCount(takings(), 0 as Cents, who('c1', '2026-11-14T23:00:00.000Z'));
    const many = Array.from({ length: MAX_CASH_COUNTS + 1 }, (_, i) => ({ ...one, id: `c${i}` }));
    expect(cashCountsSchema.safeParse(many).success).toBe(false);
  });
});

describe('two devices’ counts', () => {
  const a = planCashCount(takings(), 500 as Cents, who('ca', '2026-11-14T23:00:00.000Z'));
  const b = {
    ...planCashCount(takings(), 480 as Cents, who('cb', '2026-11-14T22:30:00.000Z')),
    device: 'Porte 2',
  };
  const event = (cashCounts: CashCount[], fields: Record<string, unknown> = {}) => ({
    id: 'e1',
    title: 'Loto',
    location: '',
    updatedAt: '2026-11-14T20:00:00.000Z',
    cashCounts,
    ...fields,
  });

  it('unite, each once, in the order they were counted', () => {
    expect(uniteCashCounts([a], [b, a]).map((count) => count.id)).toEqual(['cb', 'ca']);
    expect(keepsCashCounts(event([a]), event([a, b]))).toBe(true);
    expect(keepsCashCounts(event([a, b]), event([b]))).toBe(false);
    expect(keepsCashCounts(event([a]), event([{ ...a, counted: 0 as Cents }]))).toBe(false);
  });

  it('meet in a conflict by union, never one door over the other; other fields merge as usual', () => {
    const rules = syncRulesFor('events');
    const base = event([]);
    const ours = event([a], { updatedAt: '2026-11-14T23:00:00.000Z' });
    const theirs = event([b], { updatedAt: '2026-11-14T22:30:00.000Z', location: 'Salle des fêtes' });
    const merged = rules.resolveConflict?.(ours, theirs, base);
    expect(merged?.document.cashCounts).toEqual([b, a]);
    expect(merged?.document.location).toBe('Salle des fêtes');
    expect(merged?.lost).toEqual([]);
    // Whoever writes: a saved count stays as it was.
    expect(rules.change?.(event([a]), event([]), () => undefined)).toEqual({
      allowed: false,
      reason: 'events.cashCountsKept',
    });
    expect(rules.change?.(event([a]), event([a], { title: 'Super loto' }), () => undefined)).toEqual({
      allowed: true,
    });
  });
});
