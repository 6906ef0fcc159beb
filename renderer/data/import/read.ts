import { useMemo } from 'react';
import type { AuditEntry } from '@shared/audit/audit';
import { useJournal } from '@renderer/data/audit/read';
import { UNDO_DETAIL_PREFIX } from '@renderer/data/import/write';

export interface RecentImport {
  importId: string;
  /** The file and its kind, and what was added. */
  detail: string;
  at: string;
  by: string;
  undone: boolean;
}

/**
 * The latest imports of the association, newest first, read from the journal where `applyImport`
 * and `undoImport` write them; an undone import says so.
 */
export function useRecentImports(limit = 10): RecentImport[] {
  const entries = useJournal({ userId: null, action: 'import', limit: limit * 2 });
  return useMemo(() => recentImports(entries).slice(0, limit), [entries, limit]);
}

export function recentImports(entries: readonly AuditEntry[]): RecentImport[] {
  const undone = new Set(
    entries.filter((entry) => entry.detail.startsWith(UNDO_DETAIL_PREFIX)).map((entry) => entry.documentId),
  );
  return entries
    .filter((entry) => !entry.detail.startsWith(UNDO_DETAIL_PREFIX))
    .map((entry) => ({
      importId: entry.documentId,
      detail: entry.detail,
      at: entry.createdAt,
      by: entry.userName,
      undone: undone.has(entry.documentId),
    }));
}
