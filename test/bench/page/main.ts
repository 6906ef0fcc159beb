import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { generateDemoAssociation } from '@shared/demo/demo-association';
import type { DemoSize } from '@shared/demo/demo-association';
import { PeopleSearchIndex } from '@shared/search/people-index';
import type { Season } from '@shared/members/season';
import { createStatusResolver } from '@shared/members/status';
import { compareByName } from '@shared/members/sort';
import type { PersonDocument } from '@shared/members/person';
import { createTilleulDatabase } from '@renderer/data/database';
import { readAll } from '@renderer/data/read-all';
import type { TilleulDatabase } from '@renderer/data/database';

/**
 * What the benchmark drives in Chromium (test/bench/run.ts). Each function measures with
 * `performance.now()` inside the page, so Playwright's round trips are never counted.
 */
const DB_NAME = 'tilleul-bench';

let db: TilleulDatabase | undefined;
let index: PeopleSearchIndex<PersonDocument> | undefined;
let everybody: PersonDocument[] = [];
const SEASONS_KEY = 'bench-seasons';

async function open(): Promise<TilleulDatabase> {
  db ??= await createTilleulDatabase({ name: DB_NAME, storage: getRxStorageDexie(), devMode: false });
  return db;
}

async function insertAll<T>(insert: (chunk: T[]) => Promise<{ error: unknown[] }>, docs: T[]) {
  for (let i = 0; i < docs.length; i += 2000) {
    const { error } = await insert(docs.slice(i, i + 2000));
    if (error.length > 0)
      throw new Error(`bulkInsert: ${error.length} errors, first ${JSON.stringify(error[0]).slice(0, 300)}`);
  }
}

const bench = {
  /** Writes the seeded association once; the same seed gives the same data in every run. */
  async seed(size: DemoSize) {
    const started = performance.now();
    const data = generateDemoAssociation({ size, seed: 2026 });
    const database = await open();
    await insertAll((c) => database.people.bulkInsert(c), data.people);
    await insertAll((c) => database.households.bulkInsert(c), data.households);
    await insertAll((c) => database.memberships.bulkInsert(c), data.memberships);
    await database.upsertLocal(SEASONS_KEY, { seasons: data.settings.seasons.seasons });
    return {
      people: data.people.length,
      households: data.households.length,
      memberships: data.memberships.length,
      ms: performance.now() - started,
    };
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
  async rawGetAll() {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    const name = names.find((n) => n.includes(DB_NAME) && n.includes('people'));
    if (!name) throw new Error(`No IndexedDB database for people among ${names.join(', ')}`);
    const started = performance.now();
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    });
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

  /** Live JS heap after a garbage collection (Chromium with --expose-gc and precise memory info). */
  heap() {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize : null;
  },

  async wipe() {
    const database = await open();
    await database.remove();
    db = undefined;
    index = undefined;
  },
};

export type TilleulBench = typeof bench;
(globalThis as { tilleulBench?: TilleulBench }).tilleulBench = bench;
const state = document.getElementById('state');
if (state) state.textContent = 'prêt';
