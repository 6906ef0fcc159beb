import { can, canWrite } from '@shared/auth/permissions';
import type { Action, WriteOperation } from '@shared/auth/permissions';
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

/** The audit log is append-only for every device: entries are added, never edited or removed. */
const APPEND_ONLY = new Set(['audit']);

export function deviceMayWrite(scope: DeviceScope, collection: string, row: PushedRow): ScopeDecision {
  const operation = operationOf(row);
  if (APPEND_ONLY.has(collection)) {
    return operation === 'insert' ? { allowed: true } : { allowed: false, reason: 'sync.scope.appendOnly' };
  }
  if (scope === 'office') return { allowed: true };
  const decision = canWrite('door', collection, operation, row.newDocumentState);
  return decision.allowed ? decision : { allowed: false, reason: decision.reason };
}

/**
 * Collections that hold money or the journal, and the action that reads them. A door device
 * (a phone at the entrance, easily lost) does not receive them: it needs people, memberships,
 * events and attendance to let people in, not donors' gifts, tax receipts or the history of
 * every change. It still sends its own journal entries (push only).
 */
const READ_ACTIONS: Readonly<Record<string, Action>> = {
  donations: 'donations.read',
  receipts: 'receipts.read',
  audit: 'audit.read',
};

export function deviceMayRead(scope: DeviceScope, collection: string): boolean {
  if (scope === 'office') return true;
  const action = Object.hasOwn(READ_ACTIONS, collection) ? READ_ACTIONS[collection] : undefined;
  return action === undefined || can('door', action).allowed;
}
