import type { AuditEntry } from '@shared/audit/audit';
import { localToday } from '@shared/dates/parse-date';
import { formatClockTime } from '@shared/events/event-time';
import type { ListColumn } from '@shared/export/list-export';
import type { AuditReading } from '@renderer/components/audit/read-audit';
import {
  describeAuditAuthor,
  describeAuditChange,
  describeAuditDetail,
  describeAuditDevice,
  describeAuditTarget,
  visibleChanges,
} from '@renderer/components/audit/read-audit';

/** The « Détails » cell: the entry's code in words, then each change on its own line. */
export function auditDetails(reading: AuditReading, entry: AuditEntry): string {
  const detail = describeAuditDetail(reading, entry);
  return [
    ...(detail ? [detail] : []),
    ...visibleChanges(entry.changes, entry.action).map((change) =>
      describeAuditChange(reading, entry.collectionName, change, entry.action),
    ),
  ].join('\n');
}

/**
 * The journal's columns (and a person's history's, without « Sur »), as the table shows them and
 * as a file has them. On screen the time stands in the date's cell; a file has a date (that a
 * spreadsheet sorts) and the time beside it. Secrets never reach an entry (shared/audit/audit.ts
 * masks them), so a file holds nothing the screen does not.
 */
export function auditColumns(
  reading: AuditReading,
  { withTarget }: { withTarget: boolean },
): ListColumn<AuditEntry>[] {
  return [
    { id: 'when', label: 'journal.when', cell: (entry) => ({ date: localToday(new Date(entry.createdAt)) }) },
    { id: 'time', label: 'journal.time', cell: (entry) => formatClockTime(entry.createdAt, reading.locale) },
    { id: 'who', label: 'journal.who', cell: (entry) => describeAuditAuthor(reading, entry) },
    { id: 'device', label: 'journal.device', cell: (entry) => describeAuditDevice(reading, entry).label },
    { id: 'what', label: 'journal.what', cell: (entry, t) => t(`journal.actions.${entry.action}`) },
    ...(withTarget
      ? [
          {
            id: 'target',
            label: 'journal.target',
            cell: (entry: AuditEntry) => describeAuditTarget(reading, entry),
          },
        ]
      : []),
    { id: 'details', label: 'journal.details', cell: (entry) => auditDetails(reading, entry) },
  ];
}
