import { performance } from 'node:perf_hooks';
import type { PersonDocument } from '@shared/members/person';
import { CLIENT_PULL_BATCH, MAX_PULL_LIMIT, MAX_PUSH_ROWS } from '@shared/sync/protocol';
import type { PullResponse } from '@shared/sync/protocol';
import { call, enrol } from '@server/test-support/fixtures';
import { findPostgresBin, startPostgresCluster } from '@server/test-support/postgres-cluster';
import type { PostgresCluster } from '@server/test-support/postgres-cluster';
import { newPerson } from '../sync/documents';
import { TEST_CLIENT_SPECS, startTestClient, startTestServer } from '../sync/harness';
import { BENCH_COLLECTIONS, benchDocuments } from './data';
import { DEMO_NOW } from './folded';
import type { BenchCollection, BenchData } from './data';
import type { TestServer } from '../sync/harness';
import { percentile } from './report';
import { collectionSpecs } from '@shared/schema/collections';
import { newEventId } from '@shared/ids';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import type { AttendanceDocument } from '@shared/events/attendance';
import { SHEETS_PUSH_BATCH } from '@shared/events/sheet';
import type { EventId, PersonId } from '@shared/ids';

/**
 * The sync figures of DESIGN.md (Performance budgets), measured against a real server on
 * 127.0.0.1: SQLite in a temporary folder, or PostgreSQL in a throwaway cluster. Called by the
 * bench runner; each function starts and stops everything it needs, but for `startSeededServer`,
 * whose server the initial sync in Chromium (run.ts) uses before disposing of it.
 */
export type SyncStorage = 'sqlite' | 'postgres';

async function withServer<T>(storage: SyncStorage, body: (server: TestServer) => Promise<T>): Promise<T> {
  let cluster: PostgresCluster | undefined;
  if (storage === 'postgres') {
    const bin = findPostgresBin();
    if (!bin) throw new Error('PostgreSQL introuvable (/usr/lib/postgresql/*/bin ou POSTGRES_BIN).');
    cluster = await startPostgresCluster(bin);
  }
  const server = await startTestServer(cluster ? { databaseUrl: cluster.url } : {});
  try {
    return await body(server);
  } finally {
    await server.dispose();
    await cluster?.stop();
  }
}

/** Reproducible people: the bench compares runs, so the data must not change between them. */
function people(count: number, deviceId: string): (PersonDocument & { _deleted: boolean })[] {
  const at = new Date('2026-09-01T08:00:00.000Z');
  return Array.from({ length: count }, (_, i) => ({
    ...newPerson(
      {
        firstName: `Prénom${i % 997}`,
        lastName: `Nom${i}`,
        notes: i % 10 === 0 ? 'Adhérent depuis 2019.' : '',
      },
      { deviceId, userId: 'bench', at },
    ),
    _deleted: false,
  }));
}

async function pushAll(server: TestServer, token: string, docs: readonly object[], collection = 'people') {
  // Sheets weigh up to 1 MiB each: a few per push, as the app pushes them (sync-engine.ts).
  const batch = collection === 'sheets' ? SHEETS_PUSH_BATCH : MAX_PUSH_ROWS;
  for (let start = 0; start < docs.length; start += batch) {
    const rows = docs
      .slice(start, start + batch)
      .map((doc) => ({ newDocumentState: { _deleted: false, ...doc } }));
    const reply = await call<unknown[]>(server.url, 'POST', `/api/v1/sync/${collection}/push`, {
      token,
      body: rows,
    });
    if (reply.status !== 200 || reply.body.length > 0) {
      throw new Error(
        `push refusé (${collection}) : ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`,
      );
    }
  }
}

export interface ServerThroughput {
  pullDocsPerSecond: number;
  pushDocsPerSecond: number;
}

/** Pushes `docs` people in batches of the API's maximum, then pulls them all back. */
export async function measureServerThroughput(options: {
  storage: SyncStorage;
  docs: number;
}): Promise<ServerThroughput> {
  return withServer(options.storage, async (server) => {
    const device = await enrol(server.url, server.store(), server.orgId);
    const docs = people(options.docs, device.deviceId);
    const pushStart = performance.now();
    await pushAll(server, device.token, docs);
    const pushSeconds = (performance.now() - pushStart) / 1000;

    let seq = 0;
    let pulled = 0;
    const pullStart = performance.now();
    for (;;) {
      const reply = await call<PullResponse>(
        server.url,
        'GET',
        `/api/v1/sync/people/pull?seq=${seq}&limit=${MAX_PULL_LIMIT}`,
        { token: device.token },
      );
      pulled += reply.body.documents.length;
      seq = reply.body.checkpoint.seq;
      if (reply.body.documents.length < MAX_PULL_LIMIT && !reply.body.more) break;
    }
    const pullSeconds = (performance.now() - pullStart) / 1000;
    if (pulled !== options.docs) throw new Error(`${pulled} documents tirés sur ${options.docs}`);
    return { pushDocsPerSecond: options.docs / pushSeconds, pullDocsPerSecond: options.docs / pullSeconds };
  });
}

/** What the Chromium initial sync starts from: a server holding the bench's data set. */
export interface SeededServer {
  url: string;
  /** An unused enrolment code for the device that syncs (an office device: it pulls everything). */
  code: string;
  /** Another, for a door device (it pulls what the entrance may read, projected). */
  doorCode: string;
  /**
   * Three more office codes, for the packed storage's prototype (bench only, issue 19): in the
   * capped heap, then, if it ran out of memory there, uncapped; and uncapped with the sheets
   * packed too.
   */
  packedCodes: readonly [string, string, string];
  /** Documents on the server per collection, as pushed. */
  counts: Record<BenchCollection, number>;
  seedMs: number;
  /** Node pulling everything over HTTP, nothing stored: the server-and-network part. */
  rawPull: { ms: number; docs: number; batch: number };
  dispose(): Promise<void>;
}

