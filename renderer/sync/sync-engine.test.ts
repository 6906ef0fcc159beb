import { userId, deviceId } from '@shared/testing/ids';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard } from '@renderer/data/write-guard';
import { call } from '@server/test-support/fixtures';
import { collectionSpecs } from '@shared/schema/collections';
import { cancelled, makeReceipt } from '@shared/receipts/testing';
import { newPerson } from '../../test/sync/documents';
import { startTestClient, startTestServer, TEST_CLIENT_SPECS } from '../../test/sync/harness';
import type { TestClient, TestServer } from '../../test/sync/harness';
import { storageWithPulledWrites } from '../../test/sync/pulled-writes';
import type { FetchLike } from '@renderer/sync/api-client';
import { appendAudit } from '@renderer/data/audit/write';
import { readReplacedValues } from '@renderer/sync/replaced-values';

let server: TestServer;
const clients: TestClient[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.dispose();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

type ClientOptions = NonNullable<Parameters<typeof startTestClient>[2]>;

async function client(name: string, specs?: ClientOptions['specs'], scope?: ClientOptions['scope']) {
  const c = await startTestClient(server, name, { specs, scope });
  clients.push(c);
  return c;
}

const stampOf = (c: TestClient, at = new Date()) => ({
  deviceId: c.enrolment.deviceId,
  userId: userId(`user-${c.name}`),
  at,
});

/** People written into the server's store directly, as if imported on another device. */
async function peopleOnServer(count: number, lastName: string) {
  await server.store().push(
    server.orgId,
    'people',
    Array.from({ length: count }, (_, i) => ({
      newDocumentState: {
        ...newPerson(
          { lastName: `${lastName}-${i}` },
          { deviceId: deviceId('import'), userId: userId('import'), at: new Date() },
        ),
        _deleted: false,
      },
    })),
  );
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('replication against a real server', () => {
  it('carries a document from one device to another through the event stream', async () => {
    const a = await client('a');
    const b = await client('b');
    const person = newPerson({ firstName: 'Zoé', lastName: 'Martin' }, stampOf(a));
    await a.db.people.insert(person);
    await until(async () => (await b.db.people.findOne(person.id).exec()) !== null);
    const there = await b.db.people.findOne(person.id).exec();
    expect(there?.lastName).toBe('Martin');
    await until(() => a.status.get().phase === 'upToDate' && a.status.get().pendingChanges === 0);
    expect(a.status.get().lastSyncedAt).not.toBeNull();
  });

  it('merges concurrent edits field by field and journals the value that lost', async () => {
    const a = await client('a');
    const b = await client('b');
    const person = newPerson({ firstName: 'Jean', lastName: 'Dupont', notes: '' }, stampOf(a));
    await a.db.people.insert(person);
    await until(async () => (await b.db.people.findOne(person.id).exec()) !== null);
    await a.engine.awaitInSync();
    await b.engine.awaitInSync();

    // Both go offline (the stream and requests keep failing), edit, and come back.
    await Promise.all([a.engine.stop(), b.engine.stop()]);
    const t = Date.now();
    const docA = await a.db.people.findOne(person.id).exec(true);
    await docA.incrementalPatch({
      firstName: 'Jeannot',
      notes: 'vu en mars',
      updatedAt: new Date(t).toISOString(),
      updatedBy: 'user-a',
    });
    const docB = await b.db.people.findOne(person.id).exec(true);
    await docB.incrementalPatch({
      firstName: 'Jean-Pierre',
      lastName: 'Dupond',
      updatedAt: new Date(t + 1000).toISOString(),
      updatedBy: 'user-b',
      deviceId: b.enrolment.deviceId,
    });

    const a2 = await startTestClientAgain(a);
    await a2.engine.awaitInSync();
    const b2 = await startTestClientAgain(b);
    await b2.engine.awaitInSync();
    await a2.engine.awaitInSync();
    await until(async () => (await a2.db.people.findOne(person.id).exec())?.lastName === 'Dupond');

    for (const c of [a2, b2]) {
      const merged = (await c.db.people.findOne(person.id).exec(true)).toJSON();
      expect(merged).toMatchObject({ firstName: 'Jean-Pierre', lastName: 'Dupond', notes: 'vu en mars' });
    }
    // B pushed second, met the conflict and merged it: its journal keeps A's losing first name.
    const entries = await b2.db.audit.find({ selector: { action: 'conflict-merged' } }).exec();
    expect(entries.map((e) => e.toJSON())).toEqual([
      expect.objectContaining({
        collectionName: 'people',
        documentId: person.id,
        changes: [{ field: 'firstName', before: 'Jeannot', after: 'Jean-Pierre' }],
        detail: 'sync.audit.conflictMerged',
      }),
    ]);
    // …and the entry, synced, brings it whole to A, whose person typed it, for one click to put
    // it back; B's person, whose value stands, has nothing to see.
    await until(async () => (await readReplacedValues(a2.db, 'user-a')).length > 0);
    expect(await readReplacedValues(b2.db, 'user-b')).toEqual([]);
    expect(await readReplacedValues(a2.db, 'user-b')).toEqual([]);
    expect(await readReplacedValues(a2.db, 'user-a')).toEqual([
      expect.objectContaining({
        documentId: person.id,
        field: 'firstName',
        lost: 'Jeannot',
        kept: 'Jean-Pierre',
        lostBy: { userId: userId('user-a'), deviceId: a.enrolment.deviceId, at: new Date(t).toISOString() },
        keptBy: {
          userId: userId('user-b'),
          deviceId: b.enrolment.deviceId,
          at: new Date(t + 1000).toISOString(),
        },
      }),
    ]);
  });

  it('writes pulled documents under the write guard: no permission check, no local journal entry', async () => {
    const a = await client('a');
    const b = await client('b');
    // B is locked (nobody signed in): any local write of a person would be refused.
    installWriteGuard(b.db, new SessionStore(), b.enrolment.deviceId);
    await expect(b.db.people.insert(newPerson({ lastName: 'Refusé' }, stampOf(b)))).rejects.toThrow(
      /PERMISSION_DENIED/,
    );
    const person = newPerson({ lastName: 'Arrivé' }, stampOf(a));
    await a.db.people.insert(person);
    await until(async () => (await b.db.people.findOne(person.id).exec()) !== null);
    const journal = await b.db.audit.find({ selector: { documentId: person.id } }).exec();
    expect(journal.map((entry) => entry.action)).not.toContain('create');
  });

  it('skips a pulled document that fails its schema, reports it, and goes on', async () => {
    const a = await client('a');
    // Written straight into the store, as a server of another version or a bad restore would.
    const bad = { ...newPerson({ lastName: 'Bad' }, stampOf(a)), lastName: 42, _deleted: false };
    await server.store().push(server.orgId, 'people', [{ newDocumentState: bad }]);
    const good = newPerson({ lastName: 'Bon' }, stampOf(a));
    await server.store().push(server.orgId, 'people', [{ newDocumentState: { ...good, _deleted: false } }]);
    const b = await client('b');
    await until(async () => (await b.db.people.findOne(good.id).exec()) !== null);
    expect(await b.db.people.findOne(bad.id).exec()).toBeNull();
    expect(b.status.get().problems).toContainEqual(
      expect.objectContaining({ code: 'DOCUMENT_SKIPPED', collection: 'people', documentId: bad.id }),
    );
  });

  it('keeps receipts as issued everywhere: an edit is undone, a reused number stays home, a cancellation travels', async () => {
    const specs = {
      receipts: collectionSpecs.receipts,
      settings: collectionSpecs.settings,
      audit: collectionSpecs.audit,
    };
    const a = await client('a', specs);
    const b = await client('b', specs);
    const number = '2026-A-0001';
    const receipt = makeReceipt({ id: 'receipt-synced', number });
    await a.db.receipts.insert(receipt);
    await until(async () => (await b.db.receipts.findOne(receipt.id).exec()) !== null);
    await b.engine.awaitInSync();

    // B edits the issued receipt behind the data layer's back (a bug, the devtools console):
    // the server sends its receipt back as the conflict, and B's copy returns to it.
    const onB = await b.db.receipts.findOne(receipt.id).exec(true);
    await onB.incrementalPatch({
      donor: { ...receipt.donor, name: 'Durand' },
      updatedAt: new Date().toISOString(),
    });
    await until(async () => (await b.db.receipts.findOne(receipt.id).exec(true)).donor.name === 'Dupont');
    const onServer = await server.store().pull(server.orgId, 'receipts', 0, 1000);
    expect(onServer.documents.find((doc) => doc.id === receipt.id)).toMatchObject({
      donor: { name: 'Dupont' },
    });
    const journal = await b.db.audit
      .find({ selector: { action: 'conflict-merged', documentId: receipt.id } })
      .exec();
    expect(journal).toHaveLength(1);

    // B, restored from an old backup, reissues the same number for another receipt.
    const twin = makeReceipt({ id: 'receipt-twin', number, donorId: 'person-2' });
    await b.db.receipts.insert(twin);
    await until(() => b.status.get().problems.some((problem) => problem.documentId === twin.id));
    expect(b.status.get().problems).toContainEqual(
      expect.objectContaining({
        code: 'WRITE_REFUSED',
        collection: 'receipts',
        serverMessage: expect.stringContaining(number),
        issues: ['number: errors.sync.numberTaken'],
      }),
    );
    expect(
      (await server.store().pull(server.orgId, 'receipts', 0, 1000)).documents.map((doc) => doc.id),
    ).not.toContain(twin.id);

    // A cancellation is the one change that travels.
    const cancellation = cancelled(receipt, 'Chèque sans provision');
    const toCancel = await a.db.receipts.findOne(receipt.id).exec(true);
    await toCancel.incrementalPatch({
      status: cancellation.status,
      cancellation: cancellation.cancellation,
      updatedAt: new Date().toISOString(),
    });
    await until(async () => (await b.db.receipts.findOne(receipt.id).exec(true)).status === 'cancelled');
  });

  it('gives a door device people but no receipts or journal, and still sends its own journal', async () => {
    const specs = {
      people: collectionSpecs.people,
      receipts: collectionSpecs.receipts,
      audit: collectionSpecs.audit,
    };
    const office = await client('office', specs);
    const door = await client('door', specs, 'door');
    await office.db.receipts.insert(makeReceipt({ id: 'receipt-office-only', number: '2026-A-0002' }));
    const person = newPerson({ lastName: 'Visible' }, stampOf(office));
    await office.db.people.insert(person);
    await until(async () => (await door.db.people.findOne(person.id).exec()) !== null);
    await office.engine.awaitInSync();
    await door.engine.awaitInSync();
    expect(await door.db.receipts.count().exec()).toBe(0);
    expect(await door.db.audit.count().exec()).toBe(0);

    await door.db.audit.insert({
      id: 'audit-door-1',
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      updatedBy: 'user-door',
      deviceId: door.enrolment.deviceId,
      userName: 'Porte 1',
      action: 'login',
      collectionName: '',
      documentId: '',
      changes: [],
      detail: '',
    });
    await until(async () => (await office.db.audit.findOne('audit-door-1').exec()) !== null);
    // No refused pull or push (an earlier test left a person the schema refuses on this server).
    expect(door.status.get().problems.filter((problem) => problem.code !== 'DOCUMENT_SKIPPED')).toEqual([]);
  });

  it('counts pending changes from where the last count found everything in sync', async () => {
    const a = await client('a');
    const pulled = Array.from({ length: 1200 }, (_, i) => ({
      ...newPerson({ lastName: `Tiré-${i}` }, stampOf(a)),
      _deleted: false,
    }));
    await server.store().push(
      server.orgId,
      'people',
      pulled.map((newDocumentState) => ({ newDocumentState })),
    );
    const b = await client('b');
    await until(async () => (await b.db.people.count().exec()) >= 1200, 15_000);
    await b.engine.awaitInSync();
    const replication = b.engine.replications.get('people');
    if (!replication) throw new Error('no people replication');
    const stored = new Map<string, unknown>();
    const memo = {
      get: async () => stored.get('checkpoint'),
      set: async (checkpoint: unknown) => void stored.set('checkpoint', checkpoint),
    };
    const { countPendingChanges } = await import('@renderer/sync/pending-changes');
    expect(await countPendingChanges(replication, memo)).toBe(0);

    await b.engine.stop();
    const offline = newPerson({ lastName: 'Écrit hors ligne' }, stampOf(b));
    await b.db.people.insert(offline);
    expect(await countPendingChanges(replication, memo)).toBe(1);
    expect(await countPendingChanges(replication)).toBe(1);
    // The count starts at the memo: a memo after the offline write (as left by a count that
    // found everything in sync after it) skips it, and one before it finds it again.
    const written = (await b.db.people.findOne(offline.id).exec(true)).toJSON(true)._meta.lwt;
    stored.set('checkpoint', { id: '\uffff', lwt: written });
    expect(await countPendingChanges(replication, memo)).toBe(0);
    stored.set('checkpoint', { id: '', lwt: written - 1 });
    expect(await countPendingChanges(replication, memo)).toBe(1);
  });

  it('keeps change notices for after its first pull: one upstream pass more, not one per notice', async () => {
    const a = await client('a');
    await peopleOnServer(1000, 'Déjà');
    // Pages of 100, each answered 40 ms late: the first pull lasts at least 400 ms, and the
    // notices of three writes made meanwhile by another device reach b before it is over.
    let pulls = 0;
    const slowPulls: FetchLike = async (input, init) => {
      if (input.includes('/people/pull')) {
        pulls += 1;
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      return fetch(input, init);
    };
    const b = await startTestClient(server, 'b', { fetch: slowPulls, engine: { pullBatchSize: 100 } });
    clients.push(b);
    await until(() => b.engine.stream.connected$.getValue() && pulls >= 2);
    const written: string[] = [];
    for (const lastName of ['Pendant-1', 'Pendant-2', 'Pendant-3']) {
      const person = newPerson({ lastName }, stampOf(a));
      await a.db.people.insert(person);
      written.push(person.id);
      await a.engine.awaitInSync();
    }
    await until(async () => (await b.db.people.findByIds(written).exec()).size === 3, 15_000);
    expect(await b.db.people.count().exec()).toBe(await a.db.people.count().exec());
    await b.engine.awaitInSync();
    const passes =
      b.engine.replications.get('people')?.internalReplicationState?.stats.up.upstreamInitialSync;
    // The first pass, then one for everything held back (the connection's RESYNC and the three
    // notices); before, each of those four went over all that had been pulled so far.
    expect(passes).toBe(2);
    expect(b.status.get().pendingChanges).toBe(0);
  });

  it('counts what waits to be sent when it starts without the server', async () => {
    const a = await client('a');
    await a.engine.awaitInSync();
    await a.engine.stop();
    await a.db.people.bulkInsert([
      newPerson({ lastName: 'Hors-ligne-1' }, stampOf(a)),
      newPerson({ lastName: 'Hors-ligne-2' }, stampOf(a)),
    ]);
    // The journal replicates after the directory: offline it must still be counted.
    await appendAudit(
      a.db,
      { userId: userId('user-a'), userName: 'a', deviceId: a.enrolment.deviceId, now: () => new Date() },
      { action: 'create', collection: 'people', documentId: 'hors-ligne' },
    );
    const offline: FetchLike = () => Promise.reject(new TypeError('fetch failed'));
    const { startSyncEngine } = await import('@renderer/sync/sync-engine');
    a.engine = startSyncEngine({
      db: a.db,
      enrolment: a.enrolment,
      status: a.status,
      fetch: offline,
      retryTime: 100,
      backoff: { baseMs: 50, maxMs: 500 },
      waitForLeadership: false,
      specs: a.specs,
      auditActor: () => ({
        userId: userId('user-a'),
        userName: 'a',
        deviceId: a.enrolment.deviceId,
        now: () => new Date(),
      }),
    });
    // Its first pass cannot end offline: the count must not wait for it.
    await until(() => a.status.get().phase === 'offline' && a.status.get().pendingChanges === 3);
    // By collection too: what the door's « entrées en attente d'envoi » reads (here none).
    expect(a.status.get().pendingByCollection).toEqual({ people: 2, audit: 1 });
  });

  it('receives each journal entry with the device the server saw send it, whatever the entry says', async () => {
    const a = await client('bureau-journal');
    const b = await client('tresorerie-journal');
    const actor = { userId: userId('user-a'), userName: 'Anne', now: () => new Date() };
    await appendAudit(
      a.db,
      { ...actor, deviceId: a.enrolment.deviceId },
      { action: 'export', detail: 'recorded-test' },
    );
    // An entry written before A's enrolment names its standalone id: the server records A.
    await appendAudit(
      a.db,
      { ...actor, deviceId: deviceId('standalone'), now: () => new Date('2020-01-01') },
      { action: 'login', detail: 'recorded-test' },
    );
    const recorded = async (db: TestClient['db']) =>
      (await db.audit.find({ selector: { detail: 'recorded-test' } }).exec()).map(
        (entry) => entry.toJSON().recordedDevice,
      );
    const expected = { id: a.enrolment.deviceId, name: 'bureau-journal' };
    await until(async () => {
      const onB = await recorded(b.db);
      return onB.length === 2 && onB.every((device) => device?.name === expected.name);
    });
    expect(await recorded(b.db)).toEqual([expected, expected]);
    // (A may or may not receive its own entries back with the record: RxDB skips a pulled version
    // that crosses the push of the same document. The journal reads them as « Cet appareil ».)
  });

  it('replicates the journal once the people have made their first pass', async () => {
    await peopleOnServer(300, 'Annuaire');
    const slowPeople: FetchLike = async (input, init) => {
      if (input.includes('/people/pull')) await new Promise((resolve) => setTimeout(resolve, 30));
      return fetch(input, init);
    };
    const b = await startTestClient(server, 'b', { fetch: slowPeople, engine: { pullBatchSize: 100 } });
    clients.push(b);
    const people = b.engine.replications.get('people');
    const audit = b.engine.replications.get('audit');
    if (!people || !audit) throw new Error('missing replications');
    const order: string[] = [];
    void people.awaitInitialReplication().then(() => order.push('people: first pass'));
    await audit.startPromise;
    order.push('audit: started');
    expect(order).toEqual(['people: first pass', 'audit: started']);
    await b.engine.awaitInSync();
  });

  it('pulls at most two pages ahead of what is written, however slow the writes', async () => {
    await peopleOnServer(1500, 'Lent');
    // IndexedDB on a slow phone: each pulled person takes a millisecond to write.
    const slowWrites = storageWithPulledWrites((collection, rows) =>
      collection === 'people' ? new Promise((resolve) => setTimeout(resolve, rows)) : undefined,
    );
    let pulled = 0;
    let written = 0;
    let mostAhead = 0;
    const countingPulls: FetchLike = async (input, init) => {
      const response = await fetch(input, init);
      if (input.includes('/people/pull') && response.ok) {
        pulled += ((await response.clone().json()) as { documents: unknown[] }).documents.length;
        mostAhead = Math.max(mostAhead, pulled - written);
      }
      return response;
    };
    const b = await startTestClient(server, 'b', {
      fetch: countingPulls,
      engine: { pullBatchSize: 100 },
      storage: slowWrites,
    });
    clients.push(b);
    const watch = b.db.people.eventBulks$.subscribe((bulk) => (written += bulk.events.length));
    await b.engine.awaitInSync();
    watch.unsubscribe();
    // Every person the server holds, but the one an earlier test made invalid (skipped, reported).
    const onServer = (await server.store().pull(server.orgId, 'people', 0, 100_000)).documents.filter(
      (doc) => !doc._deleted,
    ).length;
    const skipped = b.status.get().problems.filter((problem) => problem.code === 'DOCUMENT_SKIPPED');
    expect(skipped.length).toBeLessThanOrEqual(1);
    expect(await b.db.people.count().exec()).toBe(onServer - skipped.length);
    expect(pulled).toBeGreaterThanOrEqual(1500);
    // Two pages returned and not yet written, the page being checked and the one asked ahead of
    // it (read-ahead): unpaced, RxDB pulled the whole collection while the first pages were being
    // written.
    expect(mostAhead).toBeLessThanOrEqual(400);
  });

  it('stops and says so when the server no longer accepts the device', async () => {
    const a = await client('a');
    await a.engine.awaitInSync();
    await server.store().revokeDevice(a.enrolment.deviceId, new Date().toISOString());
    await a.db.people.insert(newPerson({ lastName: 'Après' }, stampOf(a)));
    await until(() => a.status.get().phase === 'refused');
    expect(a.status.get().problems[0]).toMatchObject({ code: 'DEVICE_REVOKED' });
    const health = await call(server.url, 'GET', '/api/v1/health');
    expect(health.status).toBe(200);
  });

  describe('versions that disagree (issue 20)', () => {
    const people = collectionSpecs.people;
    /** The people collection as an app one schema version older or newer than the server's holds it. */
    const peopleAt = (version: number) => ({
      ...TEST_CLIENT_SPECS,
      people: {
        ...people,
        version,
        migrations: Object.fromEntries(
          Array.from({ length: version }, (_, index) => [
            index + 1,
            (document: Record<string, unknown>) => document,
          ]),
        ),
      },
    });

    it('stops and says « Mettez Tilleul à jour » when the server holds a newer schema; nothing is exchanged', async () => {
      const before = await server.store().pull(server.orgId, 'people', 0, 5000, 1 << 30);
      const a = await client('old-app', peopleAt(people.version - 1));
      const person = newPerson({ lastName: 'Ancienne-version' }, stampOf(a));
      await a.db.people.insert(person);
      await until(() => a.status.get().phase === 'appOutdated');
      expect(a.status.get().problems).toContainEqual(
        expect.objectContaining({
          code: 'APP_OUTDATED',
          serverMessage: expect.stringMatching(/Mettez Tilleul à jour sur cet appareil/),
        }),
      );
      // Halted: it asks nothing more, and the person stays on this device only.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(a.status.get().phase).toBe('appOutdated');
      expect(await a.db.people.findOne(person.id).exec()).not.toBeNull();
      const after = await server.store().pull(server.orgId, 'people', 0, 5000, 1 << 30);
      expect(after.documents.map((document) => document.id)).not.toContain(person.id);
      expect(after.seq).toBe(before.seq);
    });

    it('stops and says the server must be updated when this app holds a newer schema', async () => {
      const a = await client('new-app', peopleAt(people.version + 1));
      const person = newPerson({ lastName: 'Nouvelle-version' }, stampOf(a));
      await a.db.people.insert(person);
      await until(() => a.status.get().phase === 'serverOutdated');
      expect(a.status.get().problems).toContainEqual(
        expect.objectContaining({
          code: 'SERVER_OUTDATED',
          serverMessage: expect.stringMatching(/Mettez Tilleul à jour sur le serveur/),
        }),
      );
      const after = await server.store().pull(server.orgId, 'people', 0, 5000, 1 << 30);
      expect(after.documents.map((document) => document.id)).not.toContain(person.id);
    });
  });
});

/** Restarts a client's replication on the same database (same checkpoints). */
async function startTestClientAgain(c: TestClient): Promise<TestClient> {
  const { startSyncEngine } = await import('@renderer/sync/sync-engine');
  c.engine = startSyncEngine({
    db: c.db,
    enrolment: c.enrolment,
    status: c.status,
    retryTime: 100,
    backoff: { baseMs: 50, maxMs: 500 },
    waitForLeadership: false,
    specs: c.specs,
    auditActor: () => ({
      userId: userId(`user-${c.name}`),
      userName: c.name,
      deviceId: c.enrolment.deviceId,
      now: () => new Date(),
    }),
  });
  return c;
}
