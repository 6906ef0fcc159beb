import { useMemo } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { AuditAction, AuditEntry } from '@shared/audit/audit';
import { useLive } from '@renderer/data/use-live';

/** Journal entries matching `query`, newest first, live, as plain data. */
function useAuditEntries(query: MangoQuery<AuditEntry> | null): AuditEntry[] {
  return useLive<AuditEntry>('audit', query).results;
}

/** The administrators' journal, filtered by author and action. */
export function useJournal(filter: { userId: string | null; action: AuditAction | null; limit: number }) {
  const { userId, action, limit } = filter;
  const query = useMemo<MangoQuery<AuditEntry>>(
    () => ({
      selector: { ...(userId ? { updatedBy: userId } : {}), ...(action ? { action } : {}) },
      sort: [{ createdAt: 'desc' }],
      limit,
    }),
    [userId, action, limit],
  );
  return useAuditEntries(query);
}

/**
 * Who changed what on these documents, newest first (`limit` entries at most, if given). No
 * documents: no query (the journal's imports, when no entry shown holds an import).
 */
export function useHistory(documentIds: readonly string[], limit?: number): AuditEntry[] {
  // A key, not the array: callers build a new array at each render.
  const key = documentIds.join(',');
  const query = useMemo<MangoQuery<AuditEntry> | null>(
    () =>
      key === ''
        ? null
        : {
            selector: { documentId: { $in: key.split(',') } },
            sort: [{ createdAt: 'desc' }],
            ...(limit === undefined ? {} : { limit }),
          },
    [key, limit],
  );
  return useAuditEntries(query);
}

/** The latest entry whose detail is exactly `detail` (a merge's `merge:<id>`, say). */
export function useLatestEntryWithDetail(detail: string): AuditEntry | undefined {
  const query = useMemo<MangoQuery<AuditEntry>>(
    () => ({ selector: { detail }, sort: [{ createdAt: 'desc' }], limit: 1 }),
    [detail],
  );
  return useAuditEntries(query)[0];
}
