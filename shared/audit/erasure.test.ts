import { describe, expect, it } from 'vitest';
import { auditEntrySchema } from '@shared/audit/audit';
import type { AuditEntry } from '@shared/audit/audit';
import { auditEntryChange, auditEntryRelated, eraseAuditEntry, ERASED_VALUE } from '@shared/audit/erasure';

const stamps = {
  createdAt: '2025-09-01T10:00:00.000Z',
  updatedAt: '2025-09-01T10:00:00.000Z',
  updatedBy: 'user-1',
  deviceId: 'pc-1',
};

const entry = (id: string, fields: Partial<AuditEntry> = {}): AuditEntry =>
  auditEntrySchema.parse({
    id,
    ...stamps,
    action: 'update',
    userName: 'Sophie Secrétaire',
    collectionName: 'people',
    documentId: 'person-1',
    changes: [
      { field: 'email', before: null, after: 'lea.morel@example.fr' },
      { field: 'address.city', before: 'Albi', after: 'Gaillac' },
    ],
    detail: '',
    ...fields,
  });

const erasure = entry('erasure-1', {
  action: 'erasure',
  changes: [],
  erasure: { documentIds: ['person-1', 'membership-1'] },
});
const read = (collection: string, id: string) =>
  collection === 'audit' && id === erasure.id ? erasure : undefined;

describe('erasing the values of a journal entry', () => {
  it('keeps the fact (who, when, which fields) and replaces every value with the marker', () => {
    const erased = eraseAuditEntry(
      { ...entry('a-1'), recordedDevice: { id: 'pc-1', name: 'PC' } },
      'erasure-1',
    );
    expect(erased).toEqual({
      ...entry('a-1'),
      changes: [
        { field: 'email', before: null, after: ERASED_VALUE },
        { field: 'address.city', before: ERASED_VALUE, after: ERASED_VALUE },
      ],
      erasedBy: 'erasure-1',
    });
    // A valid entry still, and nothing of the person left in it.
    expect(auditEntrySchema.safeParse(erased).success).toBe(true);
    expect(JSON.stringify(erased)).not.toMatch(/lea\.morel|Albi|Gaillac/);
  });

  it('erases the whole values a merged conflict kept, not who wrote them', () => {
    const author = { userId: 'user-1', deviceId: 'pc-1', at: stamps.createdAt };
    const conflict = entry('a-2', {
      action: 'conflict-merged',
      replaced: {
        lostBy: author,
        keptBy: author,
        values: [{ field: 'phone', lost: '0612345678', kept: '' }],
      },
    });
    const erased = eraseAuditEntry(conflict, 'erasure-1');
    expect(erased.replaced).toEqual({
      lostBy: author,
      keptBy: author,
      values: [{ field: 'phone', lost: ERASED_VALUE, kept: ERASED_VALUE }],
    });
    expect(auditEntryChange(conflict, erased, read)).toEqual({ allowed: true });
  });

  it('allows exactly the rewrite by an erasure that names the document, and nothing else', () => {
    const stored = { ...entry('a-1'), _deleted: false };
    const rewrite = { ...eraseAuditEntry(stored, 'erasure-1'), _deleted: false };
    expect(auditEntryChange(stored, rewrite, read)).toEqual({ allowed: true });
    expect(auditEntryRelated(rewrite)).toEqual([{ collection: 'audit', id: 'erasure-1' }]);
    expect(auditEntryRelated(stored)).toEqual([]);

    const refused = (next: Record<string, unknown>, reason: string, from: Record<string, unknown> = stored) =>
      expect(auditEntryChange(from, next, read)).toEqual({ allowed: false, reason });
    // An ordinary change of an entry: append-only.
    refused({ ...stored, detail: 'changé' }, 'auditAppendOnly');
    refused({ ...stored, _deleted: true }, 'auditAppendOnly');
    refused({ ...rewrite, _deleted: true }, 'auditAppendOnly');
    // A rewrite that changes anything more than the values: who did it, when, the fields.
    refused({ ...rewrite, userName: 'Quelqu’un d’autre' }, 'auditErasureNotExact');
    refused({ ...rewrite, createdAt: '2020-01-01T00:00:00.000Z' }, 'auditErasureNotExact');
    refused({ ...rewrite, changes: [] }, 'auditErasureNotExact');
    refused(
      { ...rewrite, changes: [{ field: 'email', before: null, after: 'autre@example.fr' }] },
      'auditErasureNotExact',
    );
    // An erasure that does not exist, is no erasure, or does not name this document.
    refused({ ...rewrite, erasedBy: 'nowhere' }, 'auditErasureUnknown');
    refused({ ...rewrite, erasedBy: 'a-1' }, 'auditErasureUnknown');
    const other = { ...entry('a-3', { documentId: 'person-2' }), _deleted: false };
    refused({ ...eraseAuditEntry(other, 'erasure-1'), _deleted: false }, 'auditErasureUnknown', other);
    // The erasure's own entry, and an entry erased already, stay as they are.
    refused({ ...eraseAuditEntry(erasure, 'erasure-1') }, 'auditAppendOnly', erasure);
    refused({ ...eraseAuditEntry(rewrite, 'erasure-1'), userName: 'x' }, 'auditAppendOnly', rewrite);
  });
});
