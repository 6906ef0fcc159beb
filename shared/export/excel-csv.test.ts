import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excelCsv, excelCsvBytes } from '@shared/export/excel-csv';
import type { Cents } from '@shared/money/cents';

const cents = (n: number) => n as Cents;

describe('excelCsv', () => {
  it('writes what French Excel expects: BOM, semicolons, CRLF, JJ/MM/AAAA, decimal commas', () => {
    const csv = excelCsv(
      ['Nom', 'Payé le', 'Montant', 'Places'],
      [
        ['Zoé Lefèvre', { date: '2026-09-08' }, { cents: cents(2100) }, 2],
        ['Paul Roux', { date: '' }, { cents: cents(-5) }, 0],
      ],
    );
    expect(csv).toBe(
      '\ufeffNom;Payé le;Montant;Places\r\nZoé Lefèvre;08/09/2026;21,00;2\r\nPaul Roux;;-0,05;0\r\n',
    );
  });

  it('quotes what needs it, so the file reads back cell for cell', () => {
    const rows = [['Dupont; Durand', 'il a dit "oui"', 'ligne 1\nligne 2']];
    const csv = excelCsv(['a', 'b', 'c'], rows);
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { delimiter: ';' });
    expect(parsed.data).toEqual([['a', 'b', 'c'], ...rows]);
  });

  it('keeps a text that a spreadsheet would run as a formula as text', () => {
    const csv = excelCsv(['Note'], [['=HYPERLINK("http://x")'], ['+33 6 12'], ['@SUM(A1)'], ['-']]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual(
      ['\'=HYPERLINK(""http://x"")', "'+33 6 12", "'@SUM(A1)", "'-"].map((line) =>
        line.includes('"') ? `"${line}"` : line,
      ),
    );
  });

  it('encodes UTF-8 with its BOM', () => {
    const bytes = excelCsvBytes(['é'], []);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('é\r\n');
  });
});
