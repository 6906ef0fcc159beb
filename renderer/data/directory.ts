import type { Subscription } from 'rxjs';
import type { RxChangeEvent, RxCollection } from 'rxdb/plugins/core';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import type { DeviceScope } from '@shared/sync/protocol';
import { PeopleSearchIndex } from '@shared/search/people-index';
import type {
  DecodedSnapshot,
  DirectoryMembership,
  DirectoryPerson,
  StoredSnapshot,
} from '@shared/search/snapshot';
import {
  decodeSnapshot,
  directoryMembership,
  directoryPerson,
  encodeSnapshot,
  sameDirectoryPerson,
} from '@shared/search/snapshot';
import type { TilleulDatabase } from '@renderer/data/database';
import type { SnapshotStore } from '@renderer/data/directory-snapshot';
import { readAll } from '@renderer/data/read-all';
import { withoutMeta } from '@renderer/data/without-meta';

/** What screens read: the directory at one version (a new object at each change). */
export interface DirectoryView {
  /**
   * Every document, once `complete`; empty before, and always on a door device (`documents:
   * false`), whose screens read the index and the statuses only.
   */
  readonly people: ReadonlyMap<string, PersonDocument>;
  readonly households: ReadonlyMap<string, HouseholdDocument>;
  readonly memberships: ReadonlyMap<string, MembershipDocument>;
  /** The door's search, usable from the start (from the snapshot until `complete`). */
  readonly index: PeopleSearchIndex<DirectoryPerson>;
  /**
   * What a person's status needs, usable from the start like the index. The directory's one map,
   * made when first read (`Directory.statuses`) and changed in place: every view reads the
   * current one, a view made before a door's seed was adopted included.
   */
  readonly statusMemberships: ReadonlyMap<string, DirectoryMembership>;
  /** The collections have been read: the maps above hold every document. */
  readonly complete: boolean;
  /**
   * A new door device's seed also brought the check-ins and registrations of the events around
   * today (by event), until its first pull of the attendance has made its pass
   * (`seedAttendanceIn`): what the entrance shows of a record this device does not hold yet.
   * `undefined` without them (no seed, an older server, or too many).
   */
  readonly seededAttendance: ReadonlyMap<string, readonly AttendanceDocument[]> | undefined;
  readonly version: number;
}

/**
 * The snapshot read, decoded and indexed: what the door searches before the collections are
 * read. `prepareSnapshot` can start before RxDB opens (main.tsx), so that this work overlaps
 * RxDB's own opening instead of following it.
 */
export interface PreparedSnapshot {
  found: DecodedSnapshot['kind'];
  index: PeopleSearchIndex<DirectoryPerson>;
  /**
   * What the statuses need, as the snapshot lists them: made as they are iterated, which the
   * directory does once, when it maps them by id on first use.
   */
  memberships: Iterable<DirectoryMembership>;
}

/** Reads `store`'s snapshot and builds the door's index from it (empty when it is not usable). */
export async function prepareSnapshot(store: SnapshotStore, signature: string): Promise<PreparedSnapshot> {
  performance.mark('tilleul:start:snapshot-requested');
  const stored = await store.read().catch((error: unknown) => {
    console.error('[tilleul] search snapshot unreadable', error);
    return undefined;
  });
  performance.mark('tilleul:start:snapshot-read');
  const decoded = decodeSnapshot(stored, signature);
  performance.mark('tilleul:start:snapshot-decoded');
  if (decoded.kind !== 'ok') {
    if (decoded.kind !== 'missing')
      console.warn(`[tilleul] search snapshot ${decoded.kind}, rebuilt`, decoded);
    return {
      found: decoded.kind,
      index: new PeopleSearchIndex<DirectoryPerson>(),
      memberships: [],
    };
  }
  // The index was stored built: decoding restored it (nothing folded or sorted here). The
  // memberships stay a list until something asks for them by id (`Directory.statuses`).
  performance.mark('tilleul:start:snapshot-indexed');
  return { found: 'ok', index: decoded.snapshot.index, memberships: decoded.snapshot.memberships };
}

export interface DirectoryOptions {
  snapshot: SnapshotStore;
  /** The snapshot already being prepared (main.tsx starts it before RxDB opens); else read here. */
  prepared?: Promise<PreparedSnapshot>;
  /** `CURRENT_SNAPSHOT_SIGNATURE` in the app. */
  signature: string;
  /** A change is written to the snapshot this long after the last of a burst (default 2 s). */
  writeDelayMs?: number;
  /**
   * Keep whole documents in `people`, `households` and `memberships` (default). A door device
   * does not: the entrance and the event page read the index and the statuses, and the maps were
   * half of a door's heap at rest at 50,000 people (issue 19).
   */
  documents?: boolean;
  now?: () => Date;
}

