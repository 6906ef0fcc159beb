import { asDeviceId } from '@shared/ids';
import type { RxStorage } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { TilleulDatabase } from '@renderer/data/database';
import { createTilleulDatabase } from '@renderer/data/database';
import { SessionStore } from '@renderer/data/session';
import type { SessionUser } from '@renderer/data/session';
import { installWriteGuard } from '@renderer/data/write-guard';
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

/**
 * A memory database guarded as the app guards its own (permissions, audit), on device `pc-1`,
 * with `user` signed in if given: the set-up of the data layer's logic tests.
 */
export async function createGuardedMemoryDatabase(
  now: () => Date,
  user: SessionUser | null = null,
): Promise<{ db: TilleulDatabase; session: SessionStore }> {
  const db = await createMemoryDatabase();
  const session = new SessionStore();
  installWriteGuard(db, session, asDeviceId('pc-1'), now);
  session.set(user);
  return { db, session };
}
