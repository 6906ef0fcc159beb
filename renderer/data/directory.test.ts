import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TilleulDatabase } from '@renderer/data/database';
import { Directory, prepareSnapshot } from '@renderer/data/directory';
import { CURRENT_SNAPSHOT_SIGNATURE, memorySnapshotStore } from '@renderer/data/directory-snapshot';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { waitFor } from '@renderer/data/members/testing';
import { generateDemoAssociation } from '@shared/demo/demo-association';
import type { PersonDocument } from '@shared/members/person';
import { PeopleSearchIndex } from '@shared/search/people-index';
import { decodeSnapshot, directoryPerson, encodeSnapshot, snapshotSignature } from '@shared/search/snapshot';
import { personId } from '@shared/testing/ids';

const demo = generateDemoAssociation({ size: 'small', seed: 19 });
const [first, second] = demo.people as [PersonDocument, PersonDocument];
let db: TilleulDatabase;
const opened: Directory[] = [];

async function open(store: ReturnType<typeof memorySnapshotStore>, writeDelayMs = 5) {
  const directory = await Directory.open(db, {
    snapshot: store,
    signature: CURRENT_SNAPSHOT_SIGNATURE,
    writeDelayMs,
  });
  opened.push(directory);
  return directory;
}
const names = (directory: Directory, query: string) =>
  directory.index.search(query, { limit: 5 }).map(({ person }) => person.id);
const stored = (store: ReturnType<typeof memorySnapshotStore>) => {
  const decoded = decodeSnapshot(store.stored, CURRENT_SNAPSHOT_SIGNATURE);
  if (decoded.kind !== 'ok') throw new Error(`snapshot ${decoded.kind}`);
  return { ...decoded.snapshot, people: decoded.snapshot.index.exportState().people };
};

beforeEach(async () => {
  db = await createMemoryDatabase();
  await db.people.bulkInsert(demo.people);
  await db.households.bulkInsert(demo.households);
  await db.memberships.bulkInsert(demo.memberships);
});
afterEach(async () => {
  for (const directory of opened.splice(0)) directory.close();
  await db.close();
});