/**
 * A real sync server on 127.0.0.1 (SQLite in a temporary folder) holding the bench's data set,
 * pushed through the API by another device, for the page's `initialSync` in Chromium (run.ts).
 */
export async function startSeededServer(data: BenchData): Promise<SeededServer> {
  // The server's clock runs on the data set's own day (its events are around 15 January 2026):
  // a door's directory seed carries the check-ins of the events around today.
  const offset = Date.now() - DEMO_NOW.getTime();
  const server = await startTestServer({ now: () => new Date(Date.now() - offset) });
  try {
    const device = await enrol(server.url, server.store(), server.orgId);
    const documents = benchDocuments(data);
    const counts = {} as Record<BenchCollection, number>;
    const seedStart = performance.now();
    for (const collection of BENCH_COLLECTIONS) {
      await pushAll(server, device.token, documents[collection], collection);
      counts[collection] = documents[collection].length;
    }
    const seedMs = performance.now() - seedStart;

    const pullStart = performance.now();
    let docs = 0;
    for (const collection of BENCH_COLLECTIONS) {
      let seq = 0;
      for (;;) {
        const reply = await call<PullResponse>(
          server.url,
          'GET',
          `/api/v1/sync/${collection}/pull?seq=${seq}&limit=${CLIENT_PULL_BATCH}`,
          { token: device.token },
        );
        if (reply.status !== 200) throw new Error(`pull ${collection} : ${reply.status}`);
        docs += reply.body.documents.length;
        seq = reply.body.checkpoint.seq;
        // A page stops at the server's byte bound too (`more`): only a short page without it ends.
        if (reply.body.documents.length < CLIENT_PULL_BATCH && !reply.body.more) break;
      }
    }
    const rawPull = { ms: performance.now() - pullStart, docs, batch: CLIENT_PULL_BATCH };
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    if (docs !== total) throw new Error(`${docs} documents tirés sur ${total} poussés`);
    return {
      url: server.url,
      code: await server.enrolmentCode('office'),
      doorCode: await server.enrolmentCode('door'),
      packedCodes: [
        await server.enrolmentCode('office'),
        await server.enrolmentCode('office'),
        await server.enrolmentCode('office'),
      ],
      counts,
      seedMs,
      rawPull,
      dispose: () => server.dispose(),
    };
  } catch (error) {
    await server.dispose();
    throw error;
  }
}

/**
 * A write on client A until its arrival on client B, through the server and its event stream:
 * each sample is either a new person or a check-in (an attendance record marked present),
 * alternately. The attendance replication starts after the people's first pull, so this also
 * says that it is live by then. (Two clients in one process: RxDB's free tier opens at most 13
 * collections per process, hence not all ten of the app's twice.)
 */
export async function measurePropagation(options: { storage?: SyncStorage; samples?: number } = {}): Promise<{
  person: { p50Ms: number; p95Ms: number; samples: number };
  checkIn: { p50Ms: number; p95Ms: number; samples: number };
}> {
  const samples = options.samples ?? 50;
  return withServer(options.storage ?? 'sqlite', async (server) => {
    const specs = { ...TEST_CLIENT_SPECS, attendance: collectionSpecs.attendance };
    const a = await startTestClient(server, 'a', { specs });
    const b = await startTestClient(server, 'b', { specs });
    try {
      await Promise.all([a.engine.awaitInSync(), b.engine.awaitInSync()]);
      const eventId = newEventId();
      const durations = { person: [] as number[], checkIn: [] as number[] };
      for (let i = 0; i < samples; i++) {
        const stamp = { deviceId: a.enrolment.deviceId, userId: 'bench', at: new Date() };
        const person = newPerson({ lastName: `Propagation${i}` }, stamp);
        const checkIn = i % 2 === 1;
        const written = checkIn ? checkInDocument(eventId, person.id, stamp) : person;
        const arrived = new Promise<void>((resolve) => {
          const seen = (doc: unknown) => {
            if (doc) {
              subscription.unsubscribe();
              resolve();
            }
          };
          const subscription = checkIn
            ? b.db.attendance.findOne(written.id).$.subscribe(seen)
            : b.db.people.findOne(written.id).$.subscribe(seen);
        });
        const start = performance.now();
        if (checkIn) await a.db.attendance.insert(written as AttendanceDocument);
        else await a.db.people.insert(person);
        await arrived;
        durations[checkIn ? 'checkIn' : 'person'].push(performance.now() - start);
      }
      const figures = (values: number[]) => ({
        p50Ms: percentile(values, 50),
        p95Ms: percentile(values, 95),
        samples: values.length,
      });
      return { person: figures(durations.person), checkIn: figures(durations.checkIn) };
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
}

/** What the door writes when a person walks in: present, with the time, the volunteer and the device. */
function checkInDocument(
  eventId: EventId,
  personId: PersonId,
  stamp: { deviceId: string; userId: string; at: Date },
): AttendanceDocument {
  const at = stamp.at.toISOString();
  return attendanceDocumentSchema.parse({
    id: attendanceId(eventId, personId),
    createdAt: at,
    updatedAt: at,
    updatedBy: stamp.userId,
    deviceId: stamp.deviceId,
    eventId,
    personId,
    present: true,
    checkedInAt: at,
    checkedInBy: stamp.userId,
    checkedInDevice: stamp.deviceId,
  });
}
