import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit/audit';
import { mergeDetail, mergeLabel, mergesIn } from '@shared/members/merge-record';
import { makePerson } from '@shared/members/testing';

const entry = (fields: Partial<AuditEntry>): AuditEntry => ({
  id: 'entry',
  createdAt: '2026-09-10T09:00:00.000Z',
  updatedAt: '2026-09-10T09:00:00.000Z',
  updatedBy: 'admin-1',
  deviceId: 'pc-1',
  action: 'update',
  userName: 'Anne Admin',
  collectionName: 'people',
  documentId: 'older',
  changes: [],
  detail: '',
  ...fields,
});

describe('mergeLabel', () => {
  it('names a record with its number, if it has one', () => {
    expect(
      mergeLabel(makePerson({ id: 'p', firstName: 'Élodie', lastName: 'Lefèvre', memberNumber: 'A-0007' })),
    ).toBe('Élodie Lefèvre (A-0007)');
    expect(mergeLabel(makePerson({ id: 'o', kind: 'organisation', lastName: 'Mairie' }))).toBe('Mairie');
  });
});

describe('mergesIn', () => {
  it('reads the merges of the journal: who was absorbed, under which label, when and by whom', () => {
    const merge = entry({
      detail: mergeDetail('newer'),
      changes: [{ field: 'merge', before: 'Elodie Lefèvre (A-0009)', after: 'Élodie Lefèvre (A-0007)' }],
    });
    const edit = entry({ id: 'edit', changes: [{ field: 'phone', before: '', after: '06' }] });
    const otherCollection = entry({ id: 'm', collectionName: 'memberships', detail: mergeDetail('x') });
    expect(mergesIn([edit, merge, otherCollection])).toEqual([
      {
        absorbedId: 'newer',
        label: 'Elodie Lefèvre (A-0009)',
        at: '2026-09-10T09:00:00.000Z',
        userName: 'Anne Admin',
      },
    ]);
  });

  it('still lists a merge whose label is missing', () => {
    expect(mergesIn([entry({ detail: mergeDetail('gone') })])[0]?.label).toBe('');
  });
});
