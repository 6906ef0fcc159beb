import type { RxCollection } from 'rxdb/plugins/core';
import type { DemoSize } from '@shared/demo/demo-association';
import { PeopleSearchIndex } from '@shared/search/people-index';
import { personOfScannedCode } from '@shared/search/scanned-card';
import { pbkdf2Sha256 } from '@shared/crypto/hashes';
import { PBKDF2_ITERATIONS } from '@shared/auth/user';
import type { Season } from '@shared/members/season';
import { createStatusResolver } from '@shared/members/status';
import { compareByName } from '@shared/members/sort';
import type { PersonDocument } from '@shared/members/person';
import { createTilleulDatabase } from '@renderer/data/database';
import { indexedDbStorage } from '@renderer/data/indexeddb-storage';
import { readAll } from '@renderer/data/read-all';
import type { TilleulDatabase } from '@renderer/data/database';
import { enrolDevice, saveEnrolment } from '@renderer/sync/enrolment';
import { SyncService } from '@renderer/sync/sync-service';
import { SEEDED_DOOR_SYNC_STAGES, syncStageOf } from '@renderer/sync/sync-order';
import { Directory, keepsDocuments } from '@renderer/data/directory';
import { CURRENT_SNAPSHOT_SIGNATURE, indexedDbSnapshotStore } from '@renderer/data/directory-snapshot';
import { checkIn } from '@renderer/data/events/write';
import { applyMergeRedirects, MergeFollower } from '@renderer/data/members/redirects';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard, journalWritten } from '@renderer/data/write-guard';
import type { AttendanceDocument } from '@shared/events/attendance';
import { receiptDocument } from '@shared/pdf/receipt';
import { pdfWorkerCount } from '@renderer/pdf/pdf-workers';
import { BENCH_COLLECTIONS, benchData, benchDocuments } from '../data';
import type { BenchCollection } from '../data';
import { foldBenchData } from '../folded';
import { deviceReadAccess, project } from '@shared/sync/read-scope';
import { benchAnnualReceipts } from '../receipts-data';
import { benchSheet } from '../sheet-data';
import { attendanceSheetPdf } from '@renderer/pdf/attendance-sheet';
import { preparePrinting, renderPdfBatch } from '@renderer/pdf/render-pdf';
import { asDeviceId, asEventId, asUserId, SYSTEM_WRITERS } from '@shared/ids';
import {
  createRevision,
  getComposedPrimaryKeyOfDocumentData,
  getRxReplicationMetaInstanceSchema,
  META_INSTANCE_SCHEMA_TITLE,
  normalizeMangoQuery,
  now,
  prepareQuery,
} from 'rxdb/plugins/core';
import type {
  MangoQuery,
  RxDocumentData,
  RxStorageInstanceCreationParams,
  RxStorageReplicationMeta,
} from 'rxdb/plugins/core';
import { livePages } from '@renderer/data/read-pages';
import { exportBackup } from '@renderer/data/backup/export';
import derivedSchemas from '@shared/schema/rx-json-schemas.json';
import { CLIENT_PULL_BATCH } from '@shared/sync/protocol';
import { openChunkLog, packedStorage, readLog } from './packed-storage';

/**
 * What the benchmark drives in Chromium (test/bench/run.ts). Each function measures with
 * `performance.now()` inside the page, so Playwright's round trips are never counted.
 */
const DB_NAME = 'tilleul-bench';
/** The initial sync's own database, empty until the sync fills it. */
const SYNC_DB_NAME = 'tilleul-bench-sync';
/** The same, on the packed storage's prototype (issue 19), and the log of its chunks. */
const PACKED_DB_NAME = 'tilleul-bench-packed';
const PACKED_LOG_NAME = 'tilleul-bench-packed-log';
/** Documents a chunk of the packed log holds at most: a pull batch. */
const PACKED_CHUNK = CLIENT_PULL_BATCH;

let db: TilleulDatabase | undefined;
/** Other databases than the bench's own: the app's (`tilleul`) for its cold start with the real UI. */
const others = new Map<string, Promise<TilleulDatabase>>();
let index: PeopleSearchIndex<PersonDocument> | undefined;
let everybody: PersonDocument[] = [];
const SEASONS_KEY = 'bench-seasons';
/** The write guard of the bench's database, once the door's writes installed it: who is signed in. */
const guarded = { session: new SessionStore(), installed: false };

async function open(name = DB_NAME): Promise<TilleulDatabase> {
  if (name !== DB_NAME) {
    const opened =
      others.get(name) ?? createTilleulDatabase({ name, storage: indexedDbStorage(), devMode: false });
    others.set(name, opened);
    return opened;
  }
  db ??= await createTilleulDatabase({ name: DB_NAME, storage: indexedDbStorage(), devMode: false });
  return db;
}

/** Milliseconds `work` takes. */
async function timedMs(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** A collection by name: the registry has collections the database's static type does not list yet. */
/** The indexes RxDB's Dexie storage keeps on every collection, whatever its schema declares. */
const RXDB_OWN_INDEXES = new Set(['[_deleted+id]', '[_meta.lwt+id]']);
/** « Bigger transactions » (issue 19): documents per bulkInsert, against the pull's batch. */
const BIG_BATCH = 10_000;

function putAll(database: IDBDatabase, store: string, records: readonly unknown[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const transaction = database.transaction(store, 'readwrite', { durability: 'relaxed' });
    const objects = transaction.objectStore(store);
    for (const record of records) objects.put(record);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('put failed'));
  });
}

/** Every bench collection's documents inserted through RxDB, `batch` per bulkInsert: the time it took. */
async function insertEach(
  database: TilleulDatabase,
  documents: Record<BenchCollection, readonly { id: string }[]>,
  batch: number,
): Promise<number> {
  const started = performance.now();
  for (const collection of BENCH_COLLECTIONS) {
    const target = collectionOf(database, collection);
    const all = documents[collection];
    for (let i = 0; i < all.length; i += batch) {
      const { error } = await target.bulkInsert(all.slice(i, i + batch));
      if (error.length > 0)
        throw new Error(`bulkInsert ${collection}: ${JSON.stringify(error[0]).slice(0, 300)}`);
    }
  }
  return performance.now() - started;
}

function deleteIndexedDb(name: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
}

function collectionOf(database: TilleulDatabase, name: string): RxCollection {
  const collection = (database.collections as unknown as Record<string, RxCollection | undefined>)[name];
  if (!collection) throw new Error(`The database has no collection « ${name} »`);
  return collection;
}

