import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoAssociation } from '@shared/demo/demo-association';
import { makeAttendance, makeEvent } from '@shared/events/testing';
import { collectionSpecs } from '@shared/schema/collections';
import { Directory } from '@renderer/data/directory';
import { CURRENT_SNAPSHOT_SIGNATURE, memorySnapshotStore } from '@renderer/data/directory-snapshot';
import type { FetchLike } from '@renderer/sync/api-client';
import { startTestClient, startTestServer, until } from '../../test/sync/harness';
import type { TestClient, TestServer } from '../../test/sync/harness';
import { eventId, userId } from '@shared/testing/ids';

/**
 * Issue 19, « usable first »: a new device receives the people and households first, then the
 * events and their attendance, then the memberships, against a real server on 127.0.0.1.
 */
const SPECS = {
  people: collectionSpecs.people,
  households: collectionSpecs.households,
  events: collectionSpecs.events,
  attendance: collectionSpecs.attendance,
  memberships: collectionSpecs.memberships,
  audit: collectionSpecs.audit,
};

let server: TestServer;
const clients: TestClient[] = [];
const demo = generateDemoAssociation({ size: 400, seed: 19 });
const today = new Date().toISOString().slice(0, 10);
const events = [
  makeEvent({ id: 'event-loto' }),
  makeEvent({ id: 'event-ag', title: 'Assemblée générale' }),
  makeEvent({ id: 'event-tonight', title: 'Bal du soir', startsOn: today }),
];
/** Let in tonight at another door before a new door device joins. */
const tonight = demo.people.slice(0, 3).map((person, index) =>
  makeAttendance(eventId('event-tonight'), person.id, {
    present: true,
    checkedInAt: `${today}T18:0${index}:00.000Z`,
    checkedInDevice: 'Porte 2',
  }),
);
const attendance = [
  ...demo.people.slice(0, 150).map((person) => makeAttendance(eventId('event-loto'), person.id)),
  ...tonight,
];

