import type { RelatedRef } from '@shared/sync/collection-rules';
import type { SyncDocument } from '@shared/sync/protocol';
import { decidePushRow } from '@server/storage/push-decision';
import type { StoredSeq } from '@server/storage/rows';
import { StoreError } from '@server/storage/store';
import type {
  CollectionRules,
  DuplicateKey,
  HeldKey,
  HiddenConflict,
  PushOutcome,
  StoredRow,
} from '@server/storage/store';

/**
 * A push as a backend's transaction runs it: read the stored state of `ids` and `keys` (taking
 * the lock that orders the association's pushes), `plan`, write the plan's writes.
 */
export interface PendingPush {
  orgId: string;
  collection: string;
  /** The documents the push may replace. */
  ids: string[];
  /** The unique keys it may take. */
  keys: string[];
  /** The enrolled device sending the push, recorded beside each revision written; null: none. */
  pushedBy: string | null;
  /**
   * The rules hold values of live documents (`CollectionRules.heldKeys`): the collection's live
   * documents are read in the transaction (`PushState.live`). Only collections of few documents
   * (deposit slips) declare them.
   */
  readsLive: boolean;
  /**
   * The documents of other collections the rules read (`CollectionRules.related`), for the
   * stored documents just read and for the pushed ones (a later row of the batch sees an earlier
   * one as stored). Read after `stored`, in the same transaction.
   */
  relatedTo(stored: ReadonlyMap<string, SyncDocument>): RelatedRef[];
  plan(state: PushState): PushPlan;
}

export interface PushState {
  /** The association's sequence before the push. */
  seq: number;
  /** What the association stores before the push, in bytes (see `documentBytes`). */
  bytes: number;
  /** What the pushing device added to it before the push, net; absent when no device pushes. */
  deviceBytes?: number;
  /** The stored documents among the pushed ones, by id. */
  stored: ReadonlyMap<string, SyncDocument>;
  /** The document holding each of the push's keys that is taken, by key. */
  keyHolders: ReadonlyMap<string, string>;
  /** The stored documents among `relatedTo`'s, by `relatedKey`. */
  related?: ReadonlyMap<string, SyncDocument>;
  /** The collection's documents that are not deleted, by id, when `readsLive`. */
  live?: ReadonlyMap<string, SyncDocument>;
}

/** The key of a related document in `PushState.related`. */
export const relatedKey = (collection: string, id: string) => `${collection}\u0000${id}`;

export interface PushWrites {
  /**
   * Each written document once, in the order it was first written, with its new sequence: a
   * document written twice in one batch is stored once, as last written.
   */
  documents: { id: string; seq: number; document: SyncDocument }[];
  /** Keys taken by this push; they are never released (see `CollectionRules.uniqueKey`). */
  keys: { key: string; docId: string }[];
  /** The association's sequence after the push. */
  seq: number;
  /** What the association stores after the push, in bytes. */
  bytes: number;
  /** What the pushing device added to it after the push, net; absent when no device pushes. */
  deviceBytes?: number;
}

/** The quotas a push is held to, in bytes: its association's and its device's. */
export interface PushLimits {
  association: number;
  device: number;
}

export interface PushPlan {
  outcome: PushOutcome;
  /** Absent when nothing is to be written: every row unchanged or refused, or a key already held. */
  writes?: PushWrites;
}

export function pendingPush(
  orgId: string,
  collection: string,
  rows: readonly StoredRow[],
  rules: CollectionRules,
  pushedBy: string | null = null,
  limits: PushLimits = { association: Number.POSITIVE_INFINITY, device: Number.POSITIVE_INFINITY },
): PendingPush {
  const documents = rows.map((row) => row.newDocumentState);
  const keys = documents.map((document) => rules.uniqueKey?.(document) ?? null);
  return {
    orgId,
    collection,
    ids: [...new Set(documents.map((document) => document.id))],
    keys: [...new Set(keys.filter((key) => key !== null))],
    pushedBy,
    readsLive: rules.heldKeys !== undefined,
    relatedTo: (stored) => {
      if (!rules.related) return [];
      const refs = new Map<string, RelatedRef>();
      for (const document of [...stored.values(), ...documents]) {
        for (const ref of rules.related(document)) refs.set(relatedKey(ref.collection, ref.id), ref);
      }
      return [...refs.values()];
    },
    plan: (state) => planPush(state, collection, rows, rules, limits),
  };
}

/** The sequence of the association's row, read at the start of a push. */
export function sequenceOf(orgId: string, row: { seq: StoredSeq } | undefined): number {
  if (!row) throw new StoreError('ORGANISATION_UNKNOWN', `organisation ${orgId} absente`);
  return Number(row.seq);
}

/**
 * The push loop of both backends, run inside their transaction between reading the state and
 * writing the plan (`PendingPush`). Nothing is written before the whole batch is planned, so a push
 * refused for a duplicate key has nothing to roll back.
 */
