import { jsonEqual } from '@shared/json/canonical';
import type { Cents } from '@shared/money/cents';
import type { DepositChequeInput, DepositDocument } from '@shared/deposits/deposit';
import { nextReceiptNumber } from '@shared/receipts/receipt-number';

type Plain = Readonly<Record<string, unknown>>;

/**
 * The rules of a deposit slip: what is left to deposit, the totals printed on a slip, its number,
 * and what may change once it is made.
 */

/** A slip's `total` (cheques and cash) and `count` (cheques), as printed and as the schema checks. */
export function slipTotals(
  cheques: readonly Pick<DepositChequeInput, 'amount'>[],
  cash: number = 0,
): { total: Cents; count: number } {
  const total = cheques.reduce((sum, cheque) => sum + cheque.amount, cash);
  return { total: total as Cents, count: cheques.length };
}

/** The keys of the cheques that some slip already lists (prepared or deposited). */
export function depositedKeys(slips: readonly Pick<DepositDocument, 'cheques'>[]): Set<string> {
  return new Set(slips.flatMap((slip) => slip.cheques.map((cheque) => cheque.key)));
}

/** The cheques received that no slip lists yet, oldest first (the order of the bank's slip). */
export function chequesToDeposit<C extends Pick<DepositChequeInput, 'key' | 'receivedOn'>>(
  received: readonly C[],
  slips: readonly Pick<DepositDocument, 'cheques'>[],
): C[] {
  const taken = depositedKeys(slips);
  return received
    .filter((cheque) => !taken.has(cheque.key))
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.key.localeCompare(b.key));
}

/**
 * The cheques of `keys` that another slip (not `exceptId`) already lists: a cheque is handed to
 * the bank once. Empty when the slip may stand.
 */
export function alreadyOnASlip(
  keys: readonly string[],
  slips: readonly Pick<DepositDocument, 'id' | 'number' | 'cheques'>[],
  exceptId = '',
): { key: string; number: string }[] {
  const wanted = new Set(keys);
  return slips
    .filter((slip) => slip.id !== exceptId)
    .flatMap((slip) =>
      slip.cheques
        .filter((cheque) => wanted.has(cheque.key))
        .map((cheque) => ({ key: cheque.key, number: slip.number })),
    );
}

/** A cheque on two slips not undone: `slip` lists it, and so does `other`. */
export interface SlipClash {
  slip: Pick<DepositDocument, 'id' | 'number' | 'deviceId'>;
  other: Pick<DepositDocument, 'id' | 'number' | 'deviceId'>;
  cheque: DepositDocument['cheques'][number];
}

/**
 * The cheques on two slips at once — two devices, offline, each put one on a slip; the server
 * took the first to reach it and refused the other (409 `HELD_ELSEWHERE`), which stays on its
 * device only. Once that device pulls the first, it holds both: each clash once, told from the
 * side of the slip made on `deviceId` (the refused one), else from the later slip's.
 */
export function slipClashes(
  slips: readonly Pick<DepositDocument, 'id' | 'number' | 'deviceId' | 'createdAt' | 'cheques'>[],
  deviceId: string,
): SlipClash[] {
  const clashes: SlipClash[] = [];
  const seen = new Map<string, (typeof slips)[number]>();
  const ordered = [...slips].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  for (const slip of ordered) {
    for (const cheque of slip.cheques) {
      const first = seen.get(cheque.key);
      if (!first) {
        seen.set(cheque.key, slip);
        continue;
      }
      const ours = first.deviceId === deviceId && slip.deviceId !== deviceId;
      const [mine, other] = ours ? [first, slip] : [slip, first];
      clashes.push({
        slip: { id: mine.id, number: mine.number, deviceId: mine.deviceId },
        other: { id: other.id, number: other.number, deviceId: other.deviceId },
        cheque,
      });
    }
  }
  return clashes;
}

/** The keys of the cheques a slip lists, as stored or as pushed (not yet validated). */
export function slipChequeKeys(slip: Plain): string[] {
  if (!Array.isArray(slip.cheques)) return [];
  return slip.cheques.flatMap((cheque: unknown) =>
    typeof cheque === 'object' && cheque !== null && typeof (cheque as Plain).key === 'string'
      ? [(cheque as Plain).key as string]
      : [],
  );
}

/**
 * The next slip number of this device's series for `year`, after the highest it can see. A slip
 * undone before it reached the bank gives its number back (it was never handed to anyone).
 */
export function nextDepositNumber(existing: Iterable<string>, year: number, series: string): string {
  return nextReceiptNumber(existing, year, series);
}

export type DepositChangeReason = 'deposits.deposited' | 'deposits.frozen';
export type DepositChangeDecision = { allowed: true } | { allowed: false; reason: DepositChangeReason };

/** What marking a prepared slip deposited changes, besides who wrote last. */
const MARKING_FIELDS = new Set([
  'status',
  'depositedOn',
  'updatedAt',
  'updatedBy',
  'deviceId',
  '_meta',
  '_rev',
]);

/**
 * A slip handed to the bank is what the bank stamped: it never changes and is never undone. A
 * prepared slip is either marked deposited (its cheques, amounts and number stay as printed) or
 * undone as a whole (deleted: its cheques are to deposit again); its content never changes,
 * since a printed copy may already be in an envelope.
 */
export function depositChange(stored: Plain, next: Plain): DepositChangeDecision {
  if (stored._deleted === true) return { allowed: true };
  if (stored.status === 'deposited') {
    return same(stored, next, new Set(['updatedAt', 'updatedBy', 'deviceId', '_meta', '_rev']))
      ? { allowed: true }
      : { allowed: false, reason: 'deposits.deposited' };
  }
  if (next._deleted === true) return { allowed: true };
  return same(stored, next, MARKING_FIELDS)
    ? { allowed: true }
    : { allowed: false, reason: 'deposits.frozen' };
}

function same(stored: Plain, next: Plain, free: ReadonlySet<string>): boolean {
  const keys = new Set([...Object.keys(stored), ...Object.keys(next)]);
  for (const key of keys) {
    if (free.has(key)) continue;
    if (!jsonEqual(stored[key], next[key])) return false;
  }
  return true;
}
