import { localToday } from '@shared/dates/parse-date';
import { formatClockTime } from '@shared/events/event-time';
import type { ListColumn } from '@shared/export/list-export';
import type { AutoBackupEntry } from '@shared/ipc/auto-backups';
import { formatBytes } from '@renderer/pages/settings/backup/auto-backup-text';

/**
 * The automatic backups' table (AutoBackupTable.tsx) as a file, but its buttons: on screen the
 * time stands beside the date, a file has a date a spreadsheet sorts and the time beside it; and
 * the file's name in its folder, to find it there.
 */
export function autoBackupColumns(locale: string): ListColumn<AutoBackupEntry>[] {
  return [
    { id: 'date', label: 'backup.auto.date', cell: (backup) => ({ date: localToday(new Date(backup.at)) }) },
    { id: 'time', label: 'journal.time', cell: (backup) => formatClockTime(backup.at, locale) },
    { id: 'kind', label: 'backup.auto.kind', cell: (backup, t) => t(`backup.auto.kinds.${backup.kind}`) },
    { id: 'size', label: 'backup.auto.size', cell: (backup) => formatBytes(backup.bytes, locale) },
    { id: 'file', label: 'backup.auto.file', cell: (backup) => backup.name },
  ];
}
