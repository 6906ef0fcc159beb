import type {
  RxDocumentData,
  RxJsonSchema,
  RxStorage,
  RxStorageInstance,
  RxStorageInstanceCreationParams,
} from 'rxdb/plugins/core';
import { META_INSTANCE_SCHEMA_TITLE } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';

/**
 * The storage README's « smallest design change » for the office's first sync proposes (issue 19),
 * built far enough to measure it, **in the bench only**: the app's storage stays RxDB's Dexie
 * storage, as DESIGN.md says. RxDB's free memory storage holds the collections and answers the
 * queries; every change it emits is persisted behind it, many documents to one IndexedDB record
 * (an append-only log of chunks, the last state of a document winning when the log is read back);
 * the collections `onDisk` names (the sheets: 68 MB of JSON at federation size, too big for the
 * 200 MB heap) stay on `disk`, one record per document.
 *
 * What a product storage would need besides, and this one does not have: compaction of the log,
 * writes from another tab (multi-instance), a crash between the memory write and the chunk's
 * (the replication's checkpoint must not pass what is on disk), quotas and errors shown to the
 * user. It measures the cost of the design's writes and its heap, nothing more.
 */

/** One record of the log: documents of one storage instance, in the order they were written. */
interface Chunk {
  key: string;
  instance: string;
  seq: number;
  documents: RxDocumentData<unknown>[];
}

const STORE = 'chunks';

