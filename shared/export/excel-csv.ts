import Papa from 'papaparse';
import { formatFrenchDate } from '@shared/dates/parse-date';
import type { Cents } from '@shared/money/cents';

/** A cell of an export: text, a whole number, a calendar date or an amount. */
export type ExportCell =
  string | number | { readonly date: string /* ISO YYYY-MM-DD, or '' */ } | { readonly cents: Cents };

/** Excel, on a French PC, reads these as numbers: « 21,00 », no € (it would make them text). */
function frenchAmount(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A text starting with = + - @ (or a tab or carriage return) would be run as a formula by the
 * spreadsheet that opens the file: an apostrophe keeps it text (OWASP, CSV injection).
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cellText(cell: ExportCell): string {
  if (typeof cell === 'string') return safeText(cell);
  if (typeof cell === 'number') return String(cell);
  if ('date' in cell) return cell.date === '' ? '' : formatFrenchDate(cell.date);
  return frenchAmount(cell.cents);
}

/**
 * A table as Excel opens it on a French PC with a double click: `;` between cells (the comma is
 * the decimal separator there), dates JJ/MM/AAAA, amounts with a decimal comma, lines ended by
 * CRLF, and UTF-8 with a BOM so that the accents read right.
 */
export function excelCsv(header: readonly string[], rows: readonly (readonly ExportCell[])[]): string {
  const text = Papa.unparse(
    { fields: header.map(safeText), data: rows.map((row) => row.map(cellText)) },
    { delimiter: ';', newline: '\r\n', quotes: false },
  );
  // Papa ends a table without rows with a line break; every file here ends with exactly one.
  return `\ufeff${text.replace(/\r\n$/, '')}\r\n`;
}

export function excelCsvBytes(
  header: readonly string[],
  rows: readonly (readonly ExportCell[])[],
): Uint8Array {
  return new TextEncoder().encode(excelCsv(header, rows));
}