/** A document's size as the quota counts it: its JSON text in UTF-8, as SQLite stores it. */
export const documentBytes = (document: SyncDocument): number => Buffer.byteLength(JSON.stringify(document));

function planPush(
  state: PushState,
  collection: string,
  rows: readonly StoredRow[],
  rules: CollectionRules,
  limits: PushLimits,
): PushPlan {
  // Later rows of the batch see the earlier ones as stored, as if pushed one after the other. A
  // document an older app pushed is read as devices pull it: migrated to the current version.
  const upgrade = rules.upgrade?.bind(rules) ?? ((document: SyncDocument) => document);
  const current = new Map([...state.stored].map(([id, document]) => [id, upgrade(document)]));
  const holders = new Map(state.keyHolders);
  const written = new Map<string, SyncDocument>();
  const keys: PushWrites['keys'] = [];
  const conflicts: SyncDocument[] = [];
  const duplicates: DuplicateKey[] = [];
  const hidden: HiddenConflict[] = [];
  const held: HeldKey[] = [];
  // The live documents as the batch leaves them, for the values they hold (`heldKeys`).
  const live = new Map(state.live);
  let forbidden = 0;
  // A related document of the pushed collection may come earlier in the batch (an erasure's
  // journal entry, then the entries it rewrites): it is read as the batch left it.
  const read = (name: string, id: string) =>
    (name === collection ? current.get(id) : undefined) ?? state.related?.get(relatedKey(name, id));
  rows.forEach((row, index) => {
    const id = row.newDocumentState.id;
    const stored = current.get(id);
    // A device that reads part of the document writes its visible fields over the stored ones.
    const next = stored && rules.view ? rules.view.merge(stored, row.newDocumentState) : row.newDocumentState;
    const decision = decidePushRow(stored, { ...row, newDocumentState: next }, rules, read);
    if ((decision === 'conflict' || decision === 'forbidden') && stored) {
      const shown = rules.view ? rules.view.project(stored) : stored;
      if (shown === null) hidden.push({ row: index, documentId: id });
      else conflicts.push(shown as SyncDocument);
    }
    if (decision === 'forbidden') forbidden += 1;
    if (decision !== 'write') return;
    if (rules.heldKeys && next._deleted !== true && (!stored || stored._deleted === true)) {
      held.push(...heldElsewhere(index, next, live, rules.heldKeys));
    }
    current.set(id, next);
    written.set(id, next);
    if (next._deleted === true) live.delete(id);
    else live.set(id, next);
    const key = rules.uniqueKey?.(next) ?? null;
    if (key === null) return;
    const holder = holders.get(key);
    if (holder === undefined) {
      holders.set(key, id);
      keys.push({ key, docId: id });
    } else if (holder !== id && !rules.keyMayPass?.(next, holder)) {
      duplicates.push({ row: index, documentId: id, key, heldBy: holder });
    }
  });

  if (hidden.length > 0) return { outcome: { hidden } };
  if (duplicates.length > 0) return { outcome: { duplicates } };
  if (held.length > 0) return { outcome: { held } };
  if (written.size === 0) return { outcome: { conflicts, lastSeq: null, forbidden } };
  const documents = [...written].map(([id, document], index) => ({
    id,
    seq: state.seq + index + 1,
    document,
  }));
  const seq = state.seq + documents.length;
  let bytes = state.bytes;
  for (const { id, document } of documents) {
    const before = state.stored.get(id);
    bytes += documentBytes(document) - (before ? documentBytes(before) : 0);
  }
  // A push that frees space always passes: an association, or a device, over its limit can
  // still tidy up.
  const growth = bytes - state.bytes;
  if (growth > 0 && bytes > limits.association) {
    return { outcome: { quotaExceeded: { bytes, max: limits.association, of: 'association' } } };
  }
  const deviceBytes = state.deviceBytes === undefined ? undefined : state.deviceBytes + growth;
  if (growth > 0 && deviceBytes !== undefined && deviceBytes > limits.device) {
    return { outcome: { quotaExceeded: { bytes: deviceBytes, max: limits.device, of: 'device' } } };
  }
  const writes: PushWrites = {
    documents,
    keys,
    seq,
    bytes,
    ...(deviceBytes === undefined ? {} : { deviceBytes }),
  };
  return { outcome: { conflicts, lastSeq: seq, forbidden }, writes };
}

/** The values `document` would hold that another live document already holds. */
function heldElsewhere(
  row: number,
  document: SyncDocument,
  live: ReadonlyMap<string, SyncDocument>,
  heldKeys: (document: SyncDocument) => string[],
): HeldKey[] {
  const wanted = new Set(heldKeys(document));
  const found: HeldKey[] = [];
  for (const [id, holder] of live) {
    if (id === document.id) continue;
    for (const key of heldKeys(holder)) {
      if (wanted.has(key)) found.push({ row, documentId: document.id, key, holder });
    }
  }
  return found;
}
