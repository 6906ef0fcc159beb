import type { CollectionSpec } from '@shared/schema/collection-spec';
import type { FieldError, PushRow, SyncDocument } from '@shared/sync/protocol';
import type { StoredRow } from '@server/storage/store';

export type ValidatedPush = { ok: true; rows: StoredRow[] } | { ok: false; errors: FieldError[] };

const MAX_FIELD_ERRORS = 100;

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => key.includes('\0') || containsNul(inner));
  }
  return false;
}

/**
 * Every new document against the collection's shared zod schema (the one the clients use),
 * plus RxDB's `_deleted`. The document is stored exactly as sent, not as zod's output: the
 * client keeps what it sent as the master state, and a transformed copy would then never match
 * it again, turning every later push into a conflict.
 */
export function validatePush(spec: CollectionSpec, rows: readonly PushRow[]): ValidatedPush {
  const errors: FieldError[] = [];
  const valid: StoredRow[] = [];
  rows.forEach((row, index) => {
    const { _deleted: deleted, ...fields } = row.newDocumentState;
    const documentId = typeof fields.id === 'string' ? fields.id : null;
    const fail = (path: string, message: string) => errors.push({ row: index, documentId, path, message });

    if (typeof deleted !== 'boolean') fail('_deleted', 'errors.sync.deletedFlag');
    const parsed = spec.schema.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(issue.path.map(String).join('.'), issue.message);
    }
    // PostgreSQL's jsonb cannot hold U+0000, SQLite can: refusing it everywhere keeps both
    // backends answering the same, with a 422 instead of a storage error.
    if (containsNul(row.newDocumentState)) fail('', 'errors.sync.nulCharacter');
    const assumed = row.assumedMasterState;
    if (assumed && (assumed.id !== documentId || typeof assumed._deleted !== 'boolean')) {
      fail('assumedMasterState', 'errors.sync.assumedStateMismatch');
    }
    if (parsed.success && typeof deleted === 'boolean') {
      valid.push({
        assumedMasterState: assumed ?? null,
        newDocumentState: row.newDocumentState as SyncDocument,
      });
    }
  });
  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, MAX_FIELD_ERRORS) }
    : { ok: true, rows: valid };
}
