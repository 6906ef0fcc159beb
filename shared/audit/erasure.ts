import { canonicalJson } from '@shared/json/canonical';
import type { ChangeDecision, RelatedReader, RelatedRef } from '@shared/sync/collection-rules';

/**
 * The one exception to the journal's append-only rule (DESIGN.md, Security; docs/data-protection.md):
 * when a person is erased, the entries about their documents keep the fact — who changed which
 * field, when, on which device — and give up the values, replaced by a marker. Exactly this
 * rewrite is allowed, by the write guard on a device and by the server in its push transaction;
 * any other change to an entry is refused.
 */

type Plain = Readonly<Record<string, unknown>>;

/** What an erased value reads as in the journal. */
export const ERASED_VALUE = '[effacé]';

/** The fields a stored copy carries beyond the entry itself (RxDB's, and the server's `recordedDevice`). */
function entryFields(document: Plain): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(document).filter(([key]) => !key.startsWith('_') && key !== 'recordedDevice'),
  );
}

const erased = (value: unknown) => (value === null || value === undefined ? null : ERASED_VALUE);

/** Changes as an erasure leaves them: the fields, with the marker for every value. */
export function erasedChanges<F>(
  changes: readonly { field: F; before?: unknown; after?: unknown }[],
): { field: F; before: unknown; after: unknown }[] {
  return changes.map((change) => ({
    field: change.field,
    before: erased(change.before),
    after: erased(change.after),
  }));
}

/** May this entry's values be erased? Never an erasure's own entry, never one erased already. */
export function isErasable(entry: Plain): boolean {
  return entry.action !== 'erasure' && entry.erasedBy === undefined;
}

/**
 * The entry as an erasure leaves it: every value of `changes` and of a merged conflict's
 * `replaced` becomes the marker (an absent value stays absent), `erasedBy` names the erasure,
 * and nothing else changes — not its stamps, not its author. `recordedDevice` is left out: only
 * the server fills it, from its own records, when it sends the entry.
 */
export function eraseAuditEntry(entry: Plain, erasureId: string): Record<string, unknown> {
  const fields = entryFields(entry);
  const changes = Array.isArray(fields.changes) ? (fields.changes as { field: unknown }[]) : [];
  const result: Record<string, unknown> = {
    ...fields,
    changes: erasedChanges(changes),
    erasedBy: erasureId,
  };
  const replaced = fields.replaced as { values?: Plain[] } | undefined;
  if (replaced && Array.isArray(replaced.values)) {
    result.replaced = {
      ...replaced,
      values: replaced.values.map((value) => ({
        field: value.field,
        lost: erased(value.lost),
        kept: erased(value.kept),
      })),
    };
  }
  return result;
}

/** The documents an 'erasure' entry lets the journal erase, or null if `entry` is none. */
export function erasedDocumentIds(entry: Plain | undefined): ReadonlySet<string> | null {
  if (!entry || entry.action !== 'erasure' || entry._deleted === true) return null;
  const ids = (entry.erasure as { documentIds?: unknown } | undefined)?.documentIds;
  return Array.isArray(ids) ? new Set(ids.filter((id): id is string => typeof id === 'string')) : null;
}

/**
 * May `next` replace the stored entry `stored`? Only as the exact erasure rewrite of it, by an
 * erasure (read through `read`) that names the entry's document. Reasons are i18n keys under
 * `permissions.`.
 */
export function auditEntryChange(stored: Plain, next: Plain, read: RelatedReader): ChangeDecision {
  if (next._deleted === true || typeof next.erasedBy !== 'string' || !isErasable(stored)) {
    return { allowed: false, reason: 'auditAppendOnly' };
  }
  const ids = erasedDocumentIds(read('audit', next.erasedBy));
  if (!ids || typeof stored.documentId !== 'string' || !ids.has(stored.documentId)) {
    return { allowed: false, reason: 'auditErasureUnknown' };
  }
  const expected = eraseAuditEntry(stored, next.erasedBy);
  if (canonicalJson(expected) !== canonicalJson(entryFields(next))) {
    return { allowed: false, reason: 'auditErasureNotExact' };
  }
  return { allowed: true };
}

/** The erasure an entry names, which `auditEntryChange` reads. */
export function auditEntryRelated(entry: Plain): RelatedRef[] {
  return typeof entry.erasedBy === 'string' ? [{ collection: 'audit', id: entry.erasedBy }] : [];
}
