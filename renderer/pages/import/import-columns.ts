import { localToday } from '@shared/dates/parse-date';
import { formatClockTime } from '@shared/events/event-time';
import type { ListColumn } from '@shared/export/list-export';
import type { RecentImport } from '@renderer/data/import/read';

/**
 * « Imports récents » as a file: when (a date a spreadsheet sorts, and the time), the file and
 * what it added, who imported it, and whether it was undone since.
 */
export function importColumns(locale: string): ListColumn<RecentImport>[] {
  return [
    {
      id: 'date',
      label: 'imports.recent.columns.date',
      cell: (item) => ({ date: localToday(new Date(item.at)) }),
    },
    { id: 'time', label: 'journal.time', cell: (item) => formatClockTime(item.at, locale) },
    { id: 'detail', label: 'imports.recent.columns.detail', cell: (item) => item.detail },
    { id: 'by', label: 'imports.recent.columns.by', cell: (item) => item.by },
    {
      id: 'state',
      label: 'imports.recent.columns.state',
      cell: (item, t) => (item.undone ? t('imports.recent.undoneBadge') : ''),
    },
  ];
}
