import { z } from 'zod';
import { canonicalJson } from '@shared/json/canonical';
import type { DoorTakings } from '@shared/events/door-payment';
import { cashDifference } from '@shared/events/door-payment';
import { centsSchema, optionalText, reference, requiredText } from '@shared/members/fields';
import type { Cents } from '@shared/money/cents';
import { isoDateTime } from '@shared/schema/common';

/**
 * The cash count (comptage de caisse) a door saves at the end of an event, for the treasurer:
 * the espèces counted in the till against the espèces the door recorded, and the cheques it
 * holds. It is kept on the event (`EventDocument.cashCounts`), beside the sheet closing freezes:
 * the sheet is the attendance's legal record; the counts are the doors' word on their till, and a
 * door may count after the office closed the event. A saved count is never changed or removed
 * (counting again adds a count), and two devices' counts unite, never one list over the other.
 */

/** Counts one event keeps: a few doors, each counting once or twice. */
export const MAX_CASH_COUNTS = 20;
/** Cheques one count lists: far above a door's evening. */
export const MAX_COUNTED_CHEQUES = 500;

export const countedChequeSchema = z
  .object({
    number: optionalText(20),
    amount: centsSchema,
  })
  .strict();

export const cashCountSchema = z
  .object({
    id: reference,
    /** The door's name, as its check-ins record it (`checkedInDevice`). */
    device: requiredText(40, 'errors.common.invalid'),
    countedAt: isoDateTime,
    countedBy: reference,
    /** Espèces the door recorded (its check-ins' payments) when it counted. */
    recorded: centsSchema,
    /** Espèces found in the till. */
    counted: centsSchema,
    cheques: z.array(countedChequeSchema).max(MAX_COUNTED_CHEQUES),
    /** Card payments recorded, for the treasurer's bank statement. */
    card: centsSchema,
  })
  .strict();
export type CashCount = z.output<typeof cashCountSchema>;

export const cashCountsSchema = z.array(cashCountSchema).max(MAX_CASH_COUNTS).default([]);

/** What a door's count says: from its takings and the cash typed in. */
export function planCashCount(
  takings: DoorTakings,
  counted: Cents,
  who: { id: string; device: string; countedBy: string; at: string },
): CashCount {
  return cashCountSchema.parse({
    id: who.id,
    device: who.device,
    countedAt: who.at,
    countedBy: who.countedBy,
    recorded: takings.byMethod.especes,
    counted,
    cheques: takings.cheques.map(({ number, amount }) => ({ number, amount })),
    card: takings.byMethod.carte,
  });
}

/** Counted minus recorded: above zero, more cash than recorded; below, missing. */
export function countDifference(count: Pick<CashCount, 'recorded' | 'counted'>): Cents {
  return cashDifference(count.recorded, count.counted);
}

export function chequesTotal(count: Pick<CashCount, 'cheques'>): Cents {
  return count.cheques.reduce((sum, cheque) => sum + cheque.amount, 0) as Cents;
}

type Plain = Readonly<Record<string, unknown>>;

export const cashCountsOf = (event: Plain): CashCount[] =>
  Array.isArray(event.cashCounts) ? (event.cashCounts as CashCount[]) : [];

/** Two versions' counts together, each once (by id), in the order they were counted. */
export function uniteCashCounts(a: readonly CashCount[], b: readonly CashCount[]): CashCount[] {
  const byId = new Map<string, CashCount>();
  for (const count of [...a, ...b]) if (!byId.has(count.id)) byId.set(count.id, count);
  return [...byId.values()].sort(
    (x, y) => x.countedAt.localeCompare(y.countedAt) || x.id.localeCompare(y.id),
  );
}

/** Whether `next` keeps every count of `stored` as it was (counts are added, never changed). */
export function keepsCashCounts(stored: Plain, next: Plain): boolean {
  const kept = new Map(cashCountsOf(next).map((count) => [count.id, canonicalJson(count)]));
  return cashCountsOf(stored).every((count) => kept.get(count.id) === canonicalJson(count));
}

/** Why the doors' counts may not be rewritten: an i18n key under `permissions.`. */
export type CashCountChangeDecision = { allowed: true } | { allowed: false; reason: 'events.cashCountsKept' };

/** Any writer may change an event, but a saved count stays as it was. */
export function eventChange(stored: Plain, next: Plain): CashCountChangeDecision {
  return keepsCashCounts(stored, next)
    ? { allowed: true }
    : { allowed: false, reason: 'events.cashCountsKept' };
}

/** The fields a door device changes on an event: its counts, and the stamps of that write. */
const DOOR_EVENT_FIELDS = new Set([
  'cashCounts',
  'updatedAt',
  'updatedBy',
  'deviceId',
  '_meta',
  '_rev',
  '_attachments',
]);

/** Whether a change of an event is only counts added (all a door may do to an event). */
export function onlyCountsAdded(stored: Plain, next: Plain): boolean {
  const fields = new Set([...Object.keys(stored), ...Object.keys(next)]);
  for (const field of fields) {
    if (DOOR_EVENT_FIELDS.has(field)) continue;
    if (canonicalJson(stored[field] ?? null) !== canonicalJson(next[field] ?? null)) return false;
  }
  return keepsCashCounts(stored, next);
}
