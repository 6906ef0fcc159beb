import { describe, expect, it } from 'vitest';
import { Subject, map, type Observable } from 'rxjs';
import { createRxDatabase } from 'rxdb/plugins/core';
import type { RxReplicationPullStreamItem } from 'rxdb/plugins/core';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { Checkpoint } from '@shared/sync/protocol';
import { holdUntil } from '@renderer/sync/hold-until';
import { ID_ONLY_SCHEMA } from '../../test/support/id-only-schema';
import { pages } from '../../test/support/paged-server';

type Stream = Observable<RxReplicationPullStreamItem<{ id: string }, Checkpoint>>;

/**
 * Issue 19: « a RESYNC's upstream pass can read an older checkpoint after a big pull ». A real
 * RxDB replication (memory storage) pulls 2,000 documents; the upstream half is held before it
 * handles their writes (RxDB's `waitBeforePersist`, as a busy page would delay it), and a change
 * notice comes then. How many documents the upstream half reads again is counted at the storage.
 */
async function rereadAfterPull(
  streamOf: (notices: Subject<string>, busy: () => Observable<boolean>) => Stream,
) {
  const database = await createRxDatabase({
    name: `resync-${Math.random().toString(36).slice(2)}`,
    storage: getRxStorageMemory(),
  });
  try {
    const { things } = await database.addCollections({ things: { schema: ID_ONLY_SCHEMA } });
    let total = 0;
    let release: () => void = () => undefined;
    let held = Promise.resolve();
    const notices = new Subject<string>();
    const replication: RxReplicationState<{ id: string }, Checkpoint> = replicateRxCollection<
      { id: string },
      Checkpoint
    >({
      collection: things,
      replicationIdentifier: 'resync-upstream',
      live: true,
      pull: {
        batchSize: 500,
        // A server across the network answers after a few milliseconds: by then the upstream
        // half's own pass, started by the same RESYNC as this pull, has found nothing new.
        handler: pages(() => total, 30),
        stream$: streamOf(notices, () => replication.active$),
      },
      push: { batchSize: 200, handler: async () => [], waitBeforePersist: () => held },
    });
    await replication.awaitInitialReplication();
    const fork = replication.internalReplicationState?.input.forkInstance;
    if (!fork) throw new Error('no replication state');
    // The upstream half reads changed documents by a query sorted on their write time.
    let reread = 0;
    const query = fork.query.bind(fork);
    fork.query = async (prepared) => {
      const result = await query(prepared);
      if (JSON.stringify(prepared.query.sort).includes('_meta.lwt')) reread += result.documents.length;
      return result;
    };

    held = new Promise<void>((resolve) => (release = resolve));
    total = 2000;
    notices.next('people');
    while ((await things.count().exec()) < total) await new Promise((resolve) => setTimeout(resolve, 5));
    // Pulled and written; the upstream half has not handled those writes yet. A notice comes.
    notices.next('people');
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await replication.awaitInSync();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await replication.awaitInSync();
    expect(await things.count().exec()).toBe(total);
    await replication.cancel();
    return reread;
  } finally {
    await database.remove();
  }
}

describe('a RESYNC after a big pull', () => {
  it('sent at once (RxDB alone): the upstream half reads every pulled document again', async () => {
    const reread = await rereadAfterPull((notices) => notices.pipe(map(() => 'RESYNC' as const)));
    expect(reread).toBeGreaterThanOrEqual(2000);
  }, 30_000);

  it('sent when the replication rests (holdUntil): the upstream half reads nothing again', async () => {
    const reread = await rereadAfterPull((notices, busy) => holdUntil(notices, Promise.resolve(), busy));
    expect(reread).toBe(0);
  }, 30_000);
});
