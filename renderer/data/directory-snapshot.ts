import type { StoredSnapshot } from '@shared/search/snapshot';

/**
 * Where the directory's search snapshot lives (shared/search/snapshot.ts): one value. Not
 * an RxDB collection (the free tier's 13 are counted): a small IndexedDB database of its own,
 * beside RxDB's.
 */
export interface SnapshotStore {
  /** The stored value, `undefined` if none; rejects only if the storage itself fails. */
  read(): Promise<unknown>;
  write(value: StoredSnapshot): Promise<void>;
  clear(): Promise<void>;
}

const KEY = 'search';

// One definition, shared with the server that builds a new door device's seed.
export { CURRENT_SNAPSHOT_SIGNATURE } from '@shared/sync/directory-seed';

/** The IndexedDB database of the snapshot of RxDB database `databaseName`. */
export function snapshotDatabaseName(databaseName: string): string {
  return `${databaseName}-directory-snapshot`;
}

const STORE = 'snapshot';

/** One request of a transaction on the snapshot's store, as a promise. */
function request<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  make: (store: IDBObjectStore) => IDBRequest<T>,
) {
  return new Promise<T>((resolve, reject) => {
    const transaction = database.transaction(STORE, mode);
    const pending = make(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(pending.result);
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * IndexedDB itself, not Dexie: one store, one key, nothing Dexie would add. (Dexie is in the
 * bundle once, RxDB's copy, at the version RxDB pins: renderer/data/indexeddb-storage.ts.)
 */
export function indexedDbSnapshotStore(databaseName: string): SnapshotStore {
  let opening: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const opened = indexedDB.open(snapshotDatabaseName(databaseName), 1);
      opened.onupgradeneeded = () => opened.result.createObjectStore(STORE);
      opened.onsuccess = () => resolve(opened.result);
      opened.onerror = () => reject(opened.error ?? new Error('IndexedDB open failed'));
      opened.onblocked = () => reject(new Error('IndexedDB open blocked'));
    }));
  return {
    read: async () => request(await open(), 'readonly', (store) => store.get(KEY)),
    write: async (value) => {
      await request(await open(), 'readwrite', (store) => store.put(value, KEY));
    },
    clear: async () => {
      await request(await open(), 'readwrite', (store) => store.clear());
    },
  };
}

/** A store in memory: for Node, where IndexedDB does not exist, and for the tests. */
export function memorySnapshotStore(initial?: unknown): SnapshotStore & { stored: unknown } {
  const store = {
    stored: initial,
    read: () => Promise.resolve(store.stored),
    write: (value: StoredSnapshot) => {
      store.stored = value;
      return Promise.resolve();
    },
    clear: () => {
      store.stored = undefined;
      return Promise.resolve();
    },
  };
  return store;
}
