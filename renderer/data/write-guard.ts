import { asUserId, SYSTEM_WRITERS, type DeviceId } from '@shared/ids';
import type { RxCollection } from 'rxdb/plugins/core';
import { diffDocuments } from '@shared/audit/audit';
import { erasedChanges } from '@shared/audit/erasure';
import type { AuditChange } from '@shared/audit/audit';
import type { Decision, WriteOperation } from '@shared/auth/permissions';
import { can, canWrite } from '@shared/auth/permissions';
import { syncRulesFor } from '@shared/sync/collection-rules';
import { deviceMayReplace } from '@shared/sync/device-scope';
import type { SessionStore } from '@renderer/data/session';
import { appendAudit } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';

/** A write the signed-in role may not make. Carries the decision for the UI to explain. */
export class PermissionDeniedError extends Error {
  readonly code = 'PERMISSION_DENIED';
  constructor(
    readonly decision: Extract<Decision, { allowed: false }>,
    readonly collection: string,
    readonly operation: WriteOperation | 'not-logged-in',
  ) {
    super(`PERMISSION_DENIED: ${operation} on ${collection} (${decision.reason})`);
    this.name = 'PermissionDeniedError';
  }
}

/**
 * Per database, documents marked while some writes run (what the journal entries of those writes
 * must say): `write` runs with `ids` marked with `value`, unmarked afterwards whatever happens.
 */
async function whileMarked<V, T>(
  marks: WeakMap<TilleulDatabase, Map<string, V>>,
  db: TilleulDatabase,
  ids: readonly string[],
  value: V,
  write: () => Promise<T>,
): Promise<T> {
  const marked = marks.get(db) ?? new Map<string, V>();
  marks.set(db, marked);
  for (const id of ids) marked.set(id, value);
  try {
    return await write();
  } finally {
    for (const id of ids) marked.delete(id);
  }
}

/** Per database, the documents being written for a stated reason (`whileSaying`), with it. */
const reasons = new WeakMap<TilleulDatabase, Map<string, string>>();

/**
 * Runs writes of `ids` whose journal entries say why, in their detail (`fill:<import>`: an import
 * filling a person's empty fields), so that the entry can be found again (the import's undo).
 */
export function whileSaying<T>(
  db: TilleulDatabase,
  ids: readonly string[],
  detail: string,
  write: () => Promise<T>,
): Promise<T> {
  return whileMarked(reasons, db, ids, detail, write);
}

/** Per database, the documents an erasure is writing (`whileErasing`). */
const erasing = new WeakMap<TilleulDatabase, Map<string, true>>();

/**
 * Runs an erasure's writes of `ids` (shared/members/erasure.ts): the journal entries they make
 * say which fields changed, with the marker for every value, from the start. Decided before each
 * write, so an entry that the database appends a moment after the write holds no value either.
 */
export function whileErasing<T>(db: TilleulDatabase, ids: readonly string[], write: () => Promise<T>) {
  return whileMarked(erasing, db, ids, true as const, write);
}

/** Per database, the documents whose journal entries follow their write (`whileJournallingAfter`). */
const journalFollows = new WeakMap<TilleulDatabase, Map<string, true>>();

/**
 * Runs writes of `ids` that are answered as soon as IndexedDB has committed them, their journal
 * entries written right after instead of before the write's promise settles: the entrance's
 * check-ins, whose tap must be answered after one IndexedDB transaction, not two (the record
 * and its entry are two databases of RxDB's Dexie storage, never one transaction). The entry is
 * the same, decided at the write (who, when, which changes) and kept in order with every other
 * entry; only a crash in the few milliseconds between the two commits can lose it, and the
 * check-in record itself says who let the person in, when and at which door.
 */
export function whileJournallingAfter<T>(
  db: TilleulDatabase,
  ids: readonly string[],
  write: () => Promise<T>,
) {
  return whileMarked(journalFollows, db, ids, true as const, write);
}

/** Per database, the journal entries asked for and not yet written: their chain (their order) and count. */
const journalChains = new WeakMap<TilleulDatabase, { last: Promise<void>; pending: number }>();

