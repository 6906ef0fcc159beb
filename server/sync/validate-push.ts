import type { CollectionSpec } from '@shared/schema/collection-spec';
import { messageWith } from '@shared/schema/messages';
import { MAX_DOCUMENT_BYTES } from '@shared/sync/protocol';
import { isWellFormedText } from '@shared/text/unicode';
import { syncRulesFor } from '@shared/sync/collection-rules';
import type { FieldError, PushRow, SyncDocument } from '@shared/sync/protocol';
import type { StoredRow } from '@server/storage/store';

export type ValidatedPush = { ok: true; rows: StoredRow[] } | { ok: false; errors: FieldError[] };

const MAX_FIELD_ERRORS = 100;

type BadText = 'errors.sync.nulCharacter' | 'errors.sync.illFormedText';

/** A string's fault, if any: U+0000 first (the older message), then a lone surrogate. */
function badString(text: string): BadText | null {
  if (text.includes('\0')) return 'errors.sync.nulCharacter';
  return isWellFormedText(text) ? null : 'errors.sync.illFormedText';
}

/**
 * The first text (value or key) of `value` that no backend can store the same: PostgreSQL's
 * jsonb refuses U+0000 and lone surrogates that SQLite keeps. A loop over a stack, not a
 * recursion: the body parser bounded the depth already, and this walk must not depend on it.
 */
function findBadText(value: unknown): BadText | null {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      const bad = badString(next);
      if (bad) return bad;
    } else if (Array.isArray(next)) {
      pending.push(...(next as unknown[]));
    } else if (next && typeof next === 'object') {
      for (const [key, inner] of Object.entries(next)) {
        const bad = badString(key);
        if (bad) return bad;
        pending.push(inner);
      }
    }
  }
  return null;
}

function withoutFields<T extends Readonly<Record<string, unknown>>>(
  document: T,
  fields: readonly string[],
): T {
  if (!fields.some((field) => Object.hasOwn(document, field))) return document;
  return Object.fromEntries(Object.entries(document).filter(([key]) => !fields.includes(key))) as T;
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
  const serverFields = syncRulesFor(spec.name).serverFields ?? [];
  rows.forEach((row, index) => {
    const { _deleted: deleted, ...fields } = row.newDocumentState;
    const documentId = typeof fields.id === 'string' ? fields.id : null;
    const fail = (path: string, message: string) => errors.push({ row: index, documentId, path, message });

    if (typeof deleted !== 'boolean') fail('_deleted', 'errors.sync.deletedFlag');
    // Measured as stored (JSON text); a document over the bound is not even parsed.
    const tooLarge = Buffer.byteLength(JSON.stringify(row.newDocumentState)) > MAX_DOCUMENT_BYTES;
    if (tooLarge) fail('', messageWith('errors.sync.documentTooLarge', { max: MAX_DOCUMENT_BYTES }));
    const parsed = tooLarge ? null : spec.schema.safeParse(fields);
    if (parsed && !parsed.success) {
      for (const issue of parsed.error.issues) fail(issue.path.map(String).join('.'), issue.message);
    }
    // PostgreSQL's jsonb cannot hold U+0000 or a lone surrogate, SQLite can: refusing them
    // everywhere keeps both backends answering the same, with a 422 instead of a storage error.
    const badText = findBadText(row.newDocumentState);
    if (badText) fail('', badText);
    // Only the server says which device pushed a document: a device claiming it is refused.
    for (const field of serverFields) {
      if (Object.hasOwn(row.newDocumentState, field)) fail(field, 'errors.sync.serverField');
    }
    // A device compares with what it was sent, server fields included; the store holds none.
    const assumed = row.assumedMasterState && withoutFields(row.assumedMasterState, serverFields);
    if (assumed && (assumed.id !== documentId || typeof assumed._deleted !== 'boolean')) {
      fail('assumedMasterState', 'errors.sync.assumedStateMismatch');
    }
    if (parsed?.success && !badText && typeof deleted === 'boolean') {
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