/**
 * Whether a device of `scope` keeps whole documents in its directory (`DirectoryOptions.documents`):
 * every device but a door (an unenrolled one has no scope).
 */
export function keepsDocuments(scope: DeviceScope | undefined): boolean {
  return scope !== 'door';
}

type Kind = 'people' | 'households' | 'memberships';
interface Change {
  kind: Kind;
  doc: { id: string };
  removed: boolean;
}

const DEFAULT_WRITE_DELAY_MS = 2000;

function sameMembership(a: DirectoryMembership, b: DirectoryMembership): boolean {
  return (
    a.id === b.id &&
    a.holderKind === b.holderKind &&
    a.holderId === b.holderId &&
    a.seasonId === b.seasonId &&
    a.cancelledOn === b.cancelledOn
  );
}

/**
 * The people matching `query`, best first, as full documents: for the screens that show more
 * than the door (they wait for `complete`, see app/DirectoryGate.tsx).
 */
export function searchPeople(view: DirectoryView, query: string, limit: number): PersonDocument[] {
  const found: PersonDocument[] = [];
  for (const { person } of view.index.search(query, { limit })) {
    const doc = view.people.get(person.id);
    if (doc) found.push(doc);
  }
  return found;
}

/**
 * The members file in memory, kept up to date from RxDB's change stream (local writes, other
 * tabs, sync). At start-up the search index and the status inputs come from the search snapshot
 * (one IndexedDB record, shared/search/snapshot.ts), so the door searches at once; the
 * collections are read in the background, then every document is here (`complete`). Without a
 * usable snapshot (missing, another schema, corrupt) `open` reads the collections first, as
 * before. The snapshot is rewritten from the change stream (debounced) and at `flushSnapshot`.
 */
export class Directory {
  readonly people = new Map<string, PersonDocument>();
  readonly households = new Map<string, HouseholdDocument>();
  readonly memberships = new Map<string, MembershipDocument>();
  /** Replaced once, by a new door device's seed (`adoptSeed`); otherwise the one of the start. */
  private searchIndex: PeopleSearchIndex<DirectoryPerson>;
  /** The statuses' memberships by id, once made (`statuses`). */
  private statusMap: Map<string, DirectoryMembership> | undefined;
  /** The snapshot's memberships, until `statuses` is first read. */
  private statusList: Iterable<DirectoryMembership>;
  /** What `open` found in the snapshot store. */
  readonly snapshotFound: DecodedSnapshot['kind'];
  /** Settles once the collections are read (at once when `open` had to read them). */
  completed: Promise<void> = Promise.resolve();
  private complete = false;
  private view: DirectoryView;
  private readonly listeners = new Set<() => void>();
  private readonly subscriptions: Subscription[] = [];
  /** Changes seen while the collections are being read, applied again over what was read. */
  private pending: Change[] = [];
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  /**
   * A seed from the server, as it came, adopted until the first sync ends. Meanwhile the index
   * holds people not pulled yet, so a read of the collections must not take them out, and no
   * snapshot is written (it would be taken for the collections' copy at the next start). At the
   * end, when nothing pulled differed from it (`seedChanged`), it is the snapshot to write as it
   * is: encoding 50,000 people allocates about 110 MB, at the moment a door's heap is at its
   * fullest (issue 19).
   */
  private seed: StoredSnapshot | undefined;
  private seedChanged = false;
  /**
   * While a seed stands: the people and memberships this device holds (held when the seed came,
   * read, or pulled since), so that at its end the seed's others — deleted before they could be
   * pulled — go, without the maps (a door has none) or a second read of the collections.
   */
  private held: { people: Set<string>; memberships: Set<string> } | undefined;
  /** A first sync is under way: the snapshot is written at its end (`firstSyncBegan`). */
  private holding = false;
  /** See `DirectoryView.seededAttendance`. */
  private seededAttendance: Map<string, AttendanceDocument[]> | undefined;

  private constructor(
    private readonly db: TilleulDatabase,
    private readonly options: DirectoryOptions,
    prepared: PreparedSnapshot,
  ) {
    this.searchIndex = prepared.index;
    this.statusList = prepared.memberships;
    this.snapshotFound = prepared.found;
    this.view = this.makeView(0);
  }