beforeAll(async () => {
  server = await startTestServer();
  const seed = async (collection: string, documents: readonly { id: string }[]) => {
    for (let start = 0; start < documents.length; start += 500) {
      const rows = documents
        .slice(start, start + 500)
        .map((document) => ({ newDocumentState: { ...document, _deleted: false } }));
      await server.store().push(server.orgId, collection, rows);
    }
  };
  // Stored in the reverse of the order of need: the sequence alone would bring them the other way.
  await seed('memberships', demo.memberships);
  await seed('attendance', attendance);
  await seed('events', events);
  await seed('households', demo.households);
  await seed('people', demo.people);
});
afterAll(async () => {
  await server.dispose();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

const collectionOf = (url: string) => /\/sync\/([a-z]+)\/pull/.exec(url)?.[1];
/** A one-document pull at the start is the progress's count of what the server holds. */
const isCounting = (url: string) => url.includes('limit=1&') || url.endsWith('limit=1');

describe('first sync in order of need', () => {
  it('completes the people and households, then the events and attendance, then the memberships', async () => {
    const log: string[] = [];
    const recordingPulls: FetchLike = async (input, init) => {
      const collection = collectionOf(input);
      const counting = isCounting(input);
      if (collection && !counting && !log.includes(`${collection}: pulled`))
        log.push(`${collection}: pulled`);
      // A little latency, so that collections started together would interleave.
      if (collection) await new Promise((resolve) => setTimeout(resolve, 5));
      return fetch(input, init);
    };
    const client = await startTestClient(server, 'ordre', {
      specs: SPECS,
      fetch: recordingPulls,
      engine: { pullBatchSize: 100 },
    });
    clients.push(client);
    for (const [name, replication] of client.engine.replications) {
      void replication.awaitInitialReplication().then(() => log.push(`${name}: complete`));
    }
    await client.engine.awaitInSync();
    await until(() => log.filter((line) => line.endsWith('complete')).length === 6);

    const at = (line: string) => {
      const index = log.indexOf(line);
      expect(index, line).toBeGreaterThanOrEqual(0);
      return index;
    };
    const complete = (...names: string[]) => Math.max(...names.map((name) => at(`${name}: complete`)));
    const firstPull = (...names: string[]) => Math.min(...names.map((name) => at(`${name}: pulled`)));
    expect(complete('people', 'households')).toBeLessThan(firstPull('events', 'attendance'));
    expect(complete('events', 'attendance')).toBeLessThan(firstPull('memberships'));
    expect(complete('memberships')).toBeLessThan(firstPull('audit'));
    expect(await client.db.people.count().exec()).toBe(demo.people.length);
    expect(await client.db.attendance.count().exec()).toBe(attendance.length);
    expect(await client.db.memberships.count().exec()).toBe(demo.memberships.length);
  });

  it('finds people at the door search before a single membership has arrived', async () => {
    let release: () => void = () => undefined;
    const membershipsHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    let membershipPulls = 0;
    const heldMemberships: FetchLike = async (input, init) => {
      if (collectionOf(input) === 'memberships') {
        membershipPulls += 1;
        await membershipsHeld;
      }
      return fetch(input, init);
    };
    const client = await startTestClient(server, 'porte', {
      specs: SPECS,
      fetch: heldMemberships,
      engine: { pullBatchSize: 100 },
    });
    clients.push(client);
    // The directory the member list and the entrance read, opened as the app does at start-up.
    const directory = await Directory.open(client.db, {
      snapshot: memorySnapshotStore(),
      signature: CURRENT_SNAPSHOT_SIGNATURE,
    });
    try {
      const wanted = demo.people[demo.people.length - 1];
      if (!wanted) throw new Error('no demo people');
      await until(() => directory.getView().people.size === demo.people.length);
      await until(() => membershipPulls > 0);
      const hits = directory.getView().index.search(`${wanted.firstName} ${wanted.lastName}`);
      expect(hits.map((hit) => hit.person.id)).toContain(wanted.id);
      expect(directory.getView().households.size).toBe(demo.households.length);
      expect(await client.db.memberships.count().exec()).toBe(0);

      release();
      await client.engine.awaitInSync();
      await until(() => directory.getView().memberships.size === demo.memberships.length);
    } finally {
      release();
      directory.close();
    }
  });

  it('gives a new door device its search from the directory seed, the events and check-ins before the people', async () => {
    let release: () => void = () => undefined;
    const peopleHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    const log: string[] = [];
    const heldPeople: FetchLike = async (input, init) => {
      const collection = collectionOf(input);
      const counting = isCounting(input);
      if (collection && !counting && !log.includes(`${collection}: pulled`))
        log.push(`${collection}: pulled`);
      if (input.includes('/sync/directory-seed')) log.push('seed asked');
      if ((collection === 'people' || collection === 'households') && !counting) await peopleHeld;
      return fetch(input, init);
    };
    // As the app does: the directory opens after the sync has started, and takes the seed then.
    let opened: (directory: Directory) => void = () => undefined;
    const directoryOpened = new Promise<Directory>((resolve) => {
      opened = resolve;
    });
    let settled = 0;
    const client = await startTestClient(server, 'porte-graine', {
      specs: SPECS,
      scope: 'door',
      fetch: heldPeople,
      engine: {
        pullBatchSize: 100,
        directorySeed: {
          adopt: async (stored) => (await directoryOpened).adoptSeed(stored),
          settle: async () => {
            await (await directoryOpened).settleSeed();
            settled += 1;
          },
        },
      },
    });
    clients.push(client);
    for (const [name, replication] of client.engine.replications)
      void replication.awaitInitialReplication().then(() => log.push(`${name}: complete`));
    const directory = await Directory.open(client.db, {
      snapshot: memorySnapshotStore(),
      signature: CURRENT_SNAPSHOT_SIGNATURE,
    });
    opened(directory);
    try {
      const wanted = demo.people[demo.people.length - 1];
      if (!wanted) throw new Error('no demo people');
      // Searchable, statuses included, with not a person pulled: the entrance works.
      await until(() => directory.getView().index.size === demo.people.length);
      expect(await client.db.people.count().exec()).toBe(0);
      const hits = directory.getView().index.search(`${wanted.lastName} ${wanted.firstName}`);
      expect(hits.map((hit) => hit.person.id)).toContain(wanted.id);
      expect(directory.getView().statusMemberships.size).toBe(demo.memberships.length);
      // The door's projection: no e-mail in its index.
      expect(directory.getView().index.get(wanted.id)).toMatchObject({ email: '' });
      await until(() => client.status.get().firstSync?.searchable === demo.people.length);
      // Who is already in comes before the people, who fill the collections behind the seed.
      await until(() => log.includes('attendance: complete') && log.includes('events: complete'));
      expect(log).not.toContain('people: complete');

      release();
      await client.engine.awaitInSync();
      await until(() => settled === 1);
      expect(await client.db.people.count().exec()).toBe(demo.people.length);
      expect(directory.getView().index.size).toBe(demo.people.length);
      expect(log.indexOf('seed asked')).toBeGreaterThanOrEqual(0);
      expect(log.indexOf('attendance: complete')).toBeLessThan(log.indexOf('people: complete'));
      expect(log.indexOf('people: complete')).toBeLessThan(log.indexOf('memberships: pulled'));
    } finally {
      release();
      directory.close();
    }
  });

  it('gives a new door device tonight’s check-ins with its seed, held until its attendance is pulled', async () => {
    let release: () => void = () => undefined;
    const attendanceHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    const heldAttendance: FetchLike = async (input, init) => {
      if (collectionOf(input) === 'attendance' && !isCounting(input)) await attendanceHeld;
      return fetch(input, init);
    };
    let opened: (directory: Directory) => void = () => undefined;
    const directoryOpened = new Promise<Directory>((resolve) => {
      opened = resolve;
    });
    const client = await startTestClient(server, 'porte-entrees', {
      specs: SPECS,
      scope: 'door',
      fetch: heldAttendance,
      engine: {
        pullBatchSize: 100,
        directorySeed: {
          adopt: async (stored, records) => (await directoryOpened).adoptSeed(stored, records),
          attendanceIn: () => void directoryOpened.then((directory) => directory.seedAttendanceIn()),
          settle: async () => (await directoryOpened).settleSeed(),
        },
      },
    });
    clients.push(client);
    const directory = await Directory.open(client.db, {
      snapshot: memorySnapshotStore(),
      signature: CURRENT_SNAPSHOT_SIGNATURE,
      documents: false,
    });
    opened(directory);
    try {
      // Before a single check-in is pulled, the entrance knows who is in tonight, when, and where.
      await until(() => directory.getView().seededAttendance !== undefined);
      expect(await client.db.attendance.count().exec()).toBe(0);
      const seeded = directory.getView().seededAttendance;
      expect([...(seeded?.keys() ?? [])]).toEqual(['event-tonight']);
      expect(seeded?.get('event-tonight')).toEqual(tonight);

      release();
      await client.engine.awaitInSync();
      await until(() => directory.getView().seededAttendance === undefined);
      expect(await client.db.attendance.count().exec()).toBe(attendance.length);
    } finally {
      release();
      directory.close();
    }
  });

  it('syncs a new door device as before when the server sends no seed (an older server)', async () => {
    const noSeed: FetchLike = async (input, init) =>
      input.includes('/sync/directory-seed')
        ? new Response(JSON.stringify({ code: 'NOT_FOUND', message: 'Route inconnue.' }), { status: 404 })
        : fetch(input, init);
    let adopted = 0;
    const client = await startTestClient(server, 'porte-sans-graine', {
      specs: SPECS,
      scope: 'door',
      fetch: noSeed,
      engine: {
        pullBatchSize: 100,
        directorySeed: {
          adopt: () => {
            adopted += 1;
            return Promise.resolve(true);
          },
          settle: () => Promise.resolve(),
        },
      },
    });
    clients.push(client);
    await client.engine.awaitInSync();
    await until(() => client.status.get().firstSync === null);
    expect(adopted).toBe(0);
    expect(await client.db.people.count().exec()).toBe(demo.people.length);
    expect(client.status.get().problems).toEqual([]);
  });

  it('tells an office device’s directory when its first sync begins and ends, and asks no seed', async () => {
    const calls: string[] = [];
    let asked = false;
    const watching: FetchLike = async (input, init) => {
      if (input.includes('/sync/directory-seed')) asked = true;
      return fetch(input, init);
    };
    const client = await startTestClient(server, 'bureau-repertoire', {
      specs: SPECS,
      fetch: watching,
      engine: {
        pullBatchSize: 100,
        directorySeed: {
          adopt: () => {
            calls.push('adopt');
            return Promise.resolve(true);
          },
          began: () => calls.push('began'),
          settle: () => {
            calls.push('settle');
            return Promise.resolve();
          },
        },
      },
    });
    clients.push(client);
    await client.engine.awaitInSync();
    await until(() => calls.includes('settle'));
    expect(calls).toEqual(['began', 'settle']);
    expect(asked).toBe(false);
    expect(await client.db.people.count().exec()).toBe(demo.people.length);
  });

  it('shows each collection’s progress out of the server’s count while the first sync lasts, then no more', async () => {
    const client = await startTestClient(server, 'progres', {
      specs: SPECS,
      engine: { pullBatchSize: 100 },
    });
    clients.push(client);
    const seen: NonNullable<ReturnType<typeof client.status.get>['firstSync']>[] = [];
    // « À jour » under a first sync's progress (between two stages, every started replication
    // rests for a moment) would tell a volunteer that everything is there when it is not.
    const upToDateDuring: string[] = [];
    const unsubscribe = client.status.subscribe(() => {
      const { firstSync, phase } = client.status.get();
      if (firstSync) seen.push(firstSync);
      if (firstSync && phase === 'upToDate')
        upToDateDuring.push(
          firstSync.collections
            .filter((c) => !c.done)
            .map((c) => c.collection)
            .join(', '),
        );
    });
    await client.engine.awaitInSync();
    await until(() => client.status.get().firstSync === null);
    unsubscribe();
    expect(upToDateDuring).toEqual([]);
    expect(client.status.get().phase).toBe('upToDate');
    const people = seen.map((snapshot) => snapshot.collections.find((c) => c.collection === 'people'));
    // Part-way: some received, out of every person the server holds.
    expect(people).toContainEqual(
      expect.objectContaining({ received: 200, expected: demo.people.length, done: false }),
    );
    expect(people.every((line) => line?.expected === null || line?.expected === demo.people.length)).toBe(
      true,
    );
    // In order of need, with megabytes counted for what arrived.
    const last = seen[seen.length - 1];
    expect(last?.collections.map((c) => c.collection)).toEqual([
      'people',
      'households',
      'events',
      'attendance',
      'memberships',
      'audit',
    ]);
    const memberships = last?.collections.find((c) => c.collection === 'memberships');
    expect(memberships?.expected).toBe(demo.memberships.length);
    expect(people[people.length - 1]?.bytes).toBeGreaterThan(100_000);

    // Started again on the same database: the first sync is over, nothing more to show.
    await client.engine.stop();
    const { startSyncEngine } = await import('@renderer/sync/sync-engine');
    client.engine = startSyncEngine({
      db: client.db,
      enrolment: client.enrolment,
      status: client.status,
      retryTime: 100,
      waitForLeadership: false,
      specs: SPECS,
      auditActor: () => ({
        userId: userId('u'),
        userName: 'u',
        deviceId: client.enrolment.deviceId,
        now: () => new Date(),
      }),
    });
    let shown = false;
    const watch = client.status.subscribe(() => (shown ||= client.status.get().firstSync !== null));
    await client.engine.awaitInSync();
    watch();
    expect(shown).toBe(false);
  });
});
