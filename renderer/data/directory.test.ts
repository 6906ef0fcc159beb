import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RxCollection } from 'rxdb/plugins/core';
import type { TilleulDatabase } from '@renderer/data/database';
import { Directory, prepareSnapshot } from '@renderer/data/directory';
import { CURRENT_SNAPSHOT_SIGNATURE, memorySnapshotStore } from '@renderer/data/directory-snapshot';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { waitFor } from '@renderer/data/members/testing';
import { generateDemoAssociation } from '@shared/demo/demo-association';
import type { PersonDocument } from '@shared/members/person';
import { PeopleSearchIndex } from '@shared/search/people-index';
import { decodeSnapshot, directoryPerson, encodeSnapshot, snapshotSignature } from '@shared/search/snapshot';
import { eventId, personId } from '@shared/testing/ids';
import { makeAttendance } from '@shared/events/testing';
import { buildDirectorySeed } from '@shared/sync/directory-seed.testing';

const demo = generateDemoAssociation({ size: 'small', seed: 19 });
const [first, second] = demo.people as [PersonDocument, PersonDocument];
let db: TilleulDatabase;
const opened: Directory[] = [];

async function open(store: ReturnType<typeof memorySnapshotStore>, writeDelayMs = 5, documents = true) {
  const directory = await Directory.open(db, {
    snapshot: store,
    signature: CURRENT_SNAPSHOT_SIGNATURE,
    writeDelayMs,
    documents,
  });
  opened.push(directory);
  return directory;
}
const names = (directory: Directory, query: string) =>
  directory.index.search(query, { limit: 5 }).map(({ person }) => person.id);
const stored = (store: ReturnType<typeof memorySnapshotStore>) => {
  const decoded = decodeSnapshot(store.stored, CURRENT_SNAPSHOT_SIGNATURE);
  if (decoded.kind !== 'ok') throw new Error(`snapshot ${decoded.kind}`);
  return {
    ...decoded.snapshot,
    people: decoded.snapshot.index.exportState().people,
    memberships: [...decoded.snapshot.memberships],
  };
};

/** Deletes the document `id` of `collection`, as the sync or another tab would. */
const remove = (collection: RxCollection, id: string) =>
  collection
    .findOne(id)
    .exec(true)
    .then((doc) => doc.remove());
/** The ids of the people in the snapshot `store` holds, sorted. */
const storedIds = (store: ReturnType<typeof memorySnapshotStore>) =>
  stored(store)
    .people.map((person) => person.id)
    .sort();
/** The seed the server would send for `people` and every membership of the demo. */
const seedOf = (people: readonly PersonDocument[]) =>
  buildDirectorySeed(people, demo.memberships, CURRENT_SNAPSHOT_SIGNATURE, new Date());