  get index(): PeopleSearchIndex<DirectoryPerson> {
    return this.searchIndex;
  }

  get statusMemberships(): Map<string, DirectoryMembership> {
    return this.statuses;
  }

  /**
   * The memberships by id, made from the snapshot's list when first read: at 50,000 people,
   * mapping 54,000 of them took 80–100 ms of a cold start's thread before the first frame, and
   * the lock screen reads none of it (issue 19). The entrance's statuses, the collections' read
   * in the background and the first change read it; each finds it made from then on.
   */
  private get statuses(): Map<string, DirectoryMembership> {
    if (!this.statusMap) {
      const map = new Map<string, DirectoryMembership>();
      for (const membership of this.statusList) map.set(membership.id, membership);
      this.statusMap = map;
      this.statusList = [];
    }
    return this.statusMap;
  }

  private set statuses(map: Map<string, DirectoryMembership>) {
    this.statusMap = map;
    this.statusList = [];
  }

  /**
   * A new door device's directory seed (shared/sync/directory-seed.ts), before its first sync
   * has pulled the people: the door's search and statuses start from it. What this device already
   * holds (pulled since the seed was built, or written here) stays over it. False, and nothing
   * changed, when the seed is not usable (another schema, corrupt): the first sync goes on as
   * without one.
   */
  adoptSeed(stored: StoredSnapshot, attendance?: readonly AttendanceDocument[]): boolean {
    const decoded = decodeSnapshot(stored, this.options.signature);
    if (decoded.kind !== 'ok') {
      console.warn(`[tilleul] directory seed ${decoded.kind}, not used`, decoded);
      return false;
    }
    if (attendance) {
      const byEvent = new Map<string, AttendanceDocument[]>();
      for (const record of attendance) {
        const records = byEvent.get(record.eventId);
        if (records) records.push(record);
        else byEvent.set(record.eventId, [record]);
      }
      this.seededAttendance = byEvent;
    }
    const { index, memberships } = decoded.snapshot;
    const before = { index: this.searchIndex, statuses: this.statuses };
    this.searchIndex = index;
    this.statuses = new Map(Array.from(memberships, (membership) => [membership.id, membership]));
    this.seed = stored;
    this.seedChanged = false;
    this.held = { people: new Set(), memberships: new Set() };
    // Held here go over it (only what differs): once complete, what the index and the statuses
    // held (the collections' copy); else the changes seen since the start, and the collections
    // once read. Seeded, nobody of the seed is taken out.
    if (this.complete) {
      const people = [...before.index.values()];
      for (const person of people) this.held.people.add(person.id);
      for (const id of before.statuses.keys()) this.held.memberships.add(id);
      const statusesDiffer = this.alignStatuses(before.statuses.values());
      if (this.reconcileIndex(people) || statusesDiffer) this.seedChanged = true;
    }
    for (const change of this.pending) this.apply(change);
    this.changed();
    return true;
  }

  /**
   * The first sync that followed a seed has ended: the collections hold what it stood for, and
   * every pulled document went through the change stream into the index and the statuses. What
   * the seed held and this device never received (`held`) goes — a person of the seed deleted
   * meanwhile — then the snapshot is written. The collections are not read again: at 50,000
   * people that would hold a second copy of every document at the end of a first sync.
   */
  async settleSeed(): Promise<void> {
    const adopted = this.seed;
    const held = this.held;
    if (!adopted || !held) return;
    await this.completed;
    this.seed = undefined;
    this.held = undefined;
    // What was pulled is in already (`apply`): only the seed's people and memberships this device
    // never received are left to take out.
    const gone = [...this.index.ids()].filter((id) => !held.people.has(id));
    for (const id of gone) this.index.remove(id);
    const ended = [...this.statuses.keys()].filter((id) => !held.memberships.has(id));
    for (const id of ended) this.statuses.delete(id);
    this.changed();
    if (!this.seedChanged && gone.length === 0 && ended.length === 0) {
      // Nothing pulled differed from the seed: it is this directory's snapshot, already encoded.
      this.dirty = false;
      return this.queueWrite(() => adopted);
    }
    this.dirty = true;
    await this.flushSnapshot();
  }

  /**
   * The first sync's pull of the attendance has made its pass: this device holds the check-ins
   * the seed stood for (and those since), and the seed's copies go.
   */
  seedAttendanceIn(): void {
    if (!this.seededAttendance) return;
    this.seededAttendance = undefined;
    this.changed();
  }

