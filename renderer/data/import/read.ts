import { useMemo } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { AuditEntry } from '@shared/audit/audit';
import type { DonationDocument } from '@shared/donations/donation';
import type { AttendanceDocument } from '@shared/events/attendance';
import { useHistory, useJournal } from '@renderer/data/audit/read';
import { useAttendance } from '@renderer/data/events/read';
import { useLive } from '@renderer/data/use-live';
import { UNDO_DETAIL_PREFIX } from '@renderer/data/import/journal-details';
import type { EventId } from '@shared/ids';

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

/**
 * When each of these imports was applied, for those the journal this device holds records (what
 * the journal says of a record's `importId`). Its undo's entry, about the same id, is not its date.
 */
export function useImportInstants(importIds: readonly string[]): ReadonlyMap<string, string> {
  const entries = useHistory(importIds);
  return useMemo(
    () =>
      new Map(
        recentImports(entries.filter((entry) => entry.action === 'import')).map(
          (run) => [run.importId, run.at] as const,
        ),
      ),
    [entries],
  );
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

/**
 * What a dry run compares a HelloAsso ticketing or payments export with, live: the registrations
 * to `eventId` (the event the file is about), and the donations holding one of `references`
 * (HelloAsso's payment references). `loading` until both are read: the import waits, or it would
 * plan again what is already there.
 */
export function useImportTargets(
  eventId: EventId | undefined,
  references: readonly string[],
): { loading: boolean; attendance: AttendanceDocument[]; donations: DonationDocument[] } {
  const { attendance, loading: attendanceLoading } = useAttendance(eventId);
  const key = references.join('\n');
  const query = useMemo<MangoQuery<DonationDocument>>(
    () => ({ selector: { paymentReference: { $in: key === '' ? [] : key.split('\n') } } }),
    [key],
  );
  const { results: donations, loading: donationsLoading } = useLive<DonationDocument>('donations', query);
  return { loading: attendanceLoading || donationsLoading, attendance, donations };
}

const NO_DONATIONS: MangoQuery<DonationDocument> = { selector: { id: { $in: [] } } };
const ALL_DONATIONS: MangoQuery<DonationDocument> = { selector: {} };

/**
 * The donations a mapped file's dry run compares its rows with (same donor, day and amount: not
 * imported twice): all of them when the mapping has a donation column, none otherwise.
 */
export function useMappedImportDonations(wanted: boolean): {
  loading: boolean;
  donations: DonationDocument[];
} {
  const { results, loading } = useLive<DonationDocument>('donations', wanted ? ALL_DONATIONS : NO_DONATIONS);
  return { loading, donations: results };
}