/** The IndexedDB database in which RxDB's Dexie storage keeps one collection. */
async function dexieDatabaseName(database: string, collection: string): Promise<string> {
  const names = (await indexedDB.databases()).map((d) => d.name ?? '');
  const name = names.find((n) => n.startsWith(`rxdb-dexie-${database}--`) && n.endsWith(`--${collection}`));
  if (!name) throw new Error(`No IndexedDB database for ${database}/${collection} among ${names.join(', ')}`);
  return name;
}

/** Opens an IndexedDB database; `create` makes its stores when it does not exist yet. */
function openIndexedDb(name: string, create?: (database: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    if (create) request.onupgradeneeded = () => create(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
}

/**
 * The floor under a check-in: `writes` small records put in IndexedDB, each in its own
 * read-write transaction awaited to its commit (what one durable write costs here, with nothing
 * of RxDB), and pairs of such writes in two stores — the two transactions of a check-in (the
 * attendance record, then its journal entry).
 */
async function indexedDbWriteFloor(writes: number): Promise<{ one: number[]; two: number[] }> {
  const name = `tilleul-bench-floor-${Date.now()}`;
  const database = await openIndexedDb(name, (created) => {
    created.createObjectStore('records', { keyPath: 'id' });
    created.createObjectStore('journal', { keyPath: 'id' });
  });
  const done = (transaction: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    });
  const put = (store: string, id: string) => {
    const transaction = database.transaction(store, 'readwrite');
    transaction.objectStore(store).put({ id, at: new Date().toISOString(), device: 'Porte 1' });
    return done(transaction);
  };
  const one: number[] = [];
  const two: number[] = [];
  for (let i = 0; i < writes; i++) {
    let started = performance.now();
    await put('records', `one-${i}`);
    one.push(performance.now() - started);
    started = performance.now();
    await put('records', `two-${i}`);
    await put('journal', `two-${i}`);
    two.push(performance.now() - started);
  }
  database.close();
  indexedDB.deleteDatabase(name);
  return { one, two };
}

async function insertAll<T>(insert: (chunk: T[]) => Promise<{ error: unknown[] }>, docs: readonly T[]) {
  for (let i = 0; i < docs.length; i += 2000) {
    const { error } = await insert(docs.slice(i, i + 2000));
    if (error.length > 0)
      throw new Error(`bulkInsert: ${error.length} errors, first ${JSON.stringify(error[0]).slice(0, 300)}`);
  }
}

/** Chromium's `performance.memory` (precise with --enable-precise-memory-info). */
function pageMemory(): { usedJSHeapSize: number; jsHeapSizeLimit: number } | undefined {
  return (performance as Performance & { memory?: { usedJSHeapSize: number; jsHeapSizeLimit: number } })
    .memory;
}

function usedHeap(): number | undefined {
  return pageMemory()?.usedJSHeapSize;
}

/** The last first pull among `names` (those the bench syncs), if all ended. */
function lastFirstPullMs(
  firstPassMs: Record<string, { down?: number }>,
  names: (name: string) => boolean,
): number | undefined {
  const ends = BENCH_COLLECTIONS.filter(names).map((name) => firstPassMs[name]?.down);
  return ends.every((end) => end !== undefined) ? Math.max(...(ends as number[])) : undefined;
}

/** The most JS heap the page may take (V8's `--max-heap-size` when the bench caps it). */
function heapLimit(): number | null {
  return pageMemory()?.jsHeapSizeLimit ?? null;
}

/** Live JS heap after a garbage collection (Chromium with --expose-gc and precise memory info). */
function heapAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return usedHeap() ?? null;
}

/** The collections of `stage` and before in SYNC_STAGES (sync-order.ts). */
const upToStage = (stage: number) => (name: string) => syncStageOf(name) <= stage;
/**
 * What a new door device waits for besides its directory seed: the first stage of
 * SEEDED_DOOR_SYNC_STAGES (accounts, settings, events, and who is already in), `leftOut` aside.
 */
const seededFirstStage =
  (leftOut: readonly string[] = []) =>
  (name: string) =>
    syncStageOf(name, SEEDED_DOOR_SYNC_STAGES) === 0 && !leftOut.includes(name);

/** What the entrance needs of the synced collections (sync-order.ts: the first two stages). */
const ENTRANCE_STAGE = 1;
const ENTRANCE_COLLECTIONS = BENCH_COLLECTIONS.filter((name) => syncStageOf(name) <= ENTRANCE_STAGE);

/**
 * The bench's documents as a device receives them: all of them (an office device), or what a
 * door device is sent of the collections the entrance needs, projected by the same rules as the
 * server's (shared/sync/read-scope.ts).
 */
function deviceDocuments(
  size: DemoSize,
  options: { folded?: boolean; door?: boolean },
): Record<string, readonly object[]> {
  const documents: Record<string, readonly object[]> = benchDocuments(
    options.folded ? foldBenchData(benchData(size)) : benchData(size),
  );
  if (!options.door) return documents;
  return Object.fromEntries(
    ENTRANCE_COLLECTIONS.map((name) => {
      const access = deviceReadAccess('door', name);
      const shown = (documents[name] ?? []).map((document) =>
        project(access, document as Record<string, unknown>),
      );
      return [name, shown.filter((document) => document !== null)];
    }),
  );
}

