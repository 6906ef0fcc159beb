import type { RxStorage } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { RxStorageMemoryInstanceCreationOptions } from 'rxdb/plugins/storage-memory';
import { isPulledWrite } from '@renderer/sync/pull-pacing';

/**
 * RxDB's memory storage whose writes of pulled documents wait for `before` (a collection's
 * name and how many rows): IndexedDB on a slow machine, or a gate a test opens, for a test client
 * (harness.ts `startTestClient`'s `storage`). Other writes (the app's own, the replication's
 * checkpoints) go through at once.
 */
export function storageWithPulledWrites(
  before: (collection: string, rows: number) => Promise<unknown> | undefined,
): RxStorage<unknown, RxStorageMemoryInstanceCreationOptions> {
  const memory = getRxStorageMemory();
  return {
    name: memory.name,
    rxdbVersion: memory.rxdbVersion,
    async createStorageInstance(params) {
      const instance = await memory.createStorageInstance(params);
      const bulkWrite = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows, context) => {
        if (isPulledWrite(context)) await before(params.collectionName, rows.length);
        return bulkWrite(rows, context);
      };
      return instance;
    },
  };
}