/**
 * Appends an entry after those asked for before it (at once when none is pending); the answer is
 * this entry's own outcome, and a failure is also reported on the console: RxDB does not wait for
 * the entries of updates (its incremental writes run their post-save hooks without awaiting them),
 * so no caller would hear of it otherwise.
 */
function chainJournal(db: TilleulDatabase, what: string, append: () => Promise<unknown>): Promise<unknown> {
  const chain = journalChains.get(db) ?? { last: Promise.resolve(), pending: 0 };
  journalChains.set(db, chain);
  const written = chain.pending === 0 ? append() : chain.last.then(append);
  chain.pending += 1;
  chain.last = written.then(
    () => {
      chain.pending -= 1;
    },
    (error: unknown) => {
      chain.pending -= 1;
      console.error(`Journal : l’entrée de ${what} n’a pas pu être écrite`, error);
    },
  );
  return written;
}

/** Settles once every journal entry asked for so far on `db` is written (or failed and reported). */
export function journalWritten(db: TilleulDatabase): Promise<void> {
  return journalChains.get(db)?.last ?? Promise.resolve();
}

const AUDIT_OPERATION = { insert: 'create', update: 'update', delete: 'delete' } as const;

type Plain = Record<string, unknown>;

/**
 * Enforces the permission matrix on every local write, whatever called it (a screen, a bug, the
 * devtools console), through RxDB's collection hooks, and writes the audit trail. Replication
 * writes do not go through these hooks: the server checks those (device scopes).
 */