  /**
   * A first sync has begun: the snapshot is written once, when it ends (`firstSyncEnded`), not
   * two seconds after each page of people or memberships pulled. Encoding 50,000 people takes
   * most of a second of the page's thread and allocates about 110 MB; an office device's first
   * sync pulls a page every few seconds (issue 19). A clean exit still writes it (`flushSnapshot`),
   * and a start after a crash without it reads the collections, as without a snapshot.
   */
  firstSyncBegan(): void {
    this.holding = true;
    clearTimeout(this.timer);
  }

  /** The first sync has ended: a seed is settled, and the snapshot written if behind. */
  async firstSyncEnded(): Promise<void> {
    this.holding = false;
    if (this.seeded) return this.settleSeed();
    if (this.dirty) await this.flushSnapshot();
  }

  static async open(db: TilleulDatabase, options: DirectoryOptions): Promise<Directory> {
    const prepared = await (options.prepared ?? prepareSnapshot(options.snapshot, options.signature));
    const directory = new Directory(db, options, prepared);
    directory.follow('people', db.people);
    directory.follow('households', db.households);
    directory.follow('memberships', db.memberships);
    if (prepared.found === 'ok') {
      directory.changed();
      directory.completed = directory.readCollections().catch((error: unknown) => {
        console.error('[tilleul] directory: reading the collections failed', error);
      });
    } else {
      await directory.readCollections();
    }
    return directory;
  }

  /** Reads the three collections, replaces what the snapshot gave, then writes a new snapshot. */
  private async readCollections(): Promise<void> {
    const [people, households, memberships] = await Promise.all([
      readAll(this.db.people),
      readAll(this.db.households),
      readAll(this.db.memberships),
    ]);
    if (this.documents) {
      for (const doc of people) this.people.set(doc.id, doc);
      for (const doc of households) this.households.set(doc.id, doc);
      for (const doc of memberships) this.memberships.set(doc.id, doc);
    }
    if (this.held) {
      for (const doc of people) this.held.people.add(doc.id);
      for (const doc of memberships) this.held.memberships.add(doc.id);
    }
    // The index is brought in line (only what differs), not rebuilt: the door may be searching.
    const statusesDiffer = this.alignStatuses(memberships.map(directoryMembership), !this.seeded);
    const indexDiffers = this.reconcileIndex(people);
    // Seeded, what this device held differed from the seed: it is no longer the snapshot to write.
    if (this.seeded && (statusesDiffer || indexDiffers)) this.seedChanged = true;
    const differs = this.snapshotFound !== 'ok' || statusesDiffer || indexDiffers;
    const pending = this.pending;
    this.pending = [];
    this.complete = true;
    for (const change of pending) this.apply(change);
    // The sort keys a restored index left to derive (shared/search/people-index.ts), now that the
    // start is over, rather than during the first searches.
    this.index.deriveSortKeys();
    this.changed();
    // Written again only when the snapshot was behind (or unusable): encoding 50,000 people takes
    // a few hundred milliseconds of the page's thread, not to be spent at every start.
    if (differs || pending.length > 0) {
      this.dirty = true;
      await this.flushSnapshot();
    }
  }

  /**
   * Brings the statuses in line with `memberships` (only what differs); true if anything
   * differed. Those it does not list are taken out only when `all` says it lists every one held
   * (not while a seed stands for memberships not pulled yet).
   */
  private alignStatuses(memberships: Iterable<DirectoryMembership>, all = false): boolean {
    let differs = false;
    const listed = new Set<string>();
    for (const compact of memberships) {
      listed.add(compact.id);
      const held = this.statuses.get(compact.id);
      if (!held || !sameMembership(held, compact)) {
        this.statuses.set(compact.id, compact);
        differs = true;
      }
    }
    if (all) {
      for (const id of [...this.statuses.keys()]) {
        if (!listed.has(id)) {
          this.statuses.delete(id);
          differs = true;
        }
      }
    }
    return differs;
  }

  /** Brings the index in line with `people`; true if anything differed. */
  private reconcileIndex(people: readonly DirectoryPerson[]): boolean {
    const kept = new Set<string>();
    const changed: DirectoryPerson[] = [];
    for (const doc of people) {
      kept.add(doc.id);
      const compact = directoryPerson(doc);
      const indexed = this.index.get(doc.id);
      if (!indexed || !sameDirectoryPerson(indexed, compact)) changed.push(compact);
    }
    // Not while a seed stands for people still to be pulled.
    const gone = this.seeded ? [] : [...this.index.ids()].filter((id) => !kept.has(id));
    for (const id of gone) this.index.remove(id);
    // Nothing changed (the usual case): the restored index stays as it is, frozen tables and all.
    if (changed.length > 0) this.index.upsertMany(changed);
    return gone.length > 0 || changed.length > 0;
  }

