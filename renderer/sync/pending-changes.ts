import {
  getAssumedMasterState,
  getChangedDocumentsSince,
  getComposedPrimaryKeyOfDocumentData,
} from 'rxdb/plugins/core';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { sameReplicatedState } from '@renderer/sync/conflict-handler';

const PAGE = 500;

/** RxDB's storage checkpoint (`RxStorageDefaultCheckpoint`): last write time, then id. */
interface StorageCheckpoint {
  id: string;
  lwt: number;
}

function isStorageCheckpoint(value: unknown): value is StorageCheckpoint {
  const candidate = value as Partial<StorageCheckpoint> | null | undefined;
  return typeof candidate?.id === 'string' && typeof candidate.lwt === 'number';
}

/** The later of two checkpoints of one storage (`undefined` is the very start). */
function later(a: unknown, b: unknown): unknown {
  if (!isStorageCheckpoint(b)) return a;
  if (!isStorageCheckpoint(a)) return b;
  if (a.lwt !== b.lwt) return a.lwt > b.lwt ? a : b;
  return a.id >= b.id ? a : b;
}

/**
 * Where a previous count found every document in sync. A document before it can only become a
 * pending change by being written again, which moves it after it: the next count starts there.
 * Kept with the data (a local document of the database), so it survives a restart and goes
 * away with the database.
 */
export interface PendingCountMemo {
  get(): Promise<unknown>;
  set(checkpoint: unknown): Promise<void>;
}

/**
 * Local changes the server has not accepted yet, counted the way RxDB's upstream decides what to
 * push: documents changed since the last upstream checkpoint whose state differs from what the
 * server is known to hold (the replication's "assumed master state"). Read-only.
 *
 * The upstream checkpoint only moves past pulled documents when something is pushed, so after an
 * initial sync of 250,000 documents every count would read them all again. With a memo, that
 * happens once: later counts start where the last one found everything in sync, and cost
 * nothing when nothing was written since.
 */
export async function countPendingChanges<T, C>(
  replication: RxReplicationState<T, C>,
  memo?: PendingCountMemo,
): Promise<number> {
  const state = replication.internalReplicationState;
  if (!state) return 0;
  const { metaInstance, forkInstance } = state.input;
  const checkpointId = getComposedPrimaryKeyOfDocumentData(metaInstance.schema, {
    isCheckpoint: '1',
    itemId: 'up',
  });
  const [checkpointDoc] = await metaInstance.findDocumentsById([checkpointId], false);
  const start = later(checkpointDoc?.checkpointData, memo ? await memo.get() : undefined);
  let checkpoint: unknown = start;
  let cleanUpTo: unknown = start;
  let pending = 0;
  for (;;) {
    const page = await getChangedDocumentsSince(forkInstance, PAGE, checkpoint);
    if (page.documents.length === 0) break;
    const ids = page.documents.map((doc) => String((doc as Record<string, unknown>)[state.primaryPath]));
    const assumed = await getAssumedMasterState(state, ids);
    page.documents.forEach((doc, index) => {
      const master = assumed[ids[index] ?? ''];
      if (
        !master ||
        !sameReplicatedState(
          master.docData as Record<string, unknown>,
          doc as unknown as Record<string, unknown>,
        )
      ) {
        pending += 1;
      }
    });
    checkpoint = page.checkpoint;
    if (pending === 0) cleanUpTo = page.checkpoint;
    if (page.documents.length < PAGE) break;
  }
  if (memo && cleanUpTo !== start) await memo.set(cleanUpTo);
  return pending;
}
