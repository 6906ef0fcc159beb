import { describe, expect, it } from 'vitest';
import type { ReplicationPullHandler } from 'rxdb/plugins/core';
import type { Checkpoint } from '@shared/sync/protocol';
import { createRxDatabase } from 'rxdb/plugins/core';
import type { RxCollection } from 'rxdb/plugins/core';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { isPulledWrite, pacePulls, writtenCheckpointOf } from '@renderer/sync/pull-pacing';
import type { PullPacing } from '@renderer/sync/pull-pacing';
import { ID_ONLY_SCHEMA } from '../../test/support/id-only-schema';
import { pages } from '../../test/support/paged-server';

/** `inner` paced with short waits; the written checkpoint is whatever `written` says. */
function paced(
  inner: ReplicationPullHandler<{ id: string }, Checkpoint>,
  { written, ...options }: Partial<PullPacing> & { written: () => unknown },
) {
  return pacePulls(inner, {
    maxAhead: 20,
    maxWaitMs: 5_000,
    pollMs: 1,
    stopped: () => false,
    writtenCheckpoint: written,
    ...options,
  });
}

/** Whether a promise is still pending after the timers have had a few turns. */
async function stillWaiting(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 30));
  return !settled;
}

describe('pacePulls', () => {
  it('pulls ahead up to the limit, then waits for the writes to catch up', async () => {
    let written = 0;
    const inner = pages(100);
    const handler = paced(inner, { written: () => ({ seq: written }) });
    const first = await handler(undefined, 10);
    const second = await handler(first.checkpoint, 10);
    expect(inner.calls).toBe(2);
    // 20 documents returned and none written: the third page waits, without asking the server.
    const third = handler(second.checkpoint, 10);
    expect(await stillWaiting(third)).toBe(true);
    expect(inner.calls).toBe(2);
    // The first page is written (RxDB stored the checkpoint after it): 10 ahead, it goes on.
    written = 10;
    expect((await third).checkpoint).toEqual({ seq: 30 });
    expect(inner.calls).toBe(3);
  });

  it('never waits once the replication is stopped', async () => {
    const handler = paced(pages(100), { written: () => ({ seq: 0 }), stopped: () => true, maxAhead: 5 });
    const first = await handler(undefined, 10);
    expect((await handler(first.checkpoint, 10)).checkpoint).toEqual({ seq: 20 });
  });

  it('goes on unpaced after the longest wait when no checkpoint is ever stored', async () => {
    const inner = pages(100);
    const handler = paced(inner, { written: () => ({ seq: 0 }), maxAhead: 10, maxWaitMs: 50 });
    const first = await handler(undefined, 10);
    const started = Date.now();
    await handler(first.checkpoint, 10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(inner.calls).toBe(2);
  });

  it('counts documents, not sequence numbers: sparse pages of a shared sequence do not stall it', async () => {
    // Pages of 10 documents whose checkpoints are 1,000 apart (other collections in between).
    let written = 0;
    let seq = 0;
    const sparse = async () => {
      seq += 1000;
      return {
        documents: Array.from({ length: 10 }, (_, i) => ({ id: `s${seq}-${i}`, _deleted: false })),
        checkpoint: { seq },
      };
    };
    const handler = paced(sparse, { written: () => ({ seq: written }) });
    await handler(undefined, 10);
    await handler({ seq: 1000 }, 10);
    const third = handler({ seq: 2000 }, 10);
    expect(await stillWaiting(third)).toBe(true);
    written = 1000; // the first page only
    expect((await third).checkpoint).toEqual({ seq: 3000 });
  });

  it('takes an unreadable stored checkpoint for none', async () => {
    let stored: unknown = 'garbage';
    const handler = paced(pages(100), { written: () => stored, maxAhead: 10 });
    const first = await handler(undefined, 10);
    const second = handler(first.checkpoint, 10);
    expect(await stillWaiting(second)).toBe(true);
    stored = { seq: 10 };
    expect((await second).checkpoint).toEqual({ seq: 20 });
  });
});

/** A memory database with one collection of `{ id }` documents, removed after `body`. */
async function withThings(body: (things: RxCollection<{ id: string }>) => Promise<void>) {
  const db = await createRxDatabase({ name: `pacing-${Date.now()}`, storage: getRxStorageMemory() });
  try {
    const collections = await db.addCollections({
      things: {
        schema: ID_ONLY_SCHEMA,
      },
    });
    const things = collections.things;
    if (!things) throw new Error('collection absente');
    await body(things);
  } finally {
    await db.remove();
  }
}

describe('isPulledWrite, the context RxDB gives pulled documents', () => {
  it('is true of the writes of a real replication’s pulls, equal to its flag, and false of a local write (fails if an RxDB upgrade changes it)', async () => {
    await withThings(async (things) => {
      const contexts: string[] = [];
      const watch = things.eventBulks$.subscribe((bulk) => contexts.push(bulk.context));
      await things.insert({ id: 'local' });
      const replication = replicateRxCollection<{ id: string }, Checkpoint>({
        collection: things,
        replicationIdentifier: 'pinning-flag',
        live: false,
        pull: { batchSize: 10, handler: pages(25) },
      });
      await replication.awaitInitialReplication();
      const flag = await replication.internalReplicationState?.downstreamBulkWriteFlag;
      watch.unsubscribe();
      expect(contexts.length).toBeGreaterThan(1);
      const [local, ...pulled] = contexts;
      expect(isPulledWrite(local ?? '')).toBe(false);
      expect(pulled.length).toBeGreaterThan(0);
      expect(new Set(pulled)).toEqual(new Set([flag]));
      expect(pulled.every(isPulledWrite)).toBe(true);
      await replication.cancel();
    });
  });
});

describe('writtenCheckpointOf, an internal of RxDB', () => {
  it('reads the checkpoint a real replication stored after writing its pulls (fails if an RxDB upgrade renames it)', async () => {
    await withThings(async (things) => {
      const replication = replicateRxCollection<{ id: string }, Checkpoint>({
        collection: things,
        replicationIdentifier: 'pinning',
        live: false,
        pull: { batchSize: 10, handler: pages(25) },
      });
      expect(writtenCheckpointOf(replication)).toBeUndefined();
      await replication.awaitInitialReplication();
      // RxDB stores the checkpoint without awaiting it: give it a few turns.
      for (let turn = 0; turn < 50 && writtenCheckpointOf(replication) === undefined; turn++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(writtenCheckpointOf(replication)).toEqual({ seq: 25 });
      expect(await things.count().exec()).toBe(25);
      await replication.cancel();
    });
  });
});