const bench = {
  /**
   * Writes the seeded association once, with its events and attendance; the same seed gives the
   * same data in every run.
   */
  async seed(size: DemoSize, name = DB_NAME) {
    const started = performance.now();
    const data = benchData(size);
    const database = await open(name);
    const documents = benchDocuments(data);
    const counts: Record<string, number> = {};
    for (const name of BENCH_COLLECTIONS) {
      const collection = collectionOf(database, name);
      await insertAll((c) => collection.bulkInsert(c), documents[name]);
      counts[name] = documents[name].length;
    }
    await database.upsertLocal(SEASONS_KEY, { seasons: data.settings.seasons.seasons });
    return { counts, ms: performance.now() - started };
  },

  /**
   * Makes the seeded database an enrolled device whose server cannot be reached (a hall with no
   * network): its start then runs the sync engine too, as every enrolled device's does. It holds
   * no checkpoint, so its engine also asks (in vain) for a first sync's directory seed.
   */
  async enrolUnreachable(scope: 'office' | 'door', name = DB_NAME) {
    const database = await open(name);
    await saveEnrolment(database, {
      // The discard port: nothing listens there, the connection is refused at once.
      serverUrl: 'http://127.0.0.1:9',
      token: 'b'.repeat(40),
      orgId: 'bench',
      orgName: 'Bench',
      deviceId: asDeviceId(`bench-${scope}`),
      deviceName: scope === 'door' ? 'Porte bench' : 'Bureau bench',
      scope,
      series: 'B',
      enrolledAt: new Date().toISOString(),
    });
  },

  /** Cold start in a fresh page: database open, every person read, search index built. */
  async startUp() {
    const database = await open();
    const opened = performance.now();
    const people = await readAll(database.people);
    everybody = people;
    const loaded = performance.now();
    index = PeopleSearchIndex.from(people);
    const ready = performance.now();
    return {
      searchReadyMs: ready,
      openMs: opened,
      loadMs: loaded - opened,
      indexMs: ready - loaded,
      people: people.length,
    };
  },

  /** Baseline: IndexedDB's own getAll on the same documents, no RxDB, in a fresh page. */
  async rawGetAll(databaseName = DB_NAME) {
    const name = await dexieDatabaseName(databaseName, 'people');
    const started = performance.now();
    const database = await openIndexedDb(name);
    const storeName =
      [...database.objectStoreNames].find((s) => s === 'docs') ?? database.objectStoreNames[0];
    if (!storeName) throw new Error(`No object store in ${name}`);
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = database.transaction(storeName, 'readonly').objectStore(storeName).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('getAll failed'));
    });
    const ms = performance.now() - started;
    database.close();
    return { ms, readyMs: performance.now(), count: rows.length };
  },

  /**
   * The initial sync of an empty device, as the app does it: the device enrols (the app then
   * restarts), and at start-up `SyncService.open` finds the enrolment and starts the app's own
   * replication of every collection (renderer/sync) into IndexedDB through RxDB's Dexie storage.
   *
   * Two instants, from that start: `writtenMs`, when the last of the `expected` documents has
   * been written to IndexedDB (RxDB's change events follow the committed writes), and
   * `settledMs`, when every collection's replication reports being in sync (`awaitInSync`: the
   * pull is done and the push side has gone over what was pulled — a change typed on the device
   * meanwhile waits for it). Rejects if the documents are not all written after `timeoutMs`;
   * leaves `settledMs` undefined if the replication is still busy `settleTimeoutMs` later. The
   * documents are then counted through RxDB. `engine` is for experiments; the bench uses the
   * app's own settings.
   */
  async initialSync(options: {
    serverUrl: string;
    code: string;
    expected: Record<string, number>;
    timeoutMs: number;
    settleTimeoutMs: number;
    engine?: { pullBatchSize?: number; pushBatchSize?: number };
    /**
     * A door device as the app runs it: its directory (renderer/data/directory.ts) open beside
     * the sync, which gives it the server's directory seed (issue 19).
     */
    door?: boolean;
    /**
     * The storage README's design change proposes, as a prototype (`packed-storage.ts`): the
     * collections in RxDB's memory storage, persisted many documents to an IndexedDB record; the
     * sheets on Dexie. Not the app's storage: measured to test the proposal.
     */
    packed?: boolean;
    /** With `packed`: the sheets packed too, nothing on Dexie (what an office's heap would then hold). */
    packedSheets?: boolean;
  }) {
    const packed = options.packed
      ? packedStorage({
          logName: PACKED_LOG_NAME,
          chunk: PACKED_CHUNK,
          onDisk: options.packedSheets ? () => false : isSheetsInstance,
          disk: indexedDbStorage(),
        })
      : undefined;
    const databaseName = packed ? PACKED_DB_NAME : SYNC_DB_NAME;
    const database = await createTilleulDatabase({
      name: databaseName,
      storage: packed?.storage ?? indexedDbStorage(),
      devMode: false,
    });
    const before: Record<string, number> = {};
    for (const name of BENCH_COLLECTIONS) before[name] = await collectionOf(database, name).count().exec();
    if (Object.values(before).some((n) => n > 0))
      throw new Error(`The sync database is not empty: ${JSON.stringify(before)}`);
    const enrolment = await enrolDevice(database, {
      address: options.serverUrl,
      code: options.code,
      deviceName: 'Banc de mesure',
    });

    let started = 0;
    let writtenMs: number | undefined;
    let markWritten: () => void = () => undefined;
    const allWritten = new Promise<void>((resolve) => {
      markWritten = resolve;
    });
    const written: Record<string, number> = {};
    const watches = Object.keys(options.expected).map((name) =>
      collectionOf(database, name).eventBulks$.subscribe((bulk) => {
        written[name] = (written[name] ?? 0) + bulk.events.filter((e) => e.operation === 'INSERT').length;
        if (
          writtenMs === undefined &&
          Object.entries(options.expected).every(([n, count]) => (written[n] ?? 0) >= count)
        ) {
          writtenMs = performance.now() - started;
          markWritten();
        }
      }),
    );

    started = performance.now();
    // As renderer/main.tsx at start-up (the write guard is left out: replication writes go
    // under RxDB's collection hooks, which it uses).
    let openedDirectory: (directory: Directory) => void = () => undefined;
    const directoryOpened = new Promise<Directory>((resolve) => {
      openedDirectory = resolve;
    });
    let seedMs: number | undefined;
    let seededPeople: number | undefined;
    /** The check-ins of the events around the server's today that the seed carried. */
    let seededCheckIns: number | undefined;
    const service = await SyncService.open(database, {
      // As renderer/main.tsx: only a door device asks for the seed.
      directorySeed: {
        adopt: async (stored, attendance) => {
          const adopted = (await directoryOpened).adoptSeed(stored, attendance);
          if (adopted) {
            seedMs = performance.now() - started;
            seededPeople = (await directoryOpened).index.size;
            seededCheckIns = attendance?.filter((record) => record.present).length;
          }
          return adopted;
        },
        attendanceIn: () => void directoryOpened.then((directory) => directory.seedAttendanceIn()),
        began: () => void directoryOpened.then((directory) => directory.firstSyncBegan()),
        settle: async () => (await directoryOpened).firstSyncEnded(),
      },
      auditActor: () => ({
        userId: SYSTEM_WRITERS.sync,
        userName: '',
        deviceId: enrolment.deviceId,
        now: () => new Date(),
      }),
      // The packed storage is measured as the founders would take it, with the office's heap
      // raised: its sheets are read ahead too (sync-engine.ts, `readAhead`).
      ...(options.engine || packed
        ? { engine: { ...options.engine, ...(packed ? { readAhead: () => true } : {}) } }
        : {}),
    });
    const engine = service.running;
    if (!engine) throw new Error('SyncService.open did not start the replication');
    // Both devices run the app's directory beside the sync, as the app does (its maps are part of
    // the heap the budget counts; a door device keeps none, as in renderer/main.tsx).
    const directory = await Directory.open(database, {
      snapshot: indexedDbSnapshotStore(databaseName),
      signature: CURRENT_SNAPSHOT_SIGNATURE,
      documents: keepsDocuments(service.getEnrolment()?.scope),
    });
    openedDirectory(directory);
    // The app waits to be the elected tab before replicating (several tabs share IndexedDB):
    // part of its start, timed apart. The engine has added the plugin and asked for it already.
    let leaderMs: number | undefined;
    if (database.multiInstance)
      void database.waitForLeadership().then(() => {
        leaderMs = performance.now() - started;
      });
    // Where the time goes: each replication's start (its checkpoint store opened in IndexedDB),
    // its first document received, and when it is in sync.
    const startedMs: Record<string, number> = {};
    const firstDocumentMs: Record<string, number> = {};
    const inSyncMs: Record<string, number> = {};
    const received: Record<string, number> = {};
    const firstPassMs: Record<string, { down?: number; up?: number }> = {};
    const subscriptions = [...engine.replications].map(([name, replication]) => {
      void replication.startPromise.then(() => {
        startedMs[name] = performance.now() - started;
        const state = replication.internalReplicationState;
        const mark = (side: 'down' | 'up') => (done: boolean) => {
          if (done) (firstPassMs[name] ??= {})[side] ??= Math.round(performance.now() - started);
        };
        state?.firstSyncDone.down.subscribe(mark('down'));
        state?.firstSyncDone.up.subscribe(mark('up'));
      });
      return replication.received$.subscribe(() => {
        firstDocumentMs[name] ??= performance.now() - started;
        received[name] = (received[name] ?? 0) + 1;
      });
    });
    // RxDB's own counters: how many passes each side of each replication has made.
    const passes = () =>
      JSON.stringify(
        Object.fromEntries(
          [...engine.replications].map(([name, r]) => {
            const stats = r.internalReplicationState?.stats;
            return [
              name,
              stats
                ? `↓${stats.down.downstreamResyncOnce}/${stats.down.persistFromMaster} ↑${stats.up.upstreamInitialSync}/${stats.up.processTasks}`
                : '—',
            ];
          }),
        ),
      );
    const progress = () =>
      `${((performance.now() - started) / 1000).toFixed(0)} s, phase ${service.status.get().phase}, écrits ${JSON.stringify(written)}, en synchro ${JSON.stringify(Object.keys(inSyncMs))}, passes ${passes()}, premières passes ${JSON.stringify(firstPassMs)}`;
    // Read by run.ts from the console: a long sync shows where it is.
    const ticker = setInterval(() => console.log(`bench: synchronisation… ${progress()}`), 10_000);
    // The JS heap at its highest while the documents come in (no garbage collection forced):
    // what a phone would have to hold.
    let peakHeap: number | undefined;
    /** The highest heap of each second (MB): when the peak came, beside the first passes. */
    const heapBySecond: number[] = [];
    const heapSampler = setInterval(() => {
      const used = usedHeap();
      if (used === undefined) return;
      peakHeap = Math.max(peakHeap ?? 0, used);
      const second = Math.floor((performance.now() - started) / 1000);
      heapBySecond[second] = Math.max(heapBySecond[second] ?? 0, Math.round(used / 2 ** 20));
    }, 200);
    const timer = <T>(ms: number, value: T) => {
      let handle: ReturnType<typeof setTimeout> | undefined;
      const promise = new Promise<T>((resolve) => {
        handle = setTimeout(() => resolve(value), ms);
      });
      return { promise, cancel: () => clearTimeout(handle) };
    };
    const settled = Promise.all(
      [...engine.replications].map(async ([name, replication]) => {
        await replication.awaitInSync();
        inSyncMs[name] = performance.now() - started;
      }),
    ).then(() => engine.awaitInSync());
    settled.catch(() => undefined); // cancelled when the service closes before it settles
    let settledMs: number | undefined;
    let persistedMs: number | undefined;
    try {
      // Every document in IndexedDB, or a loud failure: a figure for half a sync is no figure.
      const writing = timer(options.timeoutMs, 'timeout' as const);
      const outcome = await Promise.race([allWritten.then(() => 'written' as const), writing.promise]);
      writing.cancel();
      if (outcome === 'timeout') {
        const { problems } = service.status.get();
        throw new Error(
          `Not all documents written after ${options.timeoutMs} ms (${progress()}; attendus ${JSON.stringify(options.expected)}; reçus ${JSON.stringify(received)}; problems: ${JSON.stringify(problems).slice(0, 1000)})`,
        );
      }
      // Then the replication at rest, waited for a while only: past that, the figure says so.
      const settling = timer(options.settleTimeoutMs, 'timeout' as const);
      const rest = await Promise.race([settled.then(() => 'settled' as const), settling.promise]);
      settling.cancel();
      if (rest === 'settled') settledMs = performance.now() - started;
      // The packed storage answers from memory: its documents are on disk once its log is written.
      if (packed) {
        await packed.flushed();
        persistedMs = performance.now() - started;
      }
    } finally {
      clearInterval(ticker);
      clearInterval(heapSampler);
    }
    const waitedMs = performance.now() - started;
    for (const subscription of [...subscriptions, ...watches]) subscription.unsubscribe();
    const counts: Record<string, number> = {};
    for (const name of BENCH_COLLECTIONS) counts[name] = await collectionOf(database, name).count().exec();
    const status = service.status.get();
    const searchable = directory.index.size;
    const packedHeld = packed?.held();
    // What the page keeps at rest: the heap after a forced garbage collection.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const heapAtRest = heapAfterGc();
    directory.close();
    await service.close();
    await database.close();
    return {
      writtenMs: writtenMs ?? Number.NaN,
      /** Undefined when the replication was still busy after `settleTimeoutMs`. */
      settledMs,
      /** The packed storage: when its log held every change made until then (after `settledMs`). */
      persistedMs,
      packedStats: packed ? { ...packed.stats } : undefined,
      packedHeld,
      waitedMs,
      leaderMs,
      startedMs,
      firstDocumentMs,
      inSyncMs,
      firstPassMs,
      /** When the people, households, memberships and events had all made their first pull. */
      directoryMs: lastFirstPullMs(firstPassMs, upToStage(0)),
      /**
       * When the entrance works on a new door device: the people and households (the search) and
       * the events with their open attendance (who is in) have made their first pull. The
       * statuses follow with the memberships.
       */
      entranceMs: lastFirstPullMs(firstPassMs, upToStage(ENTRANCE_STAGE)),
      /** A door device: when its search worked from the directory seed, and how many it held. */
      seedMs,
      seededPeople,
      /**
       * A door device with its seed, searchable as issue 19 counts it: the seed adopted, and the
       * accounts (sign-in), settings and events (check-in) pulled.
       */
      searchableMs:
        seedMs === undefined
          ? undefined
          : Math.max(seedMs, lastFirstPullMs(firstPassMs, seededFirstStage(['attendance'])) ?? Number.NaN),
      /** The same and the open events' check-ins pulled: « already entered » answers too. */
      seededEntranceMs:
        seedMs === undefined
          ? undefined
          : Math.max(seedMs, lastFirstPullMs(firstPassMs, seededFirstStage()) ?? Number.NaN),
      seededCheckIns,
      /** The people in the door's search at the end (the seed brought in line). */
      searchable,
      counts,
      phase: status.phase,
      problems: status.problems,
      peakHeap,
      heapBySecond,
      heapAtRest,
      heapLimit: heapLimit(),
    };
  },

  /**
   * The floor under the initial sync: the same documents put into a throwaway IndexedDB
   * database with neither RxDB nor Dexie nor any index, one object store per collection, in
   * transactions of one pull batch. Whatever the replication does, it writes at least this.
   * `packed`: each batch as one record (an array of documents), as a storage that packs
   * documents many to a record would write them — what a different storage could reach.
   */
  async rawPut(
    size: DemoSize,
    batch: number,
    options: { packed?: boolean; folded?: boolean; door?: boolean } = {},
  ) {
    const { packed = false } = options;
    const documents = deviceDocuments(size, options);
    const collections = Object.keys(documents);
    const name = `tilleul-bench-raw-${Date.now()}`;
    const database = await openIndexedDb(name, (created) => {
      for (const collection of collections) created.createObjectStore(collection, { keyPath: 'id' });
    });
    const started = performance.now();
    const counts: Record<string, number> = {};
    for (const collection of collections) {
      const all = documents[collection] ?? [];
      for (let i = 0; i < all.length; i += batch) {
        await new Promise<void>((resolve, reject) => {
          const transaction = database.transaction(collection, 'readwrite', { durability: 'relaxed' });
          const store = transaction.objectStore(collection);
          if (packed) store.put({ id: `batch-${i}`, documents: all.slice(i, i + batch) });
          else for (const document of all.slice(i, i + batch)) store.put(document);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error ?? new Error('put failed'));
        });
      }
      counts[collection] = all.length;
    }
    const ms = performance.now() - started;
    database.close();
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
    });
    return { ms, counts };
  },

  /**
   * The layers under a first sync's writes (issue 19), in the profile a sync has just filled:
   * the very records RxDB's Dexie storage wrote there (read back whole), put into a new IndexedDB
   * database with the same stores and the same indexes, `batch` per transaction (IndexedDB with
   * RxDB's indexes, nothing else); then the data set inserted into a new RxDB database on the
   * same Dexie storage, `batch` per bulkInsert (RxDB's storage, no replication). Against the
   * raw floor (no index) and the replication itself, measured in the same run (run.ts).
   */
  async writeLayers(size: DemoSize, batch: number, options: { folded?: boolean } = {}) {
    const counts: Record<string, number> = {};
    const read: {
      collection: string;
      records: unknown[];
      keyPath: string | string[] | null;
      indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
    }[] = [];
    for (const collection of BENCH_COLLECTIONS) {
      const source = await openIndexedDb(await dexieDatabaseName(SYNC_DB_NAME, collection));
      const store = source.transaction('docs', 'readonly').objectStore('docs');
      const indexes = [...store.indexNames].map((name) => {
        const index = store.index(name);
        return { name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      });
      const records = await new Promise<unknown[]>((resolve, reject) => {
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('getAll failed'));
      });
      read.push({ collection, records, keyPath: store.keyPath, indexes });
      source.close();
    }
    const name = `tilleul-bench-indexed-${Date.now()}`;
    const target = await openIndexedDb(name, (created) => {
      for (const { collection, keyPath, indexes } of read) {
        const store = created.createObjectStore(collection, keyPath === null ? {} : { keyPath });
        for (const index of indexes)
          store.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
      }
    });
    const indexedStarted = performance.now();
    for (const { collection, records } of read) {
      for (let i = 0; i < records.length; i += batch) {
        await putAll(target, collection, records.slice(i, i + batch));
      }
      counts[collection] = records.length;
    }
    const indexedMs = performance.now() - indexedStarted;
    target.close();
    await deleteIndexedDb(name);
    // « Fewer indexes per collection » at its limit: the same records with only the two indexes
    // RxDB keeps on every collection whatever its schema ([_deleted+id], [_meta.lwt+id]).
    const ownName = `tilleul-bench-own-indexes-${Date.now()}`;
    const ownTarget = await openIndexedDb(ownName, (created) => {
      for (const { collection, keyPath, indexes } of read) {
        const store = created.createObjectStore(collection, keyPath === null ? {} : { keyPath });
        for (const index of indexes.filter((candidate) => RXDB_OWN_INDEXES.has(candidate.name)))
          store.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
      }
    });
    const ownIndexes = read.map(
      ({ indexes }) => indexes.filter((index) => RXDB_OWN_INDEXES.has(index.name)).length,
    );
    if (ownIndexes.some((count) => count !== RXDB_OWN_INDEXES.size))
      throw new Error(
        `RxDB's own indexes not found as ${[...RXDB_OWN_INDEXES].join(', ')}: an RxDB upgrade?`,
      );
    const ownStarted = performance.now();
    for (const { collection, records } of read) {
      for (let i = 0; i < records.length; i += batch) {
        await putAll(ownTarget, collection, records.slice(i, i + batch));
      }
    }
    const ownIndexesMs = performance.now() - ownStarted;
    ownTarget.close();
    await deleteIndexedDb(ownName);
    const indexesPerCollection = Object.fromEntries(
      read.map(({ collection, indexes }) => [collection, indexes.length]),
    );
    read.length = 0;

    const documents = benchDocuments(options.folded ? foldBenchData(benchData(size)) : benchData(size));
    const layerDatabase = await createTilleulDatabase({
      name: `tilleul-bench-layer-${Date.now()}`,
      storage: indexedDbStorage(),
      devMode: false,
    });
    const rxStorageMs = await insertEach(layerDatabase, documents, batch);

    // The state the replication assumes the server holds, written as RxDB's replication writes it
    // for every pulled document (its meta instance, rxdb/src/replication-protocol/meta-instance.ts:
    // the whole document again as `docData`), `batch` per bulkWrite: the « second write ».
    const metaStarted = performance.now();
    for (const collection of BENCH_COLLECTIONS) {
      const source = collectionOf(layerDatabase, collection);
      const schema = getRxReplicationMetaInstanceSchema(source.schema.jsonSchema, false);
      const instance = await layerDatabase.storage.createStorageInstance<
        RxStorageReplicationMeta<unknown, unknown>
      >({
        databaseName: layerDatabase.name,
        collectionName: `bench-meta-${collection}`,
        databaseInstanceToken: layerDatabase.token,
        multiInstance: false,
        options: {},
        schema,
        devMode: false,
      });
      const all = documents[collection];
      for (let i = 0; i < all.length; i += batch) {
        const rows = all.slice(i, i + batch).map((document) => {
          const meta = {
            id: '',
            isCheckpoint: '0',
            itemId: (document as { id: string }).id,
            docData: { ...document, _deleted: false },
            _attachments: {},
            _deleted: false,
            _rev: createRevision(layerDatabase.token),
            _meta: { lwt: now() },
          } as RxDocumentData<RxStorageReplicationMeta<unknown, unknown>>;
          meta.id = getComposedPrimaryKeyOfDocumentData(schema, meta);
          return { document: meta };
        });
        const { error } = await instance.bulkWrite(rows, 'bench-meta');
        if (error.length > 0)
          throw new Error(`meta ${collection}: ${JSON.stringify(error[0]).slice(0, 300)}`);
      }
      await instance.remove();
    }
    const metaMs = performance.now() - metaStarted;
    await layerDatabase.remove();

    // Bigger transactions: the same insert, BIG_BATCH documents per bulkInsert.
    const bigDatabase = await createTilleulDatabase({
      name: `tilleul-bench-big-${Date.now()}`,
      storage: indexedDbStorage(),
      devMode: false,
    });
    const rxStorageBigMs = await insertEach(bigDatabase, documents, BIG_BATCH);
    await bigDatabase.remove();
    return {
      counts,
      indexedMs,
      ownIndexesMs,
      indexesPerCollection,
      rxStorageMs,
      rxStorageBigMs,
      bigBatch: BIG_BATCH,
      metaMs,
    };
  },

  /**
   * Documents stored in IndexedDB, read without RxDB: the `docs` store of each collection's
   * Dexie database, live documents only (RxDB keeps a deletion as a flagged document). `packed`:
   * the packed storage's prototype, whose log is read whole (the sheets on Dexie; `packed-all`:
   * in the log too) — how long that read takes is what its start would cost.
   */
  async storedCounts(which: 'bench' | 'sync' | 'packed' | 'packed-all') {
    const counts: Record<string, number> = {};
    let logReadMs: number | undefined;
    const packed = which === 'packed' || which === 'packed-all';
    const databaseName = which === 'sync' ? SYNC_DB_NAME : packed ? PACKED_DB_NAME : DB_NAME;
    if (packed) {
      const log = await openChunkLog(PACKED_LOG_NAME);
      const { live, ms } = await readLog(log, () => 'id');
      log.close();
      logReadMs = ms;
      for (const collection of BENCH_COLLECTIONS)
        if (collection !== 'sheets' || which === 'packed-all')
          counts[collection] = live[packedInstanceKey(collection)] ?? 0;
    }
    for (const collection of BENCH_COLLECTIONS) {
      if (counts[collection] !== undefined) continue;
      const database = await openIndexedDb(await dexieDatabaseName(databaseName, collection));
      const store = database.transaction('docs', 'readonly').objectStore('docs');
      // Dexie's compound index [_deleted+id], `_deleted` stored as '0' or '1': the live ones are
      // the keys ['0', id], between ['0'] and ['0', []] (arrays sort after strings).
      const request = store.indexNames.contains('[_deleted+id]')
        ? store.index('[_deleted+id]').count(IDBKeyRange.bound(['0'], ['0', []]))
        : undefined;
      if (!request)
        throw new Error(`No [_deleted+id] index in ${database.name}: ${[...store.indexNames].join(', ')}`);
      counts[collection] = await new Promise<number>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('count failed'));
      });
      database.close();
    }
    return { counts, logReadMs };
  },

  /** Door search: one measurement per keystroke, from the typed text to the ranked hits. */
  search(keystrokes: string[]) {
    if (!index) throw new Error('startUp() first');
    const durations: number[] = [];
    let hits = 0;
    for (const text of keystrokes) {
      const started = performance.now();
      hits += index.search(text).length;
      durations.push(performance.now() - started);
    }
    return { durations, hits };
  },

  /** Baseline: the same searches as RxDB `$regex` queries (case-insensitive, accents not folded). */
  async regex(queries: string[]) {
    const database = await open();
    const durations: number[] = [];
    for (const query of queries) {
      const pattern = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const condition = { $regex: pattern, $options: 'i' };
      const started = performance.now();
      await database.people
        .find({
          selector: {
            $or: [
              { lastName: condition },
              { firstName: condition },
              { memberNumber: condition },
              { email: condition },
            ],
          },
          limit: 50,
        })
        .exec();
      durations.push(performance.now() - started);
    }
    return durations;
  },

  /**
   * The member list's heaviest redraw: everybody's derived status, the « à jour » filter and the
   * sort by name over the whole file, as when the secretary clears the search box.
   */
  async memberList() {
    const database = await open();
    const memberships = await readAll(database.memberships);
    const seasons = ((await database.getLocal<{ seasons: Season[] }>(SEASONS_KEY))?.toJSON().data.seasons ??
      []) as Season[];
    const started = performance.now();
    const statusOf = createStatusResolver(memberships, seasons, '2026-01-15');
    const upToDate = everybody.filter((person) => statusOf(person) === 'a-jour');
    upToDate.sort(compareByName);
    return { ms: performance.now() - started, shown: upToDate.length, total: everybody.length };
  },

  /**
   * An office device up to date, after a burst of pulls: following the merges (issue 15's
   * redirects) as the sync did until 4 December (`applyMergeRedirects`: the survivors' query,
   * which no index reaches, then what points to the absorbed records, `$in` and `$or`) and as it
   * does since (`MergeFollower`: the survivors read once, then only what was written). Two
   * bursts, each written first (as the pull writes it) and then followed, only the following
   * timed: one check-in, and 200 people edited on another device (an import, a campaign of
   * corrections — more changes than RxDB's change buffer of 100, so a cached query runs again).
   * With no merge in the file, then with one. Changes the bench's data: run last.
   */
  async mergeFollow(runs: number) {
    const database = await open();
    const context = {
      userId: SYSTEM_WRITERS.sync,
      userName: '',
      deviceId: asDeviceId('bench-office'),
      now: () => new Date(),
    };
    // An administrator signed in, should the door's writes have put the write guard in place.
    guarded.session.set({ id: asUserId('bench-admin'), name: 'Admin', role: 'admin' });
    let burst = 0;
    const bursts = {
      checkIn: async () => {
        const person = everybody[(burst++ * 7919) % everybody.length] as PersonDocument;
        const at = new Date().toISOString();
        await database.attendance.upsert(
          attendanceDocumentSchema.parse({
            id: attendanceId(asEventId('bench-merge-follow'), person.id),
            createdAt: at,
            updatedAt: at,
            updatedBy: SYSTEM_WRITERS.sync,
            deviceId: asDeviceId('bench-door'),
            eventId: asEventId('bench-merge-follow'),
            personId: person.id,
            present: true,
            checkedInAt: at,
          }),
        );
      },
      people: async () => {
        const from = 2 + ((burst++ * 200) % (everybody.length - 202));
        const at = new Date().toISOString();
        const edited = everybody.slice(from, from + 200).map((person) => ({ ...person, updatedAt: at }));
        await database.people.bulkUpsert(edited);
      },
    };
    const follower = new MergeFollower(database);
    const firstRunMs = await timedMs(() => follower.run(context));
    const measure = async (write: () => Promise<void>, follow: () => Promise<unknown>) => {
      const all: number[] = [];
      for (let i = 0; i < runs; i++) {
        await write();
        all.push(await timedMs(follow));
      }
      return all;
    };
    const before = () => applyMergeRedirects(database, context);
    const after = () => follower.run(context);
    const noMerge = {
      before: {
        checkIn: await measure(bursts.checkIn, before),
        people: await measure(bursts.people, before),
      },
      after: { checkIn: await measure(bursts.checkIn, after), people: await measure(bursts.people, after) },
    };
    // One merge in the file: the first person absorbs the second.
    const [survivor, absorbed] = everybody as [PersonDocument, PersonDocument];
    await (
      await database.people.findOne(survivor.id).exec(true)
    ).incrementalPatch({ mergedIds: [absorbed.id] });
    await follower.run(context);
    const merged = {
      before: {
        checkIn: await measure(bursts.checkIn, before),
        people: await measure(bursts.people, before),
      },
      after: { checkIn: await measure(bursts.checkIn, after), people: await measure(bursts.people, after) },
    };
    follower.close();
    return { firstRunMs, noMerge, merged };
  },

  /**
   * The entrance screen's search, keystroke to the cards it shows: the eight best hits, each
   * with its membership status and its attendance record at tonight's event (as
   * `renderer/pages/entrance/use-entrance.ts` does), the resolver and the event's records built
   * beforehand as the screen keeps them.
   */
  async entranceSearch(keystrokes: string[]) {
    if (!index) throw new Error('startUp() first');
    const database = await open();
    const seasons = ((await database.getLocal<{ seasons: Season[] }>(SEASONS_KEY))?.toJSON().data.seasons ??
      []) as Season[];
    const statusOf = createStatusResolver(await readAll(database.memberships), seasons, '2026-01-15');
    const busiest = await busiestEvent(database);
    const byPerson = new Map(busiest.records.map((record) => [record.personId, record]));
    const durations: number[] = [];
    let shown = 0;
    for (const text of keystrokes) {
      const started = performance.now();
      const hits = index.search(text, { limit: 8 }).map(({ person }) => ({
        person,
        status: statusOf(person),
        attendance: byPerson.get(person.id),
      }));
      durations.push(performance.now() - started);
      shown += hits.length;
    }
    return { durations, shown, eventRecords: busiest.records.length };
  },

  /**
   * Check-ins as the door makes them (`checkIn` of the data layer, through the write guard, as a
   * door account), each timed from the tap to the check-in IndexedDB has committed (its journal
   * entry follows: counted after the taps, one per check-in, or the run fails); then scans: from a decoded member number to the person checked in (the door's
   * `personOfScannedCode`, as the camera and a USB scanner's number use it, then the same write). A new event, so that every check-in writes.
   */
  async doorWrites(options: { checkIns: number; scans: number }) {
    const database = await open();
    guarded.session.set({ id: asUserId('bench-porte'), name: 'Porte 1', role: 'door' });
    const context = {
      userId: asUserId('bench-porte'),
      deviceId: asDeviceId('bench-device'),
      now: () => new Date(),
    };
    if (!guarded.installed) installWriteGuard(database, guarded.session, context.deviceId, context.now);
    guarded.installed = true;
    const eventId = asEventId(`bench-door-${Date.now()}`);
    const people = everybody.filter((person) => person.memberNumber !== '');
    const tapped = Array.from(
      { length: options.checkIns },
      (_, i) => people[(i * 7919) % people.length] as PersonDocument,
    );
    const tap: number[] = [];
    for (const [i, person] of tapped.entries()) {
      const started = performance.now();
      const outcome = await checkIn(database, context, { eventId, personId: person.id, device: 'Porte 1' });
      tap.push(performance.now() - started);
      if (outcome.kind !== 'checked-in') throw new Error(`check-in ${i}: ${outcome.kind}`);
    }
    await journalWritten(database);
    const journalled = await database.audit
      .find({ selector: { collectionName: 'attendance', action: 'create', updatedBy: context.userId } })
      .exec();
    const entries = new Set(journalled.map((entry) => entry.documentId));
    const missing = tapped.filter((person) => !entries.has(attendanceId(eventId, person.id)));
    if (missing.length > 0) throw new Error(`${missing.length} check-ins without their journal entry`);
    if (!index) throw new Error('startUp() first');
    const scan: number[] = [];
    for (let i = 0; i < options.scans; i++) {
      const code = (people[(i * 104_729 + 13) % people.length] as PersonDocument).memberNumber;
      const started = performance.now();
      // What the door does with a code the camera decoded (Door's scan → personOfScannedCode).
      const found = personOfScannedCode(index, code);
      if (!found || found.memberNumber !== code)
        throw new Error(`scan ${code}: found ${found?.memberNumber}`);
      await checkIn(database, context, {
        eventId: asEventId(`${eventId}-scan`),
        personId: found.id,
        device: 'Porte 1',
      });
      scan.push(performance.now() - started);
    }
    return { tap, scan, floor: await indexedDbWriteFloor(options.checkIns) };
  },

  /**
   * Milliseconds to check a door PIN as the sign-in does (PBKDF2-SHA256, the accounts'
   * iterations): with WebCrypto, or with the JavaScript implementation a plain-http origin uses.
   */
  async pinCheck(path: 'webcrypto' | 'javascript') {
    const pin = new TextEncoder().encode('975310');
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const started = performance.now();
    if (path === 'javascript') await pbkdf2Sha256(pin, salt, PBKDF2_ITERATIONS);
    else {
      const key = await crypto.subtle.importKey('raw', pin, 'PBKDF2', false, ['deriveBits']);
      await crypto.subtle.deriveBits(
        { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
        key,
        256,
      );
    }
    return performance.now() - started;
  },

  /**
   * A year's batch of `count` annual receipts as the treasurer's « Émettre » makes it: the app's
   * own renderPdfBatch, in its PDF workers (one per core), from the first print of the session —
   * pdfmake loaded in each worker, the page-splitting library in the page — to the combined PDF
   * and one PDF per receipt.
   */
  async receiptsBatch(count: number) {
    const documents = benchAnnualReceipts(count).map((receipt) => receiptDocument(receipt));
    const started = performance.now();
    const batch = await renderPdfBatch(documents, 'Reçus fiscaux');
    const ms = performance.now() - started;
    if (batch.singles.length !== count) throw new Error(`receipts: ${batch.singles.length} of ${count}`);
    return {
      ms,
      workers: pdfWorkerCount(navigator.hardwareConcurrency),
      combinedBytes: batch.combined.length,
    };
  },

  /**
   * The attendance sheet of `count` names as « Imprimer la feuille » makes it, from the first print
   * of the session (pdfkit loaded on demand by the page's warm PDF worker, as in the app) to the
   * PDF's bytes; then a second print of the same sheet in the same page.
   */
  async attendanceSheet(count: number) {
    const input = benchSheet(count);
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      warn(...args);
    };
    const release = preparePrinting();
    // The event page prepares printing a second after it shows; the secretary then clicks.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const started = performance.now();
    const first = await printSheetBytes(input);
    const firstMs = performance.now() - started;
    const again = performance.now();
    await printSheetBytes(input);
    const secondMs = performance.now() - again;
    release();
    console.warn = warn;
    // The figure is the worker's (a fallback to the page says so in the console).
    if (warnings.length > 0) throw new Error(`sheet: ${warnings.join(' ; ')}`);
    return { firstMs, secondMs, bytes: first.length };
  },

  /** Live JS heap after a garbage collection (Chromium with --expose-gc and precise memory info). */
  heap() {
    return heapAfterGc();
  },

  /**
   * Reading a whole collection a page at a time: one page of 500 people by id (how the backup,
   * the sheets' index and the merges' survivors paged until 4 December: no index starts with the
   * id, so each page walked and sorted the whole collection) against a page of `livePages` (one
   * range of the last-write index); then a whole backup of the database (`exportBackup`, no
   * password), its bytes counted and dropped.
   */
  async pagedReads() {
    const database = await open();
    const schema = database.people.schema.jsonSchema;
    const byId: number[] = [];
    for (let i = 0; i < 3; i++) {
      byId.push(
        await timedMs(() =>
          database.people.storageInstance.query(
            prepareQuery(
              schema,
              normalizeMangoQuery(schema, {
                selector: { _deleted: { $eq: false }, id: { $gt: '' } },
                sort: [{ id: 'asc' }],
                limit: 500,
              } as MangoQuery<PersonDocument>),
            ),
          ),
        ),
      );
    }
    const byLastWrite: number[] = [];
    let started = performance.now();
    for await (const page of livePages(database.people, 500)) {
      byLastWrite.push(performance.now() - started);
      if (page.length === 0 || byLastWrite.length === 20) break;
      started = performance.now();
    }
    let bytes = 0;
    let documents = 0;
    const backupMs = await timedMs(async () => {
      for await (const chunk of exportBackup(database, {
        appVersion: 'bench',
        onProgress: (written) => (documents = written),
      }))
        bytes += chunk.length;
    });
    return {
      byIdPageMs: byId,
      lastWritePageMs: byLastWrite,
      backupMs,
      backupBytes: bytes,
      backupDocuments: documents,
    };
  },

  async wipe() {
    const database = await open();
    await database.remove();
    db = undefined;
    index = undefined;
  },
};

