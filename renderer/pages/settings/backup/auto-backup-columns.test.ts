import { describe, expect, it } from 'vitest';
import { exportTable } from '@shared/export/list-export';
import { autoBackupColumns } from '@renderer/pages/settings/backup/auto-backup-columns';

const t = (key: string) => `«${key}»`;

describe('the automatic backups as a file', () => {
  it('writes the day, the time, the kind in words, the size as on screen and the file’s name', () => {
    const table = exportTable(
      autoBackupColumns('fr-FR'),
      [
        {
          name: 'tilleul-avant-maj-2026-06-30T07-12-00Z',
          at: '2026-06-30T07:12:00.000Z',
          kind: 'beforeUpdate',
          bytes: 1_834_000,
        },
      ],
      t,
    );
    expect(table.header).toEqual([
      '«backup.auto.date»',
      '«journal.time»',
      '«backup.auto.kind»',
      '«backup.auto.size»',
      '«backup.auto.file»',
    ]);
    const [row] = table.rows;
    expect(row?.[0]).toEqual({ date: '2026-06-30' });
    expect(row?.[1]).toMatch(/^\d{2}:12$/);
    expect(row?.slice(2)).toEqual([
      '«backup.auto.kinds.beforeUpdate»',
      // Intl's space before the unit: no-break or narrow no-break, by ICU version.
      expect.stringMatching(/^1,8\sMo$/),
      'tilleul-avant-maj-2026-06-30T07-12-00Z',
    ]);
  });
});
