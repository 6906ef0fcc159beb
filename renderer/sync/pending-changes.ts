import {
  getAssumedMasterState,
  getChangedDocumentsSince,
  getComposedPrimaryKeyOfDocumentData,
} from 'rxdb/plugins/core';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { sameReplicatedState } from '@renderer/sync/conflict-handler';

const PAGE = 500;

/**
 * Local changes the server has not accepted yet, counted the way RxDB's upstream decides what to
 * push: documents changed since the last upstream checkpoint whose state differs from what the
 * server is known to hold (the replication's "assumed master state"). Read-only; cheap when in
 * sync (nothing since the checkpoint), linear in the backlog when offline.
 */
export async function countPendingChanges<T, C>(replication: RxReplicationState<T, C>): Promise<number> {
  const state = replication.internalReplicationState;
  if (!state) return 0;
  const { metaInstance, forkInstance } = state.input;
  const checkpointId = getComposedPrimaryKeyOfDocumentData(metaInstance.schema, {
    isCheckpoint: '1',
    itemId: 'up',
  });
  const [checkpointDoc] = await metaInstance.findDocumentsById([checkpointId], false);
  let checkpoint: unknown = checkpointDoc?.checkpointData;
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
    if (page.documents.length < PAGE) break;
  }
  return pending;
}