/** The event with the most attendance records: the door's heaviest evening. */
async function busiestEvent(database: TilleulDatabase): Promise<{ records: AttendanceDocument[] }> {
  const all = await readAll(database.attendance);
  const byEvent = new Map<string, AttendanceDocument[]>();
  for (const record of all) {
    const records = byEvent.get(record.eventId) ?? [];
    records.push(record);
    byEvent.set(record.eventId, records);
  }
  let records: AttendanceDocument[] = [];
  for (const candidate of byEvent.values()) if (candidate.length > records.length) records = candidate;
  return { records };
}

/** What the app's sheet printing does before handing the bytes to the platform. */
function printSheetBytes(input: ReturnType<typeof benchSheet>): Promise<Uint8Array> {
  return attendanceSheetPdf(input);
}

/** The sheets' instances, on Dexie in the packed storage's prototype: the collection and its replication's meta-data. */
function isSheetsInstance(params: RxStorageInstanceCreationParams<unknown, unknown>): boolean {
  if (params.collectionName === 'sheets') return true;
  const schema = params.schema as { title?: string; properties: Record<string, { properties?: object }> };
  const replicated = schema.properties['docData']?.properties ?? {};
  return schema.title === META_INSTANCE_SCHEMA_TITLE && 'parts' in replicated && 'closedAt' in replicated;
}

/** The packed log's name of a collection's instance (packed-storage.ts: database, collection, schema version). */
function packedInstanceKey(collection: string): string {
  const version = (derivedSchemas as Record<string, { version: number }>)[collection]?.version;
  if (version === undefined) throw new Error(`No schema for ${collection}`);
  return `${PACKED_DB_NAME}/${collection}/${version}`;
}

export type TilleulBench = typeof bench;
(globalThis as { tilleulBench?: TilleulBench }).tilleulBench = bench;
const state = document.getElementById('state');
if (state) state.textContent = 'prêt';
