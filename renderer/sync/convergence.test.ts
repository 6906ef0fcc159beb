import type { RxCollection } from 'rxdb/plugins/core';
import { afterEach, describe, expect, it } from 'vitest';
import { attendanceCollection, attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import type { AttendanceDocument } from '@shared/events/attendance';
import { doorPaymentFields, doorPaymentLines } from '@shared/events/door-payment-lines';
import type { DoorPaymentLine } from '@shared/events/door-payment-lines';
import type { Cents } from '@shared/money/cents';
import { canonicalJson } from '@shared/json/canonical';
import type { FetchLike } from '@renderer/sync/api-client';
import { useBackend } from '@server/test-support/backend';
import { newPerson } from '../../test/sync/documents';
import { startTestClient, startTestServer, TEST_CLIENT_SPECS } from '../../test/sync/harness';
import type { TestClient, TestServer } from '../../test/sync/harness';
import { seededRandom } from '../../test/sync/random';
import { eventId } from '@shared/testing/ids';
import type { PersonId } from '@shared/ids';

/**
 * Issue 4, "convergence under faults": three devices edit the same people (the same fields
 * too) while the server is killed and restarted on the same port, requests fail before reaching
 * it or lose their answer after it wrote, and event streams drop. Afterwards every device equals
 * the server, no person is missing or duplicated, and every value anyone typed is either still
 * there, knowingly overwritten by a later edit, or recorded in the journal as a merge loser.
 * Meanwhile the devices check the same people in at the same event, as two doors would: each
 * person checked in ends with exactly one attendance record. Run on SQLite and on PostgreSQL.
 */
const SPECS = { ...TEST_CLIENT_SPECS, attendance: attendanceCollection };
const EVENT_ID = eventId('event-loto-de-printemps');
const SEED = Number(process.env.SYNC_SEED ?? 20261122);
const OPERATIONS = 240;
const FIELDS = ['firstName', 'lastName', 'notes'] as const;

interface Write {
  client: string;
  documentId: string;
  field: (typeof FIELDS)[number];
  value: string;
  /** What the field held on that device just before: it was knowingly replaced. */
  replaced: unknown;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: pas fini en ${ms} ms`)), ms)),
  ]);
}

interface Faults {
  on: boolean;
  injected: number;
}

function faultyFetch(random: () => number, faults: Faults): FetchLike {
  return async (input, init) => {
    const isStream = new Headers(init?.headers).get('accept') === 'text/event-stream';
    if (faults.on && !isStream) {
      const roll = random();
      if (roll < 0.14) faults.injected += 1;
      if (roll < 0.07) throw new TypeError('injected: connection refused before sending');
      if (roll < 0.14) {
        const response = await fetch(input, init);
        await response.arrayBuffer();
        throw new TypeError('injected: connection reset after the server answered');
      }
    }
    return fetch(input, init);
  };
}

type Plain = Record<string, unknown>;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`absent : ${what}`);
  return value;
}

async function clientState(client: TestClient): Promise<Map<string, string>> {
  const state = new Map<string, string>();
  for (const name of Object.keys(client.specs)) {
    const collections = client.db.collections as unknown as Record<string, RxCollection>;
    const docs = await required(collections[name], name).find().exec();
    for (const doc of docs) {
      // `recordedDevice` is what the server adds when it sends a journal entry, not stored in it.
      const { recordedDevice: _recorded, ...stored } = doc.toJSON() as Plain;
      state.set(`${name}/${String(stored.id)}`, canonicalJson({ ...stored, _deleted: false }));
    }
  }
  return state;
}

async function serverState(server: TestServer): Promise<Map<string, string>> {
  const state = new Map<string, string>();
  for (const name of Object.keys(SPECS)) {
    const page = await server.store().pull(server.orgId, name, 0, 100_000);
    for (const doc of page.documents) if (!doc._deleted) state.set(`${name}/${doc.id}`, canonicalJson(doc));
  }
  return state;
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => a.get(key) !== b.get(key));
}

describe('convergence under faults', () => {
  let server: TestServer | undefined;
  const clients: TestClient[] = [];
  // Each run closes its devices: RxDB's free edition opens at most 13 collections per process.
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    await server?.dispose();
    server = undefined;
  });
  const postgres = useBackend('postgres');

  async function converge(options: { databaseUrl?: string }) {
    const random = seededRandom(SEED);
    const pick = <T>(items: readonly T[]): T => required(items[Math.floor(random() * items.length)], 'pick');
    server = await startTestServer(options);
    const faults: Faults = { on: false, injected: 0 };
    for (const [index, name] of ['porte', 'bureau', 'tresorerie'].entries()) {
      clients.push(
        await startTestClient(server, name, {
          specs: SPECS,
          fetch: faultyFetch(seededRandom(SEED + index + 1), faults),
        }),
      );
    }
    // Device clocks disagree by a few seconds, as real ones do.
    const skew = new Map(clients.map((client, i) => [client.name, (i - 1) * 2500]));
    const clock = (client: TestClient) => new Date(Date.now() + (skew.get(client.name) ?? 0));

    const created: PersonId[] = [];
    const writes: Write[] = [];
    const checkedIn = new Set<PersonId>();
    /** Every check-in time written for a person, at any door. */
    const arrivals = new Map<string, string[]>();
    /** Every payment taken for a person, at any door. */
    const payments = new Map<string, DoorPaymentLine[]>();
    const first = required(clients[0], 'first client');
    for (let i = 0; i < 6; i++) {
      const person = newPerson(
        { firstName: `initial-${i}`, lastName: `Nom-${i}`, notes: '' },
        { deviceId: first.enrolment.deviceId, userId: 'user-porte', at: clock(first) },
      );
      await first.db.people.insert(person);
      created.push(person.id);
    }
    await first.engine.awaitInSync();
    for (const client of clients) await client.engine.awaitInSync();

    faults.on = true;
    let counter = 0;
    const outages = new Set([50, 150]);
    for (let step = 0; step < OPERATIONS; step++) {
      if (outages.has(step)) await server.kill();
      if (!server.running && outages.has(step - 25)) await server.restart();
      const client = pick(clients);
      const roll = random();
      if (roll < 0.03) {
        client.engine.stream.dropConnection();
      } else if (roll < 0.15) {
        // A check-in at the door: the same people, often at two doors before they sync.
        const personId = pick(created.slice(0, 8));
        const id = attendanceId(EVENT_ID, personId);
        const at = clock(client).toISOString();
        // Each door takes the entry fee, by cheque or in cash: every payment must survive the merges.
        const payment: DoorPaymentLine = {
          amount: 500 as Cents,
          method: random() < 0.5 ? 'cheque' : 'especes',
          chequeNumber: '',
          device: client.name,
          at,
        };
        if (payment.method === 'cheque') payment.chequeNumber = `${client.name}-${++counter}`;
        const existing = await client.db.collections.attendance?.findOne(id).exec();
        // A door that already sees the person inside says so and writes nothing (check-in.ts).
        if (existing?.get('present') === true) continue;
        const held = existing ? doorPaymentLines(existing.toJSON() as AttendanceDocument) : [];
        const arrival = {
          present: true,
          checkedInAt: at,
          checkedInBy: `user-${client.name}`,
          updatedAt: at,
          ...doorPaymentFields([...held, payment]),
        };
        arrivals.set(personId, [...(arrivals.get(personId) ?? []), at]);
        payments.set(personId, [...(payments.get(personId) ?? []), payment]);
        if (existing)
          await existing.incrementalPatch({ ...arrival, checkedInDevice: client.enrolment.deviceId });
        else
          await client.db.collections.attendance?.insert(
            attendanceDocumentSchema.parse({
              id,
              eventId: EVENT_ID,
              personId,
              ...arrival,
              checkedInDevice: client.enrolment.deviceId,
              createdAt: at,
              updatedBy: `user-${client.name}`,
              deviceId: client.enrolment.deviceId,
            }),
          );
        checkedIn.add(personId);
      } else if (roll < 0.24) {
        const person = newPerson(
          { lastName: `${client.name}-${++counter}` },
          { deviceId: client.enrolment.deviceId, userId: `user-${client.name}`, at: clock(client) },
        );
        await client.db.people.insert(person);
        created.push(person.id);
      } else {
        // The first people are edited the most: that is where the same fields collide.
        const documentId = random() < 0.7 ? pick(created.slice(0, 6)) : pick(created);
        const doc = await client.db.people.findOne(documentId).exec();
        if (doc) {
          const field = pick(FIELDS);
          const value = `${client.name}:${++counter}`;
          writes.push({ client: client.name, documentId, field, value, replaced: doc.get(field) });
          await doc.incrementalPatch({ [field]: value, updatedAt: clock(client).toISOString() });
        }
      }
      await sleep(Math.floor(random() * 6));
    }
    if (!server.running) await server.restart();
    faults.on = false;

    // Settle: everyone sends and receives until nothing differs (merges cause one more round).
    let diff: string[] = [];
    for (let round = 0; round < 20; round++) {
      for (const client of clients) {
        await withTimeout(client.engine.awaitInSync(), 15_000, `synchronisation de ${client.name}`);
      }
      const reference = await serverState(server);
      diff = [];
      for (const client of clients)
        diff.push(...differences(await clientState(client), reference).map((k) => `${client.name}: ${k}`));
      if (diff.length === 0) break;
      for (const client of clients) client.engine.reSync();
      await sleep(100);
    }
    expect(diff).toEqual([]);

    const final = await serverState(server);
    const people = [...final.entries()].filter(([key]) => key.startsWith('people/'));
    // Nothing duplicated, nothing missing: exactly the people created, once each.
    expect(people.map(([key]) => key.slice('people/'.length)).sort()).toEqual([...new Set(created)].sort());
    expect(created.length).toBe(new Set(created).size);

    // Two doors, one record: each person checked in has exactly one attendance, present.
    const attendance = [...final.entries()].filter(([key]) => key.startsWith('attendance/'));
    expect(attendance.map(([key]) => key.slice('attendance/'.length)).sort()).toEqual(
      [...checkedIn].map((personId) => attendanceId(EVENT_ID, personId)).sort(),
    );
    for (const [, json] of attendance) {
      const record = JSON.parse(json) as { personId: PersonId; checkedInAt: string };
      expect(record).toMatchObject({ present: true, eventId: EVENT_ID });
      // Checked in at two doors before they synced: the earliest time is the one kept.
      expect(record.checkedInAt).toBe([...(arrivals.get(record.personId) ?? [])].sort()[0]);
      // And every payment taken at any door is there once, with its own method and cheque number.
      const taken = doorPaymentFields(payments.get(record.personId) ?? []);
      expect(doorPaymentLines(record as unknown as AttendanceDocument)).toEqual(doorPaymentLines(taken));
    }
    expect(checkedIn.size).toBeGreaterThan(3);

    // Nothing lost: each typed value is still there, was replaced by someone who saw it, or is
    // in the journal as the losing side of a merge.
    const audit = [...final.entries()]
      .filter(([key]) => key.startsWith('audit/'))
      .map(
        ([, json]) =>
          JSON.parse(json) as {
            action: string;
            documentId: string;
            changes: { field: string; before: unknown }[];
          },
      );
    const journalled = new Set(
      audit
        .filter((entry) => entry.action === 'conflict-merged')
        .flatMap((entry) =>
          entry.changes.map((change) => `${entry.documentId}/${change.field}/${String(change.before)}`),
        ),
    );
    const replaced = new Set(writes.map((w) => `${w.documentId}/${w.field}/${String(w.replaced)}`));
    const lost = writes.filter((w) => {
      const doc = JSON.parse(required(final.get(`people/${w.documentId}`), w.documentId)) as Plain;
      const key = `${w.documentId}/${w.field}/${w.value}`;
      return doc[w.field] !== w.value && !replaced.has(key) && !journalled.has(key);
    });
    expect(lost).toEqual([]);
    expect(writes.length).toBeGreaterThan(150);
    expect(faults.injected).toBeGreaterThan(10);
    // The run really exercised conflicts, not only quiet pushes.
    expect(journalled.size).toBeGreaterThan(0);
  }

  it(`three devices converge with nothing lost or duplicated, on SQLite (seed ${SEED})`, async () => {
    await converge({});
  }, 60_000);

  if (postgres) {
    it(`three devices converge with nothing lost or duplicated, on PostgreSQL (seed ${SEED})`, async () => {
      const location = postgres.location;
      if (!('databaseUrl' in location)) throw new Error('PostgreSQL location expected');
      await converge({ databaseUrl: location.databaseUrl });
    }, 60_000);
  }
});
