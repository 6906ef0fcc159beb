import { describe, expect, it } from 'vitest';
import { formatClockTime } from '@shared/events/event-time';
import { exportTable } from '@shared/export/list-export';
import { importColumns } from '@renderer/pages/import/import-columns';

const t = (key: string) => `«${key}»`;

describe('the recent imports as a file', () => {
  it('writes the day (to sort), the time, the file and its additions, who, and an undone one', () => {
    const at = '2026-09-12T08:30:00.000Z';
    const table = exportTable(
      importColumns('fr-FR'),
      [
        { importId: 'i2', detail: 'adhesions.csv : 6 personnes', at, by: 'Anne Admin', undone: true },
        { importId: 'i1', detail: 'dons.xlsx : 2 dons', at, by: 'Jeanne', undone: false },
      ],
      t,
    );
    expect(table.header).toEqual([
      '«imports.recent.columns.date»',
      '«journal.time»',
      '«imports.recent.columns.detail»',
      '«imports.recent.columns.by»',
      '«imports.recent.columns.state»',
    ]);
    const time = formatClockTime(at, 'fr-FR');
    expect(table.rows).toEqual([
      [
        { date: '2026-09-12' },
        time,
        'adhesions.csv : 6 personnes',
        'Anne Admin',
        '«imports.recent.undoneBadge»',
      ],
      [{ date: '2026-09-12' }, time, 'dons.xlsx : 2 dons', 'Jeanne', ''],
    ]);
  });
});
