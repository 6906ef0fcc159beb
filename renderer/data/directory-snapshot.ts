import Dexie from 'dexie';
import type { Table } from 'dexie';
import { collectionSpecs } from '@shared/schema/collections';
import { snapshotSignature } from '@shared/search/snapshot';

/**
 * Where the directory's search snapshot lives (shared/search/snapshot.ts): one text value. Not
 * an RxDB collection (the free tier's 13 are counted): a small IndexedDB database of its own,
 * beside RxDB's, opened through Dexie.
 */
export interface SnapshotStore {
  /** The stored text, `undefined` if none; rejects only if the storage itself fails. */
  read(): Promise<unknown>;
  write(text: string): Promise<void>;
  clear(): Promise<void>;
}

const KEY = 'search';

/** The signature of today's schema: a snapshot made under another is not read. */
export const CURRENT_SNAPSHOT_SIGNATURE = snapshotSignature({
  people: collectionSpecs.people.version,
  households: collectionSpecs.households.version,
  memberships: collectionSpecs.memberships.version,
});

/** The IndexedDB database of the snapshot of RxDB database `databaseName`. */
export function snapshotDatabaseName(databaseName: string): string {
  return `${databaseName}-directory-snapshot`;
}

export function indexedDbSnapshotStore(databaseName: string): SnapshotStore {
  const dexie = new Dexie(snapshotDatabaseName(databaseName));
  dexie.version(1).stores({ snapshot: '' });
  const table = (dexie as Dexie & { snapshot: Table<unknown, string> }).snapshot;
  return {
    read: () => table.get(KEY),
    write: async (text) => {
      await table.put(text, KEY);
    },
    clear: () => table.clear(),
  };
}

/** A store in memory: for Node, where IndexedDB does not exist, and for the tests. */
export function memorySnapshotStore(initial?: unknown): SnapshotStore & { stored: unknown } {
  const store = {
    stored: initial,
    read: () => Promise.resolve(store.stored),
    write: (text: string) => {
      store.stored = text;
      return Promise.resolve();
    },
    clear: () => {
      store.stored = undefined;
      return Promise.resolve();
    },
  };
  return store;
}

/**
 * The same store, its value already being read: started before RxDB opens (they are two
 * IndexedDB databases), so the snapshot is in memory when the directory asks for it.
 */
export function readingEarly(store: SnapshotStore): SnapshotStore {
  let early: Promise<unknown> | undefined = store.read();
  return {
    read: () => {
      const value = early ?? store.read();
      early = undefined;
      return value;
    },
    write: (text) => store.write(text),
    clear: () => store.clear(),
  };
}
