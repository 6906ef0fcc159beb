import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePerson } from '@shared/members/testing';
import { MAX_REPLACED_VALUES } from '@shared/sync/replaced-value';
import type { TilleulDatabase } from '@renderer/data/database';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard, PermissionDeniedError } from '@renderer/data/write-guard';
import type { MergedConflict } from '@renderer/sync/conflict-handler';
import {
  dismissReplacedValue,
  readReplacedValues,
  recordReplacedValues,
  restoreReplacedValue,
  RestoreError,
} from '@renderer/sync/replaced-values';

let db: TilleulDatabase;
let session: SessionStore;
const at = new Date('2026-03-01T10:00:00.000Z');
const context = { userId: 'sec-1', deviceId: 'pc-1', now: () => at };

beforeEach(async () => {
  db = await createMemoryDatabase();
  session = new SessionStore();
  installWriteGuard(db, session, 'pc-1', () => at);
  session.set({ id: 'sec-1', name: 'Sophie', role: 'secretary' });
});
afterEach(async () => {
  await db.close();
});

const person = makePerson({
  id: 'p-1',
  firstName: 'Jean-Pierre',
  lastName: 'Dupond',
  notes: 'x'.repeat(3000),
});

function conflict(lost: MergedConflict['lost'], fieldByField = true): MergedConflict {
  return {
    collection: 'people',
    documentId: 'p-1',
    lost,
    winner: { updatedBy: 'u-b', deviceId: 'pc-b', updatedAt: '2026-03-01T09:00:09.000Z' },
    loser: { updatedBy: 'u-a', deviceId: 'pc-a', updatedAt: '2026-03-01T09:00:05.000Z' },
    fieldByField,
  };
}

async function onlyEntry() {
  const inbox = await readReplacedValues(db);
  expect(inbox).toHaveLength(1);
  const [entry] = inbox;
  if (!entry) throw new Error('no entry');
  return entry;
}

describe('values replaced by a sync conflict', () => {
  it('keeps each losing value whole, with who wrote both sides, when and where', async () => {
    const long = 'y'.repeat(3000);
    await recordReplacedValues(
      db,
      conflict([
        { field: 'firstName', lost: 'Jeannot', kept: 'Jean-Pierre' },
        { field: 'notes', lost: long, kept: 'x' },
      ]),
      at,
    );
    const inbox = await readReplacedValues(db);
    expect(inbox.map(({ field, lost }) => [field, lost])).toEqual([
      ['firstName', 'Jeannot'],
      ['notes', long],
    ]);
    expect(inbox[0]).toMatchObject({
      collection: 'people',
      documentId: 'p-1',
      kept: 'Jean-Pierre',
      lostBy: { userId: 'u-a', deviceId: 'pc-a', at: '2026-03-01T09:00:05.000Z' },
      keptBy: { userId: 'u-b', deviceId: 'pc-b', at: '2026-03-01T09:00:09.000Z' },
      resolvedAt: at.toISOString(),
    });
  });

  it('leaves out deletions, password hashes and receipts (a whole version stands)', async () => {
    await recordReplacedValues(
      db,
      conflict([
        { field: '_deleted', lost: false, kept: true },
        { field: 'secret', lost: 'hash-1', kept: 'hash-2' },
      ]),
      at,
    );
    await recordReplacedValues(db, conflict([{ field: 'status', lost: 'x', kept: 'y' }], false), at);
    expect(await readReplacedValues(db)).toEqual([]);
  });

  it('records concurrent conflicts without losing one, newest first, and stays bounded', async () => {
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        recordReplacedValues(db, conflict([{ field: 'phone', lost: `0${i}`, kept: '09' }]), at),
      ),
    );
    expect((await readReplacedValues(db)).map((entry) => entry.lost)).toEqual(['04', '03', '02', '01', '00']);
    for (let i = 0; i < MAX_REPLACED_VALUES; i++) {
      await recordReplacedValues(db, conflict([{ field: 'phone', lost: `n${i}`, kept: '09' }]), at);
    }
    const inbox = await readReplacedValues(db);
    expect(inbox).toHaveLength(MAX_REPLACED_VALUES);
    expect(inbox[0]?.lost).toBe(`n${MAX_REPLACED_VALUES - 1}`);
  });

  it('drops an entry that no longer reads, keeps the others', async () => {
    await recordReplacedValues(db, conflict([{ field: 'phone', lost: '01', kept: '02' }]), at);
    const [good] = await readReplacedValues(db);
    await db.upsertLocal('replaced-values', { values: [{ id: 'broken' }, good] });
    expect(await readReplacedValues(db)).toEqual([good]);
  });

  it('puts a value back as a new, journalled edit, and the entry leaves the inbox', async () => {
    await db.people.insert(person);
    await recordReplacedValues(
      db,
      conflict([{ field: 'firstName', lost: 'Jeannot', kept: 'Jean-Pierre' }]),
      at,
    );
    const entry = await onlyEntry();
    await restoreReplacedValue(db, context, entry);

    const restored = (await db.people.findOne('p-1').exec(true)).toJSON();
    expect(restored).toMatchObject({ firstName: 'Jeannot', lastName: 'Dupond', updatedBy: 'sec-1' });
    expect(await readReplacedValues(db)).toEqual([]);
    const journal = await db.audit.find({ selector: { action: 'update', documentId: 'p-1' } }).exec();
    expect(journal.map((e) => e.changes)).toEqual([
      [{ field: 'firstName', before: 'Jean-Pierre', after: 'Jeannot' }],
    ]);
  });

  it('refuses to put back what the role may not write, what no longer fits, or on a record gone', async () => {
    await db.people.insert(person);
    await recordReplacedValues(db, conflict([{ field: 'lastName', lost: '', kept: 'Dupond' }]), at);
    const invalid = await onlyEntry();
    await expect(restoreReplacedValue(db, context, invalid)).rejects.toEqual(
      new RestoreError('RESTORE_INVALID'),
    );

    await expect(
      restoreReplacedValue(db, context, { ...invalid, documentId: 'gone', lost: 'Durand' }),
    ).rejects.toEqual(new RestoreError('RESTORE_GONE'));

    session.set({ id: 'door-1', name: 'Porte', role: 'door' });
    await expect(restoreReplacedValue(db, context, { ...invalid, lost: 'Durand' })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    expect((await db.people.findOne('p-1').exec(true)).lastName).toBe('Dupond');
    expect(await readReplacedValues(db)).toHaveLength(1);

    await dismissReplacedValue(db, invalid.id);
    expect(await readReplacedValues(db)).toEqual([]);
  });
});
