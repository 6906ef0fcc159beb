import { userId, deviceId } from '@shared/testing/ids';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEntrySchema, MAX_CONFLICT_LOSS_BYTES } from '@shared/audit/audit';
import { makePerson } from '@shared/members/testing';
import { MAX_REPLACED_VALUES } from '@shared/sync/replaced-value';
import { appendAudit } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard, PermissionDeniedError } from '@renderer/data/write-guard';
import { conflictAuditEvent } from '@renderer/sync/conflict-audit';
import type { MergedConflict } from '@renderer/sync/conflict-handler';
import {
  dismissReplacedValue,
  readReplacedValues,
  restoreReplacedValue,
  RestoreError,
} from '@renderer/sync/replaced-values';

let db: TilleulDatabase;
let session: SessionStore;
const at = new Date('2026-03-01T10:00:00.000Z');
/** Sophie, whose value lost on another PC (pc-a), is signed in here (pc-1). */
const context = { userId: userId('u-a'), deviceId: deviceId('pc-1'), now: () => at };

beforeEach(async () => {
  db = await createMemoryDatabase();
  session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), () => at);
  session.set({ id: userId('u-a'), name: 'Sophie', role: 'secretary' });
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

function conflict(
  lost: MergedConflict['lost'],
  fieldByField = true,
  lostAt = '2026-03-01T09:00:05.000Z',
): MergedConflict {
  return {
    collection: 'people',
    documentId: 'p-1',
    lost,
    winner: { updatedBy: 'u-b', deviceId: deviceId('pc-b'), updatedAt: '2026-03-01T09:00:09.000Z' },
    loser: { updatedBy: 'u-a', deviceId: deviceId('pc-a'), updatedAt: lostAt },
    fieldByField,
  };
}

/** The device that met the conflict (pc-b, Bruno signed in) journals it; the entry syncs here. */
async function journal(merged: MergedConflict, when = at) {
  await appendAudit(
    db,
    { userId: userId('u-b'), userName: 'Bruno', deviceId: deviceId('pc-b'), now: () => when },
    conflictAuditEvent(merged),
  );
}

async function onlyEntry(userId = 'u-a') {
  const inbox = await readReplacedValues(db, userId);
  expect(inbox).toHaveLength(1);
  const [entry] = inbox;
  if (!entry) throw new Error('no entry');
  return entry;
}