/** A new device, nothing pulled yet, and its directory (a door's keeps no documents). */
const newDevice = async (documents = true) => {
  await db.people.find().remove();
  await db.memberships.find().remove();
  const store = memorySnapshotStore();
  return { store, directory: await open(store, 5, documents) };
};
/** A new device whose directory adopted the seed of `first` and `second`. */
const seededNewDevice = async (documents = true) => {
  const { store, directory } = await newDevice(documents);
  const seed = seedOf([first, second]);
  expect(directory.adoptSeed(seed)).toBe(true);
  return { store, directory, seed };
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

  it('maps the snapshot’s memberships by id only when a status is first read, not at start', async () => {
    const store = memorySnapshotStore();
    await open(store).then((directory) => directory.close());
    const early = await prepareSnapshot(store, CURRENT_SNAPSHOT_SIGNATURE);
    expect([...early.memberships]).toHaveLength(demo.memberships.length);
    // Counts the walks over the snapshot's list: mapping it is what a start no longer pays for.
    let walks = 0;
    const list = early.memberships;
    const counted = {
      ...early,
      memberships: { [Symbol.iterator]: () => ((walks += 1), list[Symbol.iterator]()) },
    };
    // The collections' read (which brings the statuses in line) waits until released.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const query = db.memberships.storageInstance.query.bind(db.memberships.storageInstance);
    const stalled = vi
      .spyOn(db.memberships.storageInstance, 'query')
      .mockImplementation((prepared) => held.then(() => query(prepared)));
    const directory = await Directory.open(db, {
      snapshot: store,
      signature: CURRENT_SNAPSHOT_SIGNATURE,
      writeDelayMs: 5,
      prepared: Promise.resolve(counted),
    });
    opened.push(directory);
    const view = directory.getView();
    expect(names(directory, first.memberNumber)).toEqual([first.id]);
    expect(walks).toBe(0);
    // A screen that shows a status reads them: mapped once, every membership there.
    expect(view.statusMemberships.size).toBe(demo.memberships.length);
    expect(view.statusMemberships.get(demo.memberships[0]?.id ?? '')).toEqual(
      expect.objectContaining({ id: demo.memberships[0]?.id }),
    );
    expect(directory.getView().statusMemberships.size).toBe(demo.memberships.length);
    expect(walks).toBe(1);
    release();
    await directory.completed;
    stalled.mockRestore();
    expect(directory.getView().statusMemberships.size).toBe(demo.memberships.length);
    expect(walks).toBe(1);
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
    await remove(db.people, second.id);
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
  it('during a first sync, writes the snapshot once at its end, not after each page pulled', async () => {
    const store = memorySnapshotStore();
    const directory = await open(store);
    const before = store.stored;
    directory.firstSyncBegan();
    // Pages of people pulled, seconds apart: nothing written meanwhile.
    await db.people.insert({ ...first, id: personId('person-page-1'), lastName: 'Pagea' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    await db.people.insert({ ...first, id: personId('person-page-2'), lastName: 'Pageb' });
    await waitFor(() => names(directory, 'pageb').length === 1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(store.stored).toBe(before);
    await directory.firstSyncEnded();
    expect(stored(store).people.map((person) => person.lastName)).toEqual(
      expect.arrayContaining(['Pagea', 'Pageb']),
    );
    // After it, changes are written as before (debounced).
    const ended = store.stored;
    await db.people.insert({ ...first, id: personId('person-page-3'), lastName: 'Pagec' });
    await waitFor(() => store.stored !== ended);
    expect(stored(store).people.some((person) => person.lastName === 'Pagec')).toBe(true);
  });
});

describe('a new door device’s directory seed (issue 19)', () => {
  it('searches from the seed before a person is pulled, keeps what is pulled over it, and is brought in line once the first sync ends', async () => {
    const { store, directory } = await newDevice();
    expect(directory.index.size).toBe(0);
    const emptySnapshot = store.stored;
    const ghost = { ...second, id: personId('person-ghost'), lastName: 'Fantôme', formerMemberNumbers: [] };
    const versions: number[] = [];
    directory.subscribe(() => versions.push(directory.getView().version));

    expect(directory.adoptSeed(seedOf([first, second, ghost]))).toBe(true);
    expect(versions).toHaveLength(1);
    expect(directory.getView().index.size).toBe(3);
    expect(names(directory, `${first.lastName} ${first.firstName}`)).toContain(first.id);
    expect(names(directory, 'fantome')).toEqual([ghost.id]);
    expect(directory.getView().statusMemberships.size).toBe(demo.memberships.length);

    // The replication pulls a newer copy of a person: it replaces the seed's. The seed's copy of
    // another, pulled as it is, is not indexed again.
    const upserts = vi.spyOn(directory.index, 'upsert');
    await db.people.insert({ ...first, lastName: 'Pulled', updatedAt: '2026-12-05T00:00:00.000Z' });
    await waitFor(() => names(directory, 'Pulled').length === 1);
    await db.people.insert(second);
    await waitFor(() => directory.people.has(second.id));
    expect(upserts.mock.calls.map(([person]) => person.id)).toEqual([first.id]);
    upserts.mockRestore();
    // While the seed stands for people not pulled yet, no snapshot is written: the next start
    // would take it for the collections' copy.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(store.stored).toBe(emptySnapshot);

    // The first sync ends without the ghost (deleted before this device enrolled): it goes.
    await directory.settleSeed();
    expect(names(directory, 'fantome')).toEqual([]);
    expect(directory.index.size).toBe(2);
    expect(storedIds(store)).toEqual([first.id, second.id].sort());
    // The memberships the collections do not hold go too (none were pulled here).
    expect(directory.statusMemberships.size).toBe(0);
  });

  it('writes the seed itself as its snapshot when the first sync pulled nothing that differs from it', async () => {
    const { store, directory, seed } = await seededNewDevice();
    // The first sync pulls the seed's people and memberships as they are.
    await db.people.bulkInsert([first, second]);
    await db.memberships.bulkInsert(demo.memberships);
    await waitFor(
      () => directory.people.size === 2 && directory.memberships.size === demo.memberships.length,
    );
    await directory.settleSeed();
    // Not encoded again (about 110 MB allocated at 50,000 people): the seed as it came.
    expect(store.stored).toBe(seed);
    expect(storedIds(store)).toEqual([first.id, second.id].sort());
  });

  it('encodes its snapshot anew when a membership pulled differs from the seed’s', async () => {
    const { store, directory, seed } = await seededNewDevice();
    const [cancelled, ...others] = demo.memberships;
    if (!cancelled) throw new Error('the demo has memberships');
    await db.people.bulkInsert([first, second]);
    await db.memberships.bulkInsert([{ ...cancelled, cancelledOn: '2026-12-01' }, ...others]);
    await waitFor(() => directory.memberships.size === demo.memberships.length);
    await directory.settleSeed();
    expect(store.stored).not.toBe(seed);
    expect(stored(store).memberships.find((m) => m.id === cancelled.id)?.cancelledOn).toBe('2026-12-01');
  });

  it('ignores a seed of another schema and changes nothing', async () => {
    const store = memorySnapshotStore();
    const directory = await open(store);
    const other = buildDirectorySeed(
      [first],
      [],
      snapshotSignature({ people: 99, households: 0, memberships: 0 }),
      new Date(),
    );
    expect(directory.adoptSeed(other)).toBe(false);
    expect(directory.index.size).toBe(demo.people.length);
    await directory.settleSeed();
    expect(directory.index.size).toBe(demo.people.length);
  });
});

describe('a new door device’s seeded check-ins (issue 16: « déjà entré » from the first minute)', () => {
  it('shows them by event until the first pull of the attendance has made its pass, then lets them go', async () => {
    const { directory } = await newDevice(false);
    const tonight = eventId('event-tonight');
    const records = [
      makeAttendance(tonight, first.id, { present: true, checkedInAt: '2026-12-05T18:02:00.000Z' }),
      makeAttendance(tonight, second.id, { registered: true }),
      makeAttendance(eventId('event-fair'), first.id, {
        present: true,
        checkedInAt: '2026-12-05T10:00:00.000Z',
      }),
    ];
    const views: number[] = [];
    directory.subscribe(() => views.push(directory.getView().version));
    expect(directory.getView().seededAttendance).toBeUndefined();
    expect(directory.adoptSeed(seedOf([first, second]), records)).toBe(true);
    const seeded = directory.getView().seededAttendance;
    expect(seeded?.get(tonight)?.map((record) => record.personId)).toEqual([first.id, second.id]);
    expect(seeded?.get(eventId('event-fair'))).toHaveLength(1);
    expect(views).toHaveLength(1);

    directory.seedAttendanceIn();
    expect(directory.getView().seededAttendance).toBeUndefined();
    expect(views).toHaveLength(2);
    // Said again (a later pass): nothing changes, no new view for the screens.
    directory.seedAttendanceIn();
    expect(views).toHaveLength(2);
  });

  it('takes none from a seed that carried none (an older server): the entrance then warns', async () => {
    const { directory } = await seededNewDevice(false);
    expect(directory.getView().seededAttendance).toBeUndefined();
  });
});

describe('a door device’s directory: the index and the statuses, no documents (issue 19)', () => {
  const openDoor = (store: ReturnType<typeof memorySnapshotStore>) => open(store, 5, false);
  const noDocuments = (directory: Directory) => {
    const view = directory.getView();
    expect([view.people.size, view.households.size, view.memberships.size]).toEqual([0, 0, 0]);
  };

  it('searches and gives statuses from the collections without holding a document, and follows changes', async () => {
    const store = memorySnapshotStore();
    const directory = await openDoor(store);
    expect(directory.getView().complete).toBe(true);
    noDocuments(directory);
    expect(directory.index.size).toBe(demo.people.length);
    expect(directory.statusMemberships.size).toBe(demo.memberships.length);
    expect(names(directory, first.memberNumber)).toEqual([first.id]);

    await db.people.upsert({ ...first, lastName: 'Renommé' });
    await waitFor(() => names(directory, 'renomme').length === 1);
    await remove(db.people, second.id);
    await waitFor(() => !directory.index.has(second.id));
    const [membership] = demo.memberships;
    if (!membership) throw new Error('the demo has memberships');
    await db.memberships.upsert({ ...membership, cancelledOn: '2026-12-01' });
    await waitFor(() => directory.statusMemberships.get(membership.id)?.cancelledOn === '2026-12-01');
    noDocuments(directory);
    // The snapshot follows as on any device.
    await waitFor(() => !stored(store).people.some((person) => person.id === second.id));
    expect(stored(store).people.find((person) => person.id === first.id)?.lastName).toBe('Renommé');
  });

  it('at a start from a snapshot behind the data, brings the index and the statuses in line', async () => {
    const store = memorySnapshotStore();
    await openDoor(store).then((directory) => directory.close());
    await remove(db.people, second.id);
    const [ended] = demo.memberships;
    if (!ended) throw new Error('the demo has memberships');
    await remove(db.memberships, ended.id);
    const directory = await openDoor(store);
    expect(directory.index.has(second.id)).toBe(true);
    await directory.completed;
    expect(directory.index.has(second.id)).toBe(false);
    expect(directory.statusMemberships.has(ended.id)).toBe(false);
    expect(directory.statusMemberships.size).toBe(demo.memberships.length - 1);
    noDocuments(directory);
  });

  it('on a first sync from a seed, takes out at its end only what was never pulled, without documents', async () => {
    const { store, directory } = await newDevice(false);
    // Pulled before the seed came (the people are pulled beside it): newer than the seed's copy.
    await db.people.insert({ ...first, lastName: 'Avant', updatedAt: '2026-12-05T00:00:00.000Z' });
    await waitFor(() => names(directory, 'Avant').length === 1);
    const ghost = { ...second, id: personId('person-ghost'), lastName: 'Fantôme', formerMemberNumbers: [] };
    expect(directory.adoptSeed(seedOf([first, second, ghost]))).toBe(true);
    expect(names(directory, 'Avant')).toEqual([first.id]);
    expect(names(directory, 'fantome')).toEqual([ghost.id]);
    const [kept, ...notPulled] = demo.memberships;
    if (!kept) throw new Error('the demo has memberships');
    await db.people.insert(second);
    await db.memberships.insert(kept);
    await waitFor(() => directory.statusMemberships.get(kept.id) !== undefined);
    await directory.settleSeed();
    expect([...directory.index.ids()].sort()).toEqual([first.id, second.id].sort());
    expect(names(directory, 'Avant')).toEqual([first.id]);
    expect([...directory.statusMemberships.keys()]).toEqual([kept.id]);
    expect(notPulled.some((membership) => directory.statusMemberships.has(membership.id))).toBe(false);
    noDocuments(directory);
    // Something differed from the seed (a newer copy, a ghost): encoded anew.
    expect(storedIds(store)).toEqual([first.id, second.id].sort());
  });

  it('writes the seed itself when everything pulled was the seed’s', async () => {
    const { store, directory, seed } = await seededNewDevice(false);
    const upserts = vi.spyOn(directory.index, 'upsert');
    const adopted = directory.getView().version;
    await db.people.bulkInsert([first, second]);
    await db.memberships.bulkInsert(demo.memberships);
    // One new version per bulk of changes applied: the people's, then the memberships'.
    await waitFor(() => directory.getView().version === adopted + 2);
    await directory.settleSeed();
    expect(upserts).not.toHaveBeenCalled();
    expect(store.stored).toBe(seed);
    noDocuments(directory);
  });
});
