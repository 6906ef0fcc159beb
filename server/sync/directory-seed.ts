import { setImmediate as nextTurn } from 'node:timers/promises';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { PeopleSearchIndex } from '@shared/search/people-index';
import type { DirectoryMembership, DirectoryPerson } from '@shared/search/snapshot';
import type { DirectorySeedResponse } from '@shared/sync/directory-seed';
import {
  CURRENT_SNAPSHOT_SIGNATURE,
  directorySeedResponse,
  SEED_ATTENDANCE_MAX,
  seedFromIndex,
  seedsAttendanceOf,
} from '@shared/sync/directory-seed';
import { deviceReadAccess, project } from '@shared/sync/read-scope';
import { MAX_PULL_LIMIT } from '@shared/sync/protocol';
import type { Device, Store } from '@server/storage/store';
import type { ChangeFeed } from '@server/sync/change-feed';

/** Pages read from the store while the seed is built (the wire's page bound does not apply). */
const SEED_PAGE_BYTES = 16 * 1024 * 1024;
/** People indexed between two turns of the event loop: the pulls of other devices go on. */
const INDEX_SLICE = 2000;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * What the directory takes of a person as the device holds it: its fields (a door device's
 * projection has no e-mail: the device fills in '' as its pull does, shared/sync/read-scope.ts).
 */
function personOf(document: Record<string, unknown>): DirectoryPerson {
  const former = document.formerMemberNumbers;
  return {
    id: text(document.id) as PersonDocument['id'],
    kind: (text(document.kind) || 'person') as PersonDocument['kind'],
    firstName: text(document.firstName),
    lastName: text(document.lastName),
    memberNumber: text(document.memberNumber),
    formerMemberNumbers: Array.isArray(former)
      ? former.filter((n): n is string => typeof n === 'string')
      : [],
    email: text(document.email),
    householdId: text(document.householdId) as PersonDocument['householdId'],
  };
}

function membershipOf(document: Record<string, unknown>): DirectoryMembership {
  return {
    id: text(document.id) as MembershipDocument['id'],
    holderKind: text(document.holderKind) as MembershipDocument['holderKind'],
    holderId: text(document.holderId) as MembershipDocument['holderId'],
    seasonId: text(document.seasonId) as MembershipDocument['seasonId'],
    cancelledOn: text(document.cancelledOn),
  };
}

/** Every live document of `collection` as `device` may read it (projected), page by page. */
async function readable<T>(
  store: Store,
  device: Device,
  collection: 'people' | 'memberships' | 'events' | 'attendance',
  take: (document: Record<string, unknown>) => T | undefined,
): Promise<T[]> {
  const access = deviceReadAccess(device.scope, collection);
  const taken: T[] = [];
  let seq = 0;
  for (;;) {
    const page = await store.pull(device.orgId, collection, seq, MAX_PULL_LIMIT, SEED_PAGE_BYTES, {
      skipDeletionsUpTo: Number.MAX_SAFE_INTEGER,
    });
    for (const document of page.documents) {
      if (document._deleted === true) continue;
      const seen = project(access, document);
      const kept = seen ? take(seen) : undefined;
      if (kept !== undefined) taken.push(kept);
    }
    if (page.documents.length < MAX_PULL_LIMIT && !page.more) return taken;
    seq = page.seq;
    await nextTurn();
  }
}

/**
 * The directory seed of `device` (shared/sync/directory-seed.ts): its people and memberships as
 * its pulls give them — a door device's projected, never an address, a contact or an amount —
 * built into the search snapshot a device keeps. Built in slices, so that the server answers the
 * pulls of the same device (its events, its check-ins) and of others meanwhile.
 */
export async function directorySeedFor(
  store: Store,
  device: Device,
  now: Date,
): Promise<DirectorySeedResponse> {
  const people = await readable(store, device, 'people', personOf);
  const memberships = await readable(store, device, 'memberships', membershipOf);
  const index = new PeopleSearchIndex<DirectoryPerson>();
  await index.upsertManyInSlices(people, INDEX_SLICE, () => nextTurn());
  const stored = seedFromIndex(index, memberships, CURRENT_SNAPSHOT_SIGNATURE, now);
  return directorySeedResponse(stored, { people: people.length, memberships: memberships.length });
}

