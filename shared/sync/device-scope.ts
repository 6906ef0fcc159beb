import { canWrite } from '@shared/auth/permissions';
import { canonicalJson } from '@shared/json/canonical';
import type { WriteOperation } from '@shared/auth/permissions';
import { onlyCountsAdded } from '@shared/events/cash-count';
import { deviceReadAccess } from '@shared/sync/read-scope';
import type { DeviceScope } from '@shared/sync/protocol';

/**
 * What an enrolled device may push (DESIGN.md, Sync): the server's half of the permission
 * matrix. An `office` device is a club PC whose users are checked locally by role; a `door`
 * device is the entrance laptop or phone, and the server holds it to what the door role may do
 * (attendance, walk-in registrations and memberships taken at the door, all marked
 * `origin: 'door'` when created), whatever its local accounts say.
 */

export type ScopeDecision = { allowed: true } | { allowed: false; reason: string };

export interface PushedRow {
  assumedMasterState?: Readonly<Record<string, unknown>> | null;
  newDocumentState: Readonly<Record<string, unknown>>;
}

/**
 * The operation a row stands for. It is read from the row itself, not from what the server
 * holds: a row claiming to be an insert over an existing document is refused as a conflict
 * anyway, because the stored document then differs from the (absent) assumed state.
 */
export function operationOf(row: PushedRow): WriteOperation {
  if (!row.assumedMasterState) return 'insert';
  if (row.newDocumentState._deleted === true && row.assumedMasterState._deleted !== true) return 'delete';
  return 'update';
}

/**
 * The audit log is append-only for every device: entries are added, never edited or removed —
 * except by a person's erasure (RGPD), which an office device sends as a rewrite naming it
 * (`erasedBy`); the collection rule (shared/audit/erasure.ts) then accepts exactly that rewrite.
 */
const APPEND_ONLY = new Set(['audit']);

export function deviceMayWrite(scope: DeviceScope, collection: string, row: PushedRow): ScopeDecision {
  const operation = operationOf(row);
  if (APPEND_ONLY.has(collection)) {
    const erasure = operation === 'update' && typeof row.newDocumentState.erasedBy === 'string';
    if (operation !== 'insert' && !(erasure && scope === 'office')) {
      return { allowed: false, reason: 'sync.scope.appendOnly' };
    }
    if (erasure) return { allowed: true };
    return scope === 'office' ? { allowed: true } : doorMayJournal(row.newDocumentState);
  }
  if (scope === 'office') return { allowed: true };
  const decision = canWrite('door', collection, operation, row.newDocumentState);
  return decision.allowed ? decision : { allowed: false, reason: decision.reason };
}

/**
 * Whether a device receives anything of a collection (shared/sync/read-scope.ts says what): a
 * door device (a phone at the entrance, easily lost) gets neither donations, receipts nor the
 * journal. It still sends its own journal entries (push only).
 */
export function deviceMayRead(scope: DeviceScope, collection: string): boolean {
  return deviceReadAccess(scope, collection).kind !== 'none';
}

/**
 * The journal entries the entrance writes: check-ins, what it may create or change, sign-ins
 * and locks, refusals and merged conflicts. Never a receipt, a deletion, an import or an export.
 */
export const DOOR_AUDIT_ACTIONS: ReadonlySet<string> = new Set([
  'check-in',
  'create',
  'update',
  'login',
  'login-failed',
  'logout',
  'lock',
  'permission-denied',
  'conflict-merged',
]);

function doorMayJournal(entry: Readonly<Record<string, unknown>>): ScopeDecision {
  const action = typeof entry.action === 'string' ? entry.action : '';
  if (!DOOR_AUDIT_ACTIONS.has(action)) return { allowed: false, reason: 'sync.scope.auditAction' };
  // An entry about a write names a collection the door writes to (a check-in, a walk-in…).
  const collection = typeof entry.collectionName === 'string' ? entry.collectionName : '';
  if (action === 'create' || action === 'update' || action === 'check-in') {
    const operation = action === 'create' ? 'insert' : 'update';
    const writable =
      canWrite('door', collection, operation).allowed ||
      canWrite('door', collection, operation, { origin: 'door' }).allowed;
    if (!writable) return { allowed: false, reason: 'sync.scope.auditAction' };
  }
  return { allowed: true };
}

/** The payments a record says were taken at the door (amounts above zero), as comparable keys. */
const paymentKeys = (document: Readonly<Record<string, unknown>>): string[] => {
  const list = (field: string) => (Array.isArray(document[field]) ? (document[field] as unknown[]) : []);
  return [
    document.doorPayment,
    ...list('otherDoorPayments'),
    document.doorMembership,
    ...list('otherDoorMemberships'),
  ]
    .filter((payment) => {
      const amount = (payment as { amount?: unknown } | undefined)?.amount;
      return typeof amount === 'number' && amount > 0;
    })
    .map((payment) => canonicalJson(payment));
};

/** The fields a write stamps itself, and RxDB's: not what a door changes of a person. */
const STAMPS = new Set(['updatedAt', 'updatedBy', 'deviceId', '_rev', '_meta', '_attachments']);

/** A walk-in registered at the door, of which only the member number changed. */
function onlyNumberChanged(
  stored: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
) {
  if (stored.origin !== 'door' || next.origin !== 'door') return false;
  const keys = new Set([...Object.keys(stored), ...Object.keys(next)]);
  return [...keys].every(
    (key) =>
      key === 'memberNumber' || STAMPS.has(key) || canonicalJson(stored[key]) === canonicalJson(next[key]),
  );
}

/**
 * What a device may change of a stored document, seen with the stored document inside the push
 * transaction. Money taken at the door is recorded there, a payment line added to the others,
 * never changed, lowered, cleared or deleted: that is an office correction. Of an event, the door adds its cash count only.
 */
export function deviceMayReplace(
  scope: DeviceScope,
  collection: string,
  stored: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
): ScopeDecision {
  if (scope === 'office') return { allowed: true };
  // The door adds its cash count to an event; the event itself is the office's.
  if (collection === 'events')
    return onlyCountsAdded(stored, next)
      ? { allowed: true }
      : { allowed: false, reason: 'sync.scope.doorEvent' };
  // A person: the door renumbers a walk-in it registered, after a 409 (nothing else of anyone).
  if (collection === 'people')
    return onlyNumberChanged(stored, next)
      ? { allowed: true }
      : { allowed: false, reason: 'sync.scope.doorPerson' };
  if (collection !== 'attendance') return { allowed: true };
  if (next._deleted === true && stored._deleted !== true) {
    return { allowed: false, reason: 'sync.scope.doorDelete' };
  }
  // A door adds payments, each a line of its own; every line already recorded stays as it is.
  const kept = new Set(paymentKeys(next));
  if (paymentKeys(stored).some((key) => !kept.has(key)))
    return { allowed: false, reason: 'sync.scope.doorPaymentLowered' };
  return { allowed: true };
}