describe('the directory at start-up', () => {
  it('without a snapshot reads the collections, then writes one', async () => {
    const store = memorySnapshotStore();
    const directory = await open(store);
    expect(directory.snapshotFound).toBe('missing');
    expect(directory.getView().complete).toBe(true);
    expect(directory.people.size).toBe(demo.people.length);
    expect(names(directory, first.memberNumber)).toEqual([first.id]);
    const snapshot = stored(store);
    expect(snapshot.people).toHaveLength(demo.people.length);
    expect(snapshot.memberships).toHaveLength(demo.memberships.length);
    expect(snapshot.people.find((person) => person.id === first.id)).not.toHaveProperty('address');
  });

  it('with a snapshot searches before the collections are read, then has every document', async () => {
    const store = memorySnapshotStore();
    await open(store).then((directory) => directory.close());
    const directory = await open(store);
    expect(directory.snapshotFound).toBe('ok');
    expect(directory.getView().complete).toBe(false);
    expect(directory.people.size).toBe(0);
    expect(names(directory, `${first.lastName} ${first.firstName}`)).toContain(first.id);
    expect(directory.statusMemberships.size).toBe(demo.memberships.length);
    await directory.completed;
    expect(directory.getView().complete).toBe(true);
    expect(directory.people.get(first.id)).toEqual(first);
  });

  it('with a snapshot up to date, does not write it again at start-up (encoding 50,000 people costs)', async () => {
    const store = memorySnapshotStore();
    await open(store).then((directory) => directory.close());
    let writes = 0;
    const counted = {
      ...store,
      write: (value: Parameters<typeof store.write>[0]) => ((writes += 1), store.write(value)),
    };
    const directory = await open(counted);
    await directory.completed;
    expect(directory.snapshotFound).toBe('ok');
    expect(writes).toBe(0);
    // One membership changed since: written again, once.
    await db.memberships
      .findOne(demo.memberships[0]?.id)
      .exec(true)
      .then((doc) => doc.incrementalPatch({ cancelledOn: '2026-01-20' }));
    await waitFor(() => writes === 1);
    expect(stored(store).memberships.find((m) => m.id === demo.memberships[0]?.id)?.cancelledOn).toBe(
      '2026-01-20',
    );
  });

  it('with a snapshot prepared before the database opened, searches from it without reading it again', async () => {
    const store = memorySnapshotStore();
    await open(store).then((directory) => directory.close());
    let reads = 0;
    const counted = { ...store, read: () => ((reads += 1), store.read()) };
    const prepared = prepareSnapshot(counted, CURRENT_SNAPSHOT_SIGNATURE);
    const early = await prepared;
    expect(early.found).toBe('ok');
    expect(early.index.search(first.memberNumber).map(({ person }) => person.id)).toEqual([first.id]);
    const directory = await Directory.open(db, {
      snapshot: counted,
      signature: CURRENT_SNAPSHOT_SIGNATURE,
      writeDelayMs: 5,
      prepared,
    });
    opened.push(directory);
    expect(reads).toBe(1);
    expect(directory.snapshotFound).toBe('ok');
    expect(directory.index).toBe(early.index);
    expect(directory.getView().complete).toBe(false);
    expect(names(directory, `${first.lastName} ${first.firstName}`)).toContain(first.id);
    await directory.completed;
    expect(directory.people.get(first.id)).toEqual(first);
  });

  it('with a snapshot prepared but unusable (another schema), reads the collections first', async () => {
    const store = memorySnapshotStore();
    await open(store).then((directory) => directory.close());
    const prepared = prepareSnapshot(store, snapshotSignature({ people: 99, households: 0, memberships: 0 }));
    expect((await prepared).found).toBe('stale');
    const directory = await Directory.open(db, {
      snapshot: store,
      signature: CURRENT_SNAPSHOT_SIGNATURE,
      prepared,
    });
    opened.push(directory);
    expect(directory.getView().complete).toBe(true);
    expect(names(directory, first.memberNumber)).toEqual([first.id]);
  });

  it('with a snapshot behind the data (written before the last changes) catches up in the background', async () => {
    const store = memorySnapshotStore();
    await open(store).then((directory) => directory.close());
    // Changes the snapshot never saw: a crash before its debounced write, or another tab.
    await db.people
      .findOne(second.id)
      .exec(true)
      .then((doc) => doc.remove());
    const added = { ...first, id: personId('p-snapshot-new'), lastName: 'Zanzibar', memberNumber: 'Z-0001' };
    await db.people.insert(added);
    const directory = await open(store);
    expect(directory.snapshotFound).toBe('ok');
    expect(names(directory, 'Zanzibar')).toEqual([]);
    expect(directory.index.has(second.id)).toBe(true);
    await directory.completed;
    expect(names(directory, 'Zanzibar')).toEqual([added.id]);
    expect(directory.index.has(second.id)).toBe(false);
    expect(stored(store).people.map((person) => person.id)).toContain(added.id);
    expect(stored(store).people.map((person) => person.id)).not.toContain(second.id);
  });

  it('keeps a change made while the collections are being read', async () => {
    const store = memorySnapshotStore();
    await open(store).then((directory) => directory.close());
    const directory = await open(store);
    const late = { ...first, id: personId('p-snapshot-late'), lastName: 'Tardif', memberNumber: 'T-0001' };
    await db.people.insert(late);
    await directory.completed;
    await waitFor(() => directory.people.has(late.id));
    expect(names(directory, 'Tardif')).toEqual([late.id]);
  });

  it('ignores a snapshot of another schema version and rebuilds it', async () => {
    const older = snapshotSignature({ people: 1, households: 0, memberships: 1 });
    const store = memorySnapshotStore(
      encodeSnapshot(
        {
          index: PeopleSearchIndex.from([directoryPerson({ ...first, lastName: 'Ancien' })]).exportState(),
          memberships: [],
        },
        older,
        new Date(),
      ),
    );
    const directory = await open(store);
    expect(directory.snapshotFound).toBe('stale');
    expect(directory.getView().complete).toBe(true);
    expect(names(directory, 'Ancien')).toEqual([]);
    expect(stored(store).signature).toBe(CURRENT_SNAPSHOT_SIGNATURE);
    expect(stored(store).people).toHaveLength(demo.people.length);
  });

  it('ignores a corrupt snapshot (wrong shape, altered on disk) and rebuilds it', async () => {
    const good = encodeSnapshot(
      { index: PeopleSearchIndex.from(demo.people.map(directoryPerson)).exportState(), memberships: [] },
      CURRENT_SNAPSHOT_SIGNATURE,
      new Date(),
    );
    const altered = { ...good, text: good.text.replace(first.lastName, `${first.lastName}x`) };
    const wrongShape = { format: good.format, signature: good.signature, people: 'nobody' };
    for (const garbage of [wrongShape, altered, 42]) {
      const store = memorySnapshotStore(garbage);
      const directory = await open(store);
      expect(directory.snapshotFound).toBe('corrupt');
      expect(directory.people.size).toBe(demo.people.length);
      expect(stored(store).people).toHaveLength(demo.people.length);
    }
  });

  it('still opens when the snapshot store itself fails to read or write', async () => {
    const failing = memorySnapshotStore();
    failing.read = () => Promise.reject(new Error('IndexedDB gone'));
    failing.write = () => Promise.reject(new Error('quota'));
    const directory = await open(failing);
    expect(directory.snapshotFound).toBe('missing');
    expect(directory.people.size).toBe(demo.people.length);
  });

  it('writes the snapshot again after changes, debounced', async () => {
    const store = memorySnapshotStore();
    const directory = await open(store);
    const writtenAt = stored(store).writtenAt;
    await db.people
      .findOne(first.id)
      .exec(true)
      .then((doc) => doc.incrementalPatch({ lastName: 'Renommé' }));
    await waitFor(() => stored(store).people.some((person) => person.lastName === 'Renommé'));
    expect(stored(store).writtenAt >= writtenAt).toBe(true);
    expect(names(directory, 'Renomme')).toEqual([first.id]);
  });
});
