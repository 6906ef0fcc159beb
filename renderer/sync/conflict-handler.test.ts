import { userId, deviceId } from '@shared/testing/ids';
import { afterEach, describe, expect, it } from 'vitest';
import type { TilleulDatabase } from '@renderer/data/database';
import { appendAudit } from '@renderer/data/audit/write';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { conflictAuditEvent } from '@renderer/sync/conflict-audit';
import { createConflictHandler, sameReplicatedState } from '@renderer/sync/conflict-handler';
import type { MergedConflict } from '@renderer/sync/conflict-handler';
import { cancelled, makeReceipt } from '@shared/receipts/testing';

const base = {
  id: 'u-1',
  name: 'Ana',
  role: 'secretary',
  secret: 'hash-0',
  updatedAt: '2026-03-01T09:00:00.000Z',
  deviceId: deviceId('a'),
  updatedBy: 'x',
  _deleted: false,
};

describe('conflict handler', () => {
  it('compares replicated states only, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse());
    expect(
      sameReplicatedState(base, { ...reordered, _meta: { lwt: 1 }, _rev: '1-x', _attachments: {} }),
    ).toBe(true);
    expect(sameReplicatedState(base, { ...base, name: 'Anna' })).toBe(false);
  });

  it('merges three ways and reports the losing values', async () => {
    const merged: MergedConflict[] = [];
    const handler = createConflictHandler<typeof base>('users', async (m) => void merged.push(m));
    const ours = {
      ...base,
      name: 'Anna',
      secret: 'hash-1',
      updatedAt: '2026-03-01T09:00:05.000Z',
      deviceId: deviceId('b'),
    };
    const theirs = {
      ...base,
      role: 'treasurer',
      secret: 'hash-2',
      updatedAt: '2026-03-01T09:00:09.000Z',
      deviceId: deviceId('c'),
    };
    const result = await handler.resolve(
      {
        assumedMasterState: base,
        newDocumentState: { ...ours, _meta: { lwt: 5 } } as typeof ours,
        realMasterState: theirs,
      },
      'test',
    );
    expect(result).toEqual({
      ...base,
      name: 'Anna',
      role: 'treasurer',
      secret: 'hash-2',
      updatedAt: theirs.updatedAt,
      deviceId: deviceId('c'),
    });
    expect(merged).toEqual([
      {
        collection: 'users',
        documentId: 'u-1',
        lost: [{ field: 'secret', lost: 'hash-1', kept: 'hash-2' }],
        winner: theirs,
        loser: ours,
        fieldByField: true,
      },
    ]);
  });

  it('keeps a receipt whole: this device’s cancellation wins over the issued one, nothing else does', async () => {
    const merged: MergedConflict[] = [];
    const handler = createConflictHandler<Record<string, unknown>>(
      'receipts',
      async (m) => void merged.push(m),
    );
    const issued = { ...makeReceipt({ id: 'r-1' }), _deleted: false };
    const ours = { ...cancelled(makeReceipt({ id: 'r-1' }), 'Doublon'), _deleted: false };
    // The server has the issued receipt and this device cancelled it: the cancellation stands.
    expect(
      await handler.resolve(
        { assumedMasterState: issued, newDocumentState: ours, realMasterState: issued },
        't',
      ),
    ).toEqual(ours);
    // Cancelled elsewhere first: that cancellation stands, and this device's reason is logged.
    const theirs = {
      ...cancelled(makeReceipt({ id: 'r-1' }), 'Erreur de donateur'),
      updatedAt: '2026-03-04T08:00:00.000Z',
      _deleted: false,
    };
    expect(
      await handler.resolve(
        { assumedMasterState: issued, newDocumentState: ours, realMasterState: theirs },
        't',
      ),
    ).toEqual(theirs);
    // An edit of the issued receipt (here, a donor renamed) is never merged into it.
    const edited = { ...issued, donor: { ...issued.donor, name: 'Marie Durand' } };
    expect(
      await handler.resolve(
        { assumedMasterState: issued, newDocumentState: edited, realMasterState: issued },
        't',
      ),
    ).toEqual(issued);
    expect(merged.map((m) => m.lost.map((value) => value.field))).toEqual([['cancellation'], ['donor']]);
  });

  it('still resolves when the journal cannot be written', async () => {
    const failures: unknown[] = [];
    const handler = createConflictHandler<typeof base>(
      'users',
      async () => {
        throw new Error('disk full');
      },
      (e) => failures.push(e),
    );
    const result = await handler.resolve(
      {
        assumedMasterState: base,
        newDocumentState: { ...base, name: 'B', updatedAt: '2026-03-01T09:00:01.000Z' },
        realMasterState: { ...base, name: 'C' },
      },
      'test',
    );
    expect(result.name).toBe('B');
    expect(failures).toHaveLength(1);
  });
});

describe('conflict journal entry', () => {
  let db: TilleulDatabase | undefined;
  afterEach(async () => {
    await db?.close();
  });

  it('records each losing value, secrets masked, as a conflict-merged entry', async () => {
    db = await createMemoryDatabase();
    const event = conflictAuditEvent({
      collection: 'users',
      documentId: 'u-1',
      winner: {},
      loser: {},
      fieldByField: true,
      lost: [
        { field: 'secret', lost: 'hash-1', kept: 'hash-2' },
        { field: 'name', lost: 'Anna', kept: 'Annie' },
        { field: '_deleted', lost: false, kept: true },
      ],
    });
    await appendAudit(
      db,
      {
        userId: userId('u-9'),
        userName: 'Zoé',
        deviceId: deviceId('d-1'),
        now: () => new Date('2026-03-01T10:00:00.000Z'),
      },
      event,
    );
    const [entry] = await db.audit.find().exec();
    expect(entry?.toJSON()).toMatchObject({
      action: 'conflict-merged',
      collectionName: 'users',
      documentId: 'u-1',
      detail: 'sync.audit.conflictMerged',
      changes: [
        { field: 'secret', before: '[masqué]', after: '[masqué]' },
        { field: 'name', before: 'Anna', after: 'Annie' },
        { field: '_deleted', before: false, after: true },
      ],
      // Whole, for the device of the person whose value lost: neither the hash nor the deletion.
      replaced: {
        lostBy: { userId: userId(''), deviceId: deviceId(''), at: '' },
        keptBy: { userId: userId(''), deviceId: deviceId(''), at: '' },
        values: [{ field: 'name', lost: 'Anna', kept: 'Annie' }],
      },
    });
    expect(JSON.stringify(entry?.toJSON())).not.toContain('hash-1');
  });
});
