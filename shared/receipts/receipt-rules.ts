import { canonicalJson } from '@shared/json/canonical';
import { BOOKKEEPING_FIELDS } from '@shared/sync/merge';

/**
 * What may become of a stored receipt (DESIGN.md, Receipts), as one pure rule used by the data
 * layer (a local write is refused), the sync server (a pushed change is refused and the stored
 * receipt sent back as the conflict's master) and the conflict handler (which keeps the stored
 * receipt rather than merge into something the server would refuse).
 *
 * An issued receipt may only become `cancelled`, with its cancellation block filled and nothing
 * else changed but who wrote last (`updatedAt`, `updatedBy`, `deviceId`, which no other write may
 * change either); a cancelled receipt never changes again; no receipt
 * is ever deleted (its number must stay in the register).
 */
export type ReceiptChangeDecision =
  | { allowed: true }
  | { allowed: false; reason: 'receipts.immutable' | 'receipts.alreadyCancelled' | 'receipts.noDeletion' };

type Plain = Readonly<Record<string, unknown>>;

/** RxDB's own local fields: they change with any local write and never travel. */
const LOCAL = new Set(['_meta', '_rev', '_attachments']);
/** Who wrote last: a cancellation changes them, nothing else may. */
const BOOKKEEPING = new Set([...BOOKKEEPING_FIELDS, ...LOCAL]);
/** What a cancellation fills in. */
const CANCELLATION_FIELDS = new Set(['status', 'cancellation']);

function content(document: Plain, without: ReadonlySet<string>): string {
  return (
    canonicalJson(Object.fromEntries(Object.entries(document).filter(([key]) => !without.has(key)))) ?? ''
  );
}

const ALL_BUT_CANCELLATION = new Set([...BOOKKEEPING, ...CANCELLATION_FIELDS]);

export function receiptChange(stored: Plain, next: Plain): ReceiptChangeDecision {
  if (next._deleted === true && stored._deleted !== true)
    return { allowed: false, reason: 'receipts.noDeletion' };
  // Not even a rewrite that changes only who wrote last (issue 15): an issued receipt is frozen.
  if (content(stored, LOCAL) === content(next, LOCAL)) return { allowed: true };
  if (stored.status === 'cancelled') return { allowed: false, reason: 'receipts.alreadyCancelled' };
  if (next.status !== 'cancelled') return { allowed: false, reason: 'receipts.immutable' };
  if (content(stored, ALL_BUT_CANCELLATION) !== content(next, ALL_BUT_CANCELLATION)) {
    return { allowed: false, reason: 'receipts.immutable' };
  }
  return { allowed: true };
}

/**
 * The receipt to keep when this device's version (`ours`) and the server's (`theirs`) differ.
 * Ours wins only when it is an allowed change of theirs — in practice, this device cancelled a
 * receipt the server still has as issued. Otherwise the server's receipt stands: a receipt
 * already cancelled elsewhere keeps that first cancellation, whatever reason was typed here.
 */
export function resolveReceiptConflict<D extends Plain>(ours: D, theirs: D): D {
  return receiptChange(theirs, ours).allowed ? ours : theirs;
}