/**
 * The check-ins and registrations of the events around today that `device` may read, as its pulls
 * give them (shared/sync/directory-seed.ts, `seedsAttendanceOf`): read at each request, never
 * cached — they change with every entry at every door. `undefined` beyond `SEED_ATTENDANCE_MAX`
 * (the device then pulls them as without a seed) or when the device may not read them.
 */
export async function seedAttendanceFor(
  store: Store,
  device: Device,
  now: Date,
): Promise<Record<string, unknown>[] | undefined> {
  if (deviceReadAccess(device.scope, 'attendance').kind === 'none') return undefined;
  const events = await readable(store, device, 'events', (event) =>
    seedsAttendanceOf(event, now) ? text(event.id) : undefined,
  );
  if (events.length === 0) return [];
  const around = new Set(events);
  const attendance = await readable(store, device, 'attendance', (record) =>
    around.has(text(record.eventId)) ? { ...record, _deleted: false } : undefined,
  );
  return attendance.length > SEED_ATTENDANCE_MAX ? undefined : attendance;
}

/** The collections a seed is built from: a change to one of them makes a cached seed stale. */
const SEED_COLLECTIONS: ReadonlySet<string> = new Set(['people', 'memberships']);
/** How long a seed is kept after it was last asked for. */
const SEED_KEPT_MS = 10 * 60_000;
/** Seeds kept at most (an association's door and office scopes, a few associations). */
const SEEDS_KEPT = 8;

interface CachedSeed {
  seed: Promise<DirectorySeedResponse>;
  stop: () => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * The directory seeds built lately, one per association and read scope: the doors that join
 * together on a Saturday morning (or a device that asks again) share one build of 3–4 s of the
 * server's processor at 50,000 people instead of each paying it. A seed is dropped as soon as
 * its association's people or memberships change (the change feed: this process's pushes, and
 * with PostgreSQL the other processes' too), when the feed may have missed changes, ten minutes
 * after it was last asked for, or beyond eight seeds.
 */
export class DirectorySeedCache {
  private readonly seeds = new Map<string, CachedSeed>();

  constructor(
    private readonly changes: ChangeFeed,
    private readonly build: (device: Device) => Promise<DirectorySeedResponse>,
    private readonly keptMs = SEED_KEPT_MS,
  ) {}

  seedFor(device: Device): Promise<DirectorySeedResponse> {
    // The scope decides what the seed holds: a door's never is an office's.
    const key = `${device.orgId}\u0000${device.scope}`;
    const cached = this.seeds.get(key);
    if (cached) {
      this.keep(key, cached);
      return cached.seed;
    }
    const entry: CachedSeed = { seed: this.build(device), stop: () => undefined };
    entry.stop = this.changes.subscribe(device.orgId, (event) => {
      if (event.type === 'RESYNC' || SEED_COLLECTIONS.has(event.collection)) this.drop(key, entry);
    });
    this.seeds.set(key, entry);
    this.keep(key, entry);
    entry.seed.catch(() => this.drop(key, entry));
    for (const [oldest, seed] of this.seeds) {
      if (this.seeds.size <= SEEDS_KEPT) break;
      this.drop(oldest, seed);
    }
    return entry.seed;
  }

  /** Every seed dropped (the server closes). */
  clear(): void {
    for (const [key, entry] of this.seeds) this.drop(key, entry);
  }

  private keep(key: string, entry: CachedSeed) {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.drop(key, entry), this.keptMs);
    entry.timer.unref?.();
    // The most recently asked for last: the first is the one to drop.
    this.seeds.delete(key);
    this.seeds.set(key, entry);
  }

  private drop(key: string, entry: CachedSeed) {
    clearTimeout(entry.timer);
    entry.stop();
    if (this.seeds.get(key) === entry) this.seeds.delete(key);
  }
}
