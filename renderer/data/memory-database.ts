import type { RxStorage } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { TilleulDatabase } from '@renderer/data/database';
import { createTilleulDatabase } from '@renderer/data/database';
import type { CollectionSpec } from '@shared/schema/collection-spec';

let counter = 0;

/**
 * A database in memory with RxDB's dev-mode checks on: for logic tests in Node, where IndexedDB
 * does not exist (and fake-indexeddb is far too slow with thousands of documents).
 */
export function createMemoryDatabase(
  name?: string,
  specs?: Readonly<Record<string, CollectionSpec>>,
  storage: RxStorage<unknown, unknown> = getRxStorageMemory(),
): Promise<TilleulDatabase> {
  counter += 1;
  return createTilleulDatabase({
    name: name ?? `memory-${Date.now()}-${counter}`,
    storage,
    devMode: true,
    specs,
  });
}
