import { diffDocuments } from '@shared/audit/audit';
import type { AuditChange } from '@shared/audit/audit';
import { conflictLossOf } from '@shared/sync/replaced-value';
import type { AuditEvent } from '@renderer/data/audit/write';
import type { MergedConflict } from '@renderer/sync/conflict-handler';

/** i18n key of the journal's detail column for merged conflicts. */
export const CONFLICT_MERGED_DETAIL = 'sync.audit.conflictMerged';

/**
 * One 'conflict-merged' journal entry per merged document: `before` is the value that lost,
 * `after` the one kept. Values go through the journal's own diff, so secrets stay masked and
 * long texts shortened exactly as for an ordinary edit. Where values merge field by field (not a
 * receipt, whose whole version stands), `replaced` carries the losing values whole, so that the
 * devices of the person whose value lost can show it and put it back.
 */
export function conflictAuditEvent(merged: MergedConflict): AuditEvent {
  const changes: AuditChange[] = [];
  for (const { field, lost, kept } of merged.lost) {
    if (field === '_deleted') {
      // The journal's diff skips `_deleted` (bookkeeping for edits); here it is the news itself.
      changes.push({ field, before: lost ?? null, after: kept ?? null });
    } else {
      changes.push(...diffDocuments({ [field]: lost }, { [field]: kept }));
    }
  }
  return {
    action: 'conflict-merged',
    collection: merged.collection,
    documentId: merged.documentId,
    changes: changes.slice(0, 200),
    detail: CONFLICT_MERGED_DETAIL,
    ...(merged.fieldByField ? { replaced: conflictLossOf(merged) } : {}),
  };
}
