import { describe, expect, it } from 'vitest';
import { excelCsv } from '@shared/export/excel-csv';
import { exportTable } from '@shared/export/list-export';
import { seasonSchema } from '@shared/members/season';
import { TARIFF_COLUMNS, tariffRows } from '@shared/members/tariff-columns';

const t = (key: string) => key.split('.').slice(-1)[0] ?? key;

const season = (label: string, startsOn: string, endsOn: string, tariffs: unknown[]) =>
  seasonSchema.parse({ id: label, label, startsOn, endsOn, tariffs });

describe('the seasons and tariffs as a file', () => {
  it('lists every tariff with its season, dates, amount and rules, newest season first', () => {
    const seasons = [
      season('2026-2027', '2026-09-01', '2027-08-31', [
        { id: 'adulte', label: 'Adulte', amount: 2000 },
        { id: 'famille', label: 'Famille', amount: 4550, scope: 'household' },
        {
          id: 'bienfaiteur',
          label: '=Bienfaiteur',
          amount: 10000,
          givesCounterpart: false,
          taxReceiptAllowed: true,
        },
      ]),
      season('2025-2026', '2025-09-01', '2026-08-31', [
        { id: 'ancien', label: 'Adulte', amount: 1800, archived: true },
      ]),
      season('2024-2025', '2024-09-01', '2025-08-31', []),
    ];
    const table = exportTable(TARIFF_COLUMNS, tariffRows(seasons), t);
    expect(table.header).toEqual([
      'season',
      'startsOn',
      'endsOn',
      'label',
      'amount',
      'scope',
      'counterpart',
      'taxReceipt',
      'archived',
    ]);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1]).toEqual([
      '2026-2027',
      { date: '2026-09-01' },
      { date: '2027-08-31' },
      'Famille',
      { cents: 4550 },
      'household',
      'yes',
      'no',
      'no',
    ]);
    expect(table.rows[3]?.[0]).toBe('2025-2026');
    expect(table.rows[3]?.[8]).toBe('yes');
    // As French Excel reads it: `;`, dates day first, decimal comma, a formula made harmless.
    const csv = excelCsv(table.header, table.rows).split('\r\n');
    expect(csv[2]).toBe('2026-2027;01/09/2026;31/08/2027;Famille;45,50;household;yes;no;no');
    expect(csv[3]).toContain(";'=Bienfaiteur;100,00;");
  });
});
