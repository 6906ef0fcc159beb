import type { CollectionSpec } from '@shared/schema/collection-spec';
import { migrateDocument } from '@shared/schema/upgrade';

export type PulledDocument = Record<string, unknown> & { id: string; _deleted: boolean };

export type PulledCheck =
  { ok: true; document: PulledDocument } | { ok: false; documentId: string; issues: string[] };

/**
 * A document from the server, checked with its collection's zod schema before it may enter the
 * local database: the server validated it too, but it may run another version, or its data may
 * have been restored from elsewhere. zod's output is what enters (defaults filled in), which is
 * the document itself for anything a Tilleul client of this version wrote. A document an older
 * version wrote (the server keeps it as it was pushed) goes through the collection's migrations
 * (`migrateDocument`, `upgradeDocument`'s migrations), as the server does when it compares a
 * push with it.
 */
export function checkPulledDocument(
  spec: CollectionSpec,
  raw: Readonly<Record<string, unknown>>,
): PulledCheck {
  const { _deleted: deleted, ...fields } = raw;
  const documentId = typeof fields.id === 'string' ? fields.id : '';
  // Checked as it is once; only a document that does not fit goes through the migrations.
  const parsed = spec.schema.safeParse(fields);
  if (!parsed.success) {
    const upgraded = migrateDocument(spec, fields);
    if (upgraded && typeof deleted === 'boolean') {
      return { ok: true, document: { ...upgraded, id: documentId, _deleted: deleted } };
    }
  }
  const issues: string[] = [];
  if (typeof deleted !== 'boolean') issues.push('_deleted');
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push(`${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`);
    }
  }
  if (!parsed.success || typeof deleted !== 'boolean') return { ok: false, documentId, issues };
  return { ok: true, document: { ...parsed.data, id: documentId, _deleted: deleted } };
}
