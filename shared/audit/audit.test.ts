import { describe, expect, it } from 'vitest';
import { diffDocuments } from '@shared/audit/audit';
import { toRxJsonSchema } from '@shared/schema/collection-spec';
import { auditCollection, auditEntrySchema } from '@shared/audit/audit';
import { usersCollection } from '@shared/auth/user';
import { isWellFormedText } from '@shared/text/unicode';

describe('audit changes', () => {
  it('lists the fields that changed, not the bookkeeping ones', () => {
    const before = { id: 'p1', lastName: 'Dupont', city: 'Albi', updatedAt: '1', _rev: '1-a' };
    const after = {
      id: 'p1',
      lastName: 'Dupond',
      city: 'Albi',
      phone: '0600000000',
      updatedAt: '2',
      _rev: '2-b',
    };
    expect(diffDocuments(before, after)).toEqual([
      { field: 'lastName', before: 'Dupont', after: 'Dupond' },
      { field: 'phone', before: null, after: '0600000000' },
    ]);
  });

  it('sees equal nested objects as equal whatever their key order', () => {
    expect(
      diffDocuments({ address: { city: 'Albi', line1: 'x' } }, { address: { line1: 'x', city: 'Albi' } }),
    ).toEqual([]);
  });

  it('never copies secrets or images, and shortens long values', () => {
    const changes = diffDocuments(
      { secret: { hash: 'abc' }, logo: '' },
      { secret: { hash: 'def' }, logo: 'data:image/png;base64,AAAA', notes: 'x'.repeat(500) },
    );
    expect(changes).toEqual([
      { field: 'logo', before: '[masqué]', after: '[masqué]' },
      { field: 'notes', before: null, after: expect.stringMatching(/^x{200}…$/) },
      { field: 'secret', before: '[masqué]', after: '[masqué]' },
    ]);
  });

  it('shortens a long value without cutting an emoji in two (the entry must sync)', () => {
    const notes = `${'x'.repeat(199)}😀 suite`;
    const [change] = diffDocuments({ notes: '' }, { notes });
    expect(change?.after).toBe(`${'x'.repeat(199)}…`);
    expect(isWellFormedText(String(change?.after))).toBe(true);
  });

  it('records a creation and a deletion against nothing', () => {
    expect(diffDocuments(null, { id: 'a', createdAt: '2026-01-01T00:00:00.000Z', name: 'Bob' })).toEqual([
      { field: 'name', before: null, after: 'Bob' },
    ]);
    expect(diffDocuments({ id: 'a', name: 'Bob' }, null)).toEqual([
      { field: 'name', before: 'Bob', after: null },
    ]);
  });

  it('migrates a version 1 entry as it is, and reads the losing values whole on version 2', () => {
    const v1 = {
      id: 'a-1',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
      updatedBy: 'u-b',
      deviceId: 'pc-b',
      action: 'conflict-merged',
      userName: 'Bruno',
      collectionName: 'people',
      documentId: 'p-1',
      changes: [{ field: 'phone', before: '01', after: '02' }],
      detail: 'sync.audit.conflictMerged',
      recordedDevice: { id: 'pc-b', name: 'Portable' },
    };
    const migrated = auditCollection.migrations?.[2]?.(v1);
    expect(auditEntrySchema.parse(migrated)).toEqual(v1);
    const side = (userId: string) => ({ userId, deviceId: 'pc-a', at: '2026-03-01T09:00:00.000Z' });
    const replaced = {
      lostBy: side('u-a'),
      keptBy: side('u-b'),
      values: [{ field: 'notes', lost: 'x'.repeat(5000), kept: '' }],
    };
    expect(auditEntrySchema.parse({ ...v1, replaced }).replaced).toEqual(replaced);
    for (const wrong of [
      { ...replaced, lostBy: side('u'.repeat(41)) },
      { ...replaced, values: [{ field: 'f'.repeat(101), lost: 1, kept: 2 }] },
      { ...replaced, values: Array.from({ length: 201 }, () => ({ field: 'phone', lost: 1, kept: 2 })) },
      { ...replaced, extra: true },
    ]) {
      expect(auditEntrySchema.safeParse({ ...v1, replaced: wrong }).success).toBe(false);
    }
  });

  it('derives valid RxDB schemas for users and audit', () => {
    expect(toRxJsonSchema(auditCollection).indexes).toEqual([
      'createdAt',
      'documentId',
      ['updatedBy', 'createdAt'],
      ['action', 'createdAt'],
    ]);
    expect(toRxJsonSchema(usersCollection).properties.secret).toMatchObject({ type: 'object' });
  });
});