describe('values replaced by a sync conflict', () => {
  it('journals each losing value whole, and shows it to the person who typed it, not the others', async () => {
    const long = 'y'.repeat(3000);
    await journal(
      conflict([
        { field: 'firstName', lost: 'Jeannot', kept: 'Jean-Pierre' },
        { field: 'notes', lost: long, kept: 'x' },
      ]),
    );
    const [stored] = await db.audit.find({ selector: { action: 'conflict-merged' } }).exec();
    // The journal's own reading is shortened; the values to put back are whole.
    expect(stored?.changes.find((change) => change.field === 'notes')?.before).toBe(`${'y'.repeat(200)}…`);
    expect(auditEntrySchema.parse(stored?.toJSON()).replaced?.values).toEqual([
      { field: 'firstName', lost: 'Jeannot', kept: 'Jean-Pierre' },
      { field: 'notes', lost: long, kept: 'x' },
    ]);

    const inbox = await readReplacedValues(db, 'u-a');
    expect(inbox.map(({ field, lost }) => [field, lost])).toEqual([
      ['firstName', 'Jeannot'],
      ['notes', long],
    ]);
    expect(inbox[0]).toMatchObject({
      id: `${stored?.id}/firstName`,
      collection: 'people',
      documentId: 'p-1',
      kept: 'Jean-Pierre',
      lostBy: { userId: userId('u-a'), deviceId: deviceId('pc-a'), at: '2026-03-01T09:00:05.000Z' },
      keptBy: { userId: userId('u-b'), deviceId: deviceId('pc-b'), at: '2026-03-01T09:00:09.000Z' },
      resolvedAt: at.toISOString(),
    });
    // Bruno's value stands: he met the conflict, but there is nothing of his to put back.
    expect(await readReplacedValues(db, 'u-b')).toEqual([]);
  });

  it('leaves out deletions, password hashes and receipts (a whole version stands)', async () => {
    await journal(
      conflict([
        { field: '_deleted', lost: false, kept: true },
        { field: 'secret', lost: 'hash-1', kept: 'hash-2' },
      ]),
    );
    await journal(conflict([{ field: 'status', lost: 'x', kept: 'y' }], false));
    const entries = await db.audit.find({ selector: { action: 'conflict-merged' } }).exec();
    expect(entries).toHaveLength(2);
    expect(entries.map((entry) => entry.toJSON().replaced)).toEqual([undefined, undefined]);
    expect(JSON.stringify(entries.map((entry) => entry.toJSON()))).not.toContain('hash-1');
    expect(await readReplacedValues(db, 'u-a')).toEqual([]);
  });

  it('keeps whole only what lets the entry sync: a value beyond the bound stays in the journal alone', async () => {
    const huge = 'z'.repeat(MAX_CONFLICT_LOSS_BYTES);
    await journal(
      conflict([
        { field: 'notes', lost: huge, kept: '' },
        { field: 'phone', lost: '01 02 03 04 05', kept: '' },
      ]),
    );
    expect((await readReplacedValues(db, 'u-a')).map((entry) => entry.field)).toEqual(['phone']);
    const [stored] = await db.audit.find({ selector: { action: 'conflict-merged' } }).exec();
    expect(stored?.changes.map((change) => change.field)).toEqual(['notes', 'phone']);
  });

  it('shows the newest first, one conflict met twice once, and stays bounded', async () => {
    for (let i = 0; i < 3; i++) {
      const lostAt = `2026-03-01T09:00:0${i}.000Z`;
      await journal(
        conflict([{ field: 'phone', lost: `0${i}`, kept: '09' }], true, lostAt),
        new Date(at.getTime() + i),
      );
    }
    // A push retried after its answer was lost meets the same conflict again.
    await journal(
      conflict([{ field: 'phone', lost: '02', kept: '09' }], true, '2026-03-01T09:00:02.000Z'),
      new Date(at.getTime() + 5),
    );
    expect((await readReplacedValues(db, 'u-a')).map((entry) => entry.lost)).toEqual(['02', '01', '00']);
    for (let i = 0; i < MAX_REPLACED_VALUES; i++) {
      await journal(
        conflict(
          [{ field: 'phone', lost: `n${i}`, kept: '09' }],
          true,
          new Date(at.getTime() + 10 + i).toISOString(),
        ),
        new Date(at.getTime() + 10 + i),
      );
    }
    const inbox = await readReplacedValues(db, 'u-a');
    expect(inbox).toHaveLength(MAX_REPLACED_VALUES);
    expect(inbox[0]?.lost).toBe(`n${MAX_REPLACED_VALUES - 1}`);
  });

  it('still shows what the device kept before the journal carried the values, until set aside', async () => {
    const legacy = {
      id: 'legacy-1',
      collection: 'people',
      documentId: 'p-1',
      field: 'phone',
      lost: '01',
      kept: '02',
      lostBy: { userId: userId('u-a'), deviceId: deviceId('pc-a'), at: '2026-02-01T09:00:00.000Z' },
      keptBy: { userId: userId('u-b'), deviceId: deviceId('pc-b'), at: '2026-02-01T09:00:01.000Z' },
      resolvedAt: '2026-02-01T09:00:02.000Z',
    };
    await db.upsertLocal('replaced-values', { values: [{ id: 'broken' }, legacy] });
    expect(await readReplacedValues(db, 'u-a')).toEqual([legacy]);
    await dismissReplacedValue(db, 'legacy-1');
    expect(await readReplacedValues(db, 'u-a')).toEqual([]);
  });

  it('puts a value back as a new, journalled edit; it leaves the inbox here and on the other devices', async () => {
    await db.people.insert(person);
    await journal(conflict([{ field: 'firstName', lost: 'Jeannot', kept: 'Jean-Pierre' }]));
    const entry = await onlyEntry();
    await restoreReplacedValue(db, context, entry);

    const restored = (await db.people.findOne('p-1').exec(true)).toJSON();
    expect(restored).toMatchObject({ firstName: 'Jeannot', lastName: 'Dupond', updatedBy: 'u-a' });
    expect(await readReplacedValues(db, 'u-a')).toEqual([]);
    const journalled = await db.audit.find({ selector: { action: 'update', documentId: 'p-1' } }).exec();
    expect(journalled.map((e) => e.changes)).toEqual([
      [{ field: 'firstName', before: 'Jean-Pierre', after: 'Jeannot' }],
    ]);

    // Another device, where the entry was never set aside: the record holds the value again.
    await db.upsertLocal('replaced-values-set-aside', { ids: [] });
    expect(await readReplacedValues(db, 'u-a')).toEqual([]);
    // Changed again afterwards, the value that lost is worth showing again.
    const doc = await db.people.findOne('p-1').exec(true);
    await doc.incrementalPatch({ firstName: 'Jean' });
    expect((await readReplacedValues(db, 'u-a')).map((e) => e.lost)).toEqual(['Jeannot']);
  });

  it('refuses to put back what the role may not write, what no longer fits, or on a record gone', async () => {
    await db.people.insert(person);
    await journal(conflict([{ field: 'lastName', lost: '', kept: 'Dupond' }]));
    const invalid = await onlyEntry();
    await expect(restoreReplacedValue(db, context, invalid)).rejects.toEqual(
      new RestoreError('RESTORE_INVALID'),
    );

    await expect(
      restoreReplacedValue(db, context, { ...invalid, documentId: 'gone', lost: 'Durand' }),
    ).rejects.toEqual(new RestoreError('RESTORE_GONE'));

    session.set({ id: userId('door-1'), name: 'Porte', role: 'door' });
    await expect(restoreReplacedValue(db, context, { ...invalid, lost: 'Durand' })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    expect((await db.people.findOne('p-1').exec(true)).lastName).toBe('Dupond');
    expect(await readReplacedValues(db, 'u-a')).toHaveLength(1);

    await dismissReplacedValue(db, invalid.id);
    expect(await readReplacedValues(db, 'u-a')).toEqual([]);
    expect(await db.audit.count({ selector: { action: 'conflict-merged' } }).exec()).toBe(1);
  });
});