function request<T>(started: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    started.onsuccess = () => resolve(started.result);
    started.onerror = () => reject(started.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function openChunkLog(name: string): Promise<IDBDatabase> {
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore(STORE, { keyPath: 'key' }).createIndex('instance', 'instance');
  };
  return request(opening);
}

/** The log's key of a chunk: sorts by instance, then by sequence. */
function chunkKey(instance: string, seq: number): string {
  return `${instance}\u0000${String(seq).padStart(10, '0')}`;
}

/** The last state of each document in these chunks (in their order), by its primary key. */
function lastStates(chunks: readonly Chunk[], primaryPath: string): Map<string, RxDocumentData<unknown>> {
  const documents = new Map<string, RxDocumentData<unknown>>();
  for (const chunk of chunks)
    for (const document of chunk.documents)
      documents.set(String((document as Record<string, unknown>)[primaryPath]), document);
  return documents;
}

/** The last state of each document in `instance`'s chunks (by `primaryPath`), and the next sequence. */
export async function readChunks(
  log: IDBDatabase,
  instance: string,
  primaryPath: string,
): Promise<{ documents: Map<string, RxDocumentData<unknown>>; nextSeq: number }> {
  const chunks = (await request(
    log.transaction(STORE, 'readonly').objectStore(STORE).index('instance').getAll(instance),
  )) as Chunk[];
  chunks.sort((a, b) => a.seq - b.seq);
  return { documents: lastStates(chunks, primaryPath), nextSeq: (chunks.at(-1)?.seq ?? -1) + 1 };
}

/**
 * What the log holds, read whole as a new start would: the live documents of each instance (the
 * last state of each, deletions left out), and the time the read took.
 */
export async function readLog(
  log: IDBDatabase,
  primaryPath: (instance: string) => string,
): Promise<{ live: Record<string, number>; ms: number }> {
  const started = performance.now();
  // In key order: by instance, then by sequence.
  const chunks = (await request(log.transaction(STORE, 'readonly').objectStore(STORE).getAll())) as Chunk[];
  const byInstance = new Map<string, Chunk[]>();
  for (const chunk of chunks) {
    const ofInstance = byInstance.get(chunk.instance);
    if (ofInstance) ofInstance.push(chunk);
    else byInstance.set(chunk.instance, [chunk]);
  }
  const live: Record<string, number> = {};
  for (const [instance, ofInstance] of byInstance)
    live[instance] = [...lastStates(ofInstance, primaryPath(instance)).values()].filter(
      (document) => !document._deleted,
    ).length;
  return { live, ms: performance.now() - started };
}

export interface PackedStorageStats {
  /** Chunks written, documents in them, and the time their transactions took (ms, summed). */
  chunks: number;
  documents: number;
  writeMs: number;
  /** Documents read back from the log when instances opened, and the time it took (ms). */
  loaded: number;
  loadMs: number;
}

/** What the memory storage holds, by kind of instance: where its heap goes. */
export interface MemoryHeld {
  instances: number;
  documents: number;
  /** The documents' JSON, in characters: their size as data. */
  jsonChars: number;
  /** Index entries ([index string, document, id] each) and their strings' characters. */
  indexEntries: number;
  indexChars: number;
}

export interface PackedStorage {
  storage: RxStorage<unknown, unknown>;
  stats: PackedStorageStats;
  /** Resolves when every change emitted so far is in the log. */
  flushed(): Promise<void>;
  /** What the memory storage's open instances hold: the collections', and the replication's meta-data. */
  held(): { collections: MemoryHeld; meta: MemoryHeld };
}

/** RxDB's memory storage's internals that `held` reads (rxdb/src/plugins/storage-memory/memory-types.ts). */
interface MemoryInternals {
  documents: Map<string, unknown>;
  byIndexArray: { docsWithIndex: [string, unknown, string][] }[];
}

export function packedStorage(options: {
  /** The IndexedDB database of the log. */
  logName: string;
  /** Chunk size: at most this many documents in a record. */
  chunk: number;
  /** Instances kept on `disk` instead (the sheets, and the replication's meta-data of them). */
  onDisk: (params: RxStorageInstanceCreationParams<unknown, unknown>) => boolean;
  disk: RxStorage<unknown, unknown>;
}): PackedStorage {
  const memory = getRxStorageMemory() as unknown as RxStorage<unknown, unknown>;
  let log: Promise<IDBDatabase> | undefined;
  const stats: PackedStorageStats = { chunks: 0, documents: 0, writeMs: 0, loaded: 0, loadMs: 0 };
  /** Every write to the log, in order: one at a time. */
  let writing: Promise<void> = Promise.resolve();
  const flushers = new Set<() => Promise<void>>();
  const opened: { meta: boolean; internals: MemoryInternals }[] = [];

  type Params = RxStorageInstanceCreationParams<unknown, unknown>;
  type Instance = RxStorageInstance<unknown, unknown, unknown>;
  const open = async (params: Params): Promise<Instance> => {
    if (options.onDisk(params)) return options.disk.createStorageInstance(params);
    log ??= openChunkLog(options.logName);
    const database = await log;
    const instance = await memory.createStorageInstance(params);
    opened.push({
      meta: (params.schema as { title?: string }).title === META_INSTANCE_SCHEMA_TITLE,
      internals: (instance as unknown as { internals: MemoryInternals }).internals,
    });
    const key = `${params.databaseName}/${params.collectionName}/${params.schema.version}`;
    const primaryPath = primaryPathOf(params.schema);
    const loadStarted = performance.now();
    const stored = await readChunks(database, key, primaryPath);
    if (stored.documents.size > 0) {
      const result = await instance.bulkWrite(
        [...stored.documents.values()].map((document) => ({ document })),
        'tilleul-packed-load',
      );
      if (result.error.length > 0)
        throw new Error(`${key}: ${result.error.length} documents du journal refusés à la lecture`);
    }
    stats.loaded += stored.documents.size;
    stats.loadMs += performance.now() - loadStarted;
    let seq = stored.nextSeq;
    let pending: RxDocumentData<unknown>[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (pending.length === 0) return writing;
      const documents = pending;
      pending = [];
      const chunks: Chunk[] = [];
      for (let i = 0; i < documents.length; i += options.chunk)
        chunks.push({
          key: chunkKey(key, seq),
          instance: key,
          seq: seq++,
          documents: documents.slice(i, i + options.chunk),
        });
      writing = writing.then(async () => {
        const started = performance.now();
        const transaction = database.transaction(STORE, 'readwrite', { durability: 'relaxed' });
        const store = transaction.objectStore(STORE);
        for (const chunk of chunks) store.put(chunk);
        await done(transaction);
        stats.writeMs += performance.now() - started;
        stats.chunks += chunks.length;
        stats.documents += documents.length;
      });
      return writing;
    };
    flushers.add(flush);
    const subscription = instance.changeStream().subscribe((bulk) => {
      for (const event of bulk.events) pending.push(event.documentData);
      if (pending.length >= options.chunk) void flush();
      else if (timer === undefined) timer = setTimeout(() => void flush(), 50);
    });
    const close = instance.close.bind(instance);
    const remove = instance.remove.bind(instance);
    const wrapped: RxStorageInstance<unknown, unknown, unknown> = Object.assign(instance, {
      async close() {
        subscription.unsubscribe();
        await flush();
        flushers.delete(flush);
        return close();
      },
      async remove() {
        subscription.unsubscribe();
        pending = [];
        await writing;
        flushers.delete(flush);
        const transaction = database.transaction(STORE, 'readwrite');
        const store = transaction.objectStore(STORE);
        for (const k of await request(store.index('instance').getAllKeys(key))) store.delete(k);
        await done(transaction);
        return remove();
      },
    });
    return wrapped;
  };
  const storage: RxStorage<unknown, unknown> = {
    name: 'tilleul-bench-packed',
    rxdbVersion: memory.rxdbVersion,
    // RxDB's generic document type is the caller's; this storage keeps documents as they come.
    createStorageInstance: <RxDocType>(params: RxStorageInstanceCreationParams<RxDocType, unknown>) =>
      open(params as unknown as Params) as unknown as Promise<RxStorageInstance<RxDocType, unknown, unknown>>,
  };
  return {
    storage,
    stats,
    held() {
      const empty = (): MemoryHeld => ({
        instances: 0,
        documents: 0,
        jsonChars: 0,
        indexEntries: 0,
        indexChars: 0,
      });
      const held = { collections: empty(), meta: empty() };
      for (const { meta, internals } of opened) {
        const into = meta ? held.meta : held.collections;
        into.instances += 1;
        into.documents += internals.documents.size;
        for (const document of internals.documents.values())
          into.jsonChars += JSON.stringify(document).length;
        for (const index of internals.byIndexArray) {
          into.indexEntries += index.docsWithIndex.length;
          for (const entry of index.docsWithIndex) into.indexChars += entry[0].length;
        }
      }
      return held;
    },
    async flushed() {
      await Promise.all([...flushers].map((flush) => flush()));
      await writing;
    },
  };
}

function primaryPathOf(schema: RxJsonSchema<RxDocumentData<unknown>>): string {
  const primary = schema.primaryKey as string | { key: string };
  return typeof primary === 'string' ? primary : primary.key;
}