  private follow<T extends { id: string }>(kind: Kind, collection: RxCollection<T>) {
    // Changes arrive in bulks (a sync pull, a bulk renewal): one notification per bulk.
    this.subscriptions.push(
      collection.eventBulks$.subscribe((bulk) => {
        for (const event of bulk.events as RxChangeEvent<T>[]) {
          const doc = withoutMeta<T>(event.documentData);
          const removed =
            event.operation === 'DELETE' || (event.documentData as { _deleted?: boolean })._deleted === true;
          const change = { kind, doc, removed };
          if (!this.complete) this.pending.push(change);
          this.apply(change);
        }
        this.changed();
        if (this.complete) this.scheduleWrite();
      }),
    );
  }

  private apply({ kind, doc, removed }: Change) {
    if (this.held && kind !== 'households') {
      const ids = this.held[kind];
      if (removed) ids.delete(doc.id);
      else ids.add(doc.id);
    }
    if (kind === 'people') {
      const person = doc as PersonDocument;
      if (removed) {
        if (this.index.get(person.id)) {
          this.index.remove(person.id);
          this.seedChanged = true;
        }
      } else {
        const compact = directoryPerson(person);
        const indexed = this.index.get(person.id);
        // Held as it is (a person of the seed or the snapshot pulled again, an address changed):
        // nothing to fold or index again, and a restored index keeps its tables as they are.
        if (!indexed || !sameDirectoryPerson(indexed, compact)) {
          this.index.upsert(compact);
          this.seedChanged = true;
        }
      }
    } else if (kind === 'memberships') {
      if (removed) {
        if (this.statusMemberships.delete(doc.id)) this.seedChanged = true;
      } else {
        const compact = directoryMembership(doc as MembershipDocument);
        const held = this.statusMemberships.get(doc.id);
        if (!held || !sameMembership(held, compact)) this.seedChanged = true;
        this.statusMemberships.set(doc.id, compact);
      }
    }
    if (!this.complete || !this.documents) return;
    const target = this[kind] as Map<string, { id: string }>;
    if (removed) target.delete(doc.id);
    else target.set(doc.id, doc);
  }

  private changed() {
    this.view = this.makeView(this.view.version + 1);
    for (const listener of this.listeners) listener();
  }

  private scheduleWrite() {
    this.dirty = true;
    clearTimeout(this.timer);
    if (this.holding) return;
    this.timer = setTimeout(
      () => void this.flushSnapshot(),
      this.options.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS,
    );
  }

  /**
   * Writes the snapshot now if something changed since the last write (at a clean exit, and after
   * a burst of changes). Never rejects: a snapshot that fails to be written is rebuilt next time.
   */
  flushSnapshot(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.complete || !this.dirty || this.seeded) return this.writing;
    this.dirty = false;
    // The index itself, built (shared/search/snapshot.ts): the next start restores it as it is.
    return this.queueWrite(() =>
      encodeSnapshot(
        { index: this.index.exportState(), memberships: [...this.statusMemberships.values()] },
        this.options.signature,
        (this.options.now ?? (() => new Date()))(),
      ),
    );
  }

  /** Writes `snapshot()` after the writes before it. Never rejects (rebuilt next time). */
  private queueWrite(snapshot: () => StoredSnapshot): Promise<void> {
    this.writing = this.writing
      .then(() => this.options.snapshot.write(snapshot()))
      .catch((error: unknown) => console.error('[tilleul] search snapshot not written', error));
    return this.writing;
  }

  /** Whole documents are kept in the maps (`DirectoryOptions.documents`). */
  private get documents(): boolean {
    return this.options.documents ?? true;
  }

  /** A seed stands for people and memberships not pulled yet (see `seed`). */
  private get seeded(): boolean {
    return this.seed !== undefined;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): DirectoryView => this.view;

  private makeView(version: number): DirectoryView {
    const { people, households, memberships, index, complete, seededAttendance } = this;
    const statuses = () => this.statuses;
    return {
      people,
      households,
      memberships,
      index,
      // Read when a screen shows a status, not when the view is made (`statuses`).
      get statusMemberships() {
        return statuses();
      },
      complete,
      seededAttendance,
      version,
    };
  }

  close(): void {
    clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }
}