export function installWriteGuard(
  db: TilleulDatabase,
  session: SessionStore,
  deviceId: DeviceId,
  now = () => new Date(),
) {
  const actor = (data?: Plain) => {
    const user = session.get();
    if (user) return { userId: user.id, userName: user.name, deviceId, now };
    // Only the first administrator is written without a session: the entry is theirs.
    return {
      userId:
        data?.id === undefined || data.id === null ? SYSTEM_WRITERS.anonymous : asUserId(String(data.id)),
      userName: String(data?.name ?? ''),
      deviceId,
      now,
    };
  };

  const check = async (collection: string, operation: WriteOperation, data: Plain) => {
    const user = session.get();
    if (!user) {
      // The very first administrator is created before anyone can log in.
      if (collection === 'users' && operation === 'insert' && (await db.users.count().exec()) === 0) return;
      throw new PermissionDeniedError(
        { allowed: false, reason: 'permissions.notLoggedIn', allowedRoles: [] },
        collection,
        'not-logged-in',
      );
    }
    const decision = canWrite(user.role, collection, operation, data);
    if (decision.allowed) return;
    await appendAudit(db, actor(), {
      action: 'permission-denied',
      collection,
      documentId: typeof data.id === 'string' ? data.id : '',
      detail: `${operation}:${decision.action ?? decision.reason}`,
    });
    throw new PermissionDeniedError(decision, collection, operation);
  };

  /**
   * The collection's own rules (shared/sync/collection-rules.ts), whoever writes: an issued
   * receipt may only be cancelled, and never deleted; a donation on an issued receipt is locked.
   */
  const checkChange = async (collection: string, operation: WriteOperation, data: Plain, previous: Plain) => {
    const rules = syncRulesFor(collection);
    if (!rules.change) return;
    // What the rule reads besides the document (a donation's receipt), as this device holds it.
    const related = new Map<string, Plain>();
    // Named by the stored version (a donation's receipt) or by the new one (an erasure).
    const refs = [...(rules.related?.(previous) ?? []), ...(rules.related?.(data) ?? [])];
    for (const ref of refs) {
      const found = await (db.collections as unknown as Record<string, RxCollection | undefined>)[
        ref.collection
      ]
        ?.findOne(ref.id)
        .exec();
      if (found) related.set(`${ref.collection}/${ref.id}`, found.toJSON() as Plain);
    }
    const decision = rules.change(
      previous,
      operation === 'delete' ? { ...previous, _deleted: true } : data,
      (name, id) => related.get(`${name}/${id}`),
    );
    if (decision.allowed) return;
    await appendAudit(db, actor(), {
      action: 'permission-denied',
      collection,
      documentId: String(previous.id ?? ''),
      detail: `${operation}:${decision.reason}`,
    });
    throw new PermissionDeniedError(
      { allowed: false, reason: `permissions.${decision.reason}`, allowedRoles: [] },
      collection,
      operation,
    );
  };

  /**
   * Money taken at the door is recorded or raised by whoever checks people in, lowered or
   * cleared only by a role that manages attendance (an office correction, with its reason); of an
   * event, the door adds its cash count only: the rules the server holds a door device to, here
   * for the door role on any device.
   */
  const checkDoorMoney = async (collection: string, data: Plain, previous: Plain) => {
    const user = session.get();
    if (!user || can(user.role, 'attendance.manage').allowed) return;
    const decision = deviceMayReplace('door', collection, previous, data);
    if (decision.allowed) return;
    // `sync.scope.doorPaymentLowered` → `doorPaymentLowered`; `sync.scope.doorEvent` → `doorEvent`.
    const reason = decision.reason.replace(/^sync\.scope\./, '');
    await appendAudit(db, actor(), {
      action: 'permission-denied',
      collection,
      documentId: String(previous.id ?? ''),
      detail: `update:${reason}`,
    });
    throw new PermissionDeniedError(
      { allowed: false, reason: `permissions.${reason}`, allowedRoles: [] },
      collection,
      'update',
    );
  };

  for (const [name, collection] of Object.entries(db.collections) as [string, RxCollection][]) {
    if (name === 'audit') {
      const appendOnly = () => {
        throw new PermissionDeniedError(
          { allowed: false, reason: 'permissions.auditAppendOnly', allowedRoles: [] },
          name,
          'update',
        );
      };
      // The one exception: a person's erasure (administrators only) rewrites an entry's values
      // into a marker, exactly as shared/audit/erasure.ts allows; the rewrite is not journalled
      // again (the erasure's own entry says it happened).
      collection.preSave(async (data: Plain, previous: Plain) => {
        if (typeof data.erasedBy !== 'string') appendOnly();
        await check(name, 'update', data);
        await checkChange(name, 'update', data, previous);
      }, false);
      collection.preRemove(appendOnly, false);
      continue;
    }
    // The changes of an update are computed before the write (old and new are both known then)
    // and logged after it, only if it succeeded.
    const pending = new Map<string, { changes: AuditChange[]; detail: string }>();
    const log = (operation: WriteOperation, data: Plain, changes: AuditChange[], detail = '') => {
      // Who and when, decided now: an entry that follows its write (`whileJournallingAfter`) is
      // written a moment later, when another user may be signed in.
      const at = now();
      const who = { ...actor(data), now: () => at };
      const written = chainJournal(db, `${name}/${String(data.id)}`, () =>
        appendAudit(db, who, {
          action: AUDIT_OPERATION[operation],
          collection: name,
          documentId: String(data.id),
          changes,
          ...(detail ? { detail } : {}),
        }),
      );
      return journalFollows.get(db)?.has(String(data.id)) ? Promise.resolve() : written;
    };

    collection.preInsert((data: Plain) => check(name, 'insert', data), false);
    // RxDB hands the previous state as plain data (see rx-document.js beforeDocumentUpdateWrite).
    collection.preSave(async (data: Plain, previous: Plain) => {
      await check(name, 'update', data);
      await checkChange(name, 'update', data, previous);
      await checkDoorMoney(name, data, previous);
      const changes = diffDocuments(previous, data);
      const id = String(data.id);
      pending.set(id, {
        changes: erasing.get(db)?.has(id) ? erasedChanges(changes) : changes,
        detail: reasons.get(db)?.get(id) ?? '',
      });
    }, false);
    collection.preRemove(async (data: Plain) => {
      await check(name, 'delete', data);
      await checkChange(name, 'delete', data, data);
    }, false);

    collection.postInsert((data: Plain) => log('insert', data, diffDocuments(null, data)), false);
    collection.postSave(async (data: Plain) => {
      const { changes, detail } = pending.get(String(data.id)) ?? { changes: [], detail: '' };
      pending.delete(String(data.id));
      await log('update', data, changes, detail);
    }, false);
    collection.postRemove((data: Plain) => log('delete', data, []), false);
  }
}
