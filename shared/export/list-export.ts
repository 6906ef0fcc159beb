import writeXlsxFile from 'write-excel-file/universal';
import type { Cell } from 'write-excel-file/universal';
import { formatFrenchDate } from '@shared/dates/parse-date';
import { excelCsvBytes, safeText } from '@shared/export/excel-csv';
import type { ExportCell } from '@shared/export/excel-csv';
import { formatMoney } from '@shared/format/intl';

/**
 * Translates an i18n key (the screen's `t`): headers and coded values read as on screen, with the
 * values a sentence names (« Annulée le {{date}} : {{reason}} »).
 */
export type Translate = (key: string, values?: Readonly<Record<string, string>>) => string;

/**
 * One column of a list, defined once: the screen's table draws its header and its plain cells
 * from it, and the export writes the same header and the same values, so the two cannot drift.
 */
export interface ListColumn<Row> {
  readonly id: string;
  /** The i18n key of the header. */
  readonly label: string;
  readonly cell: (row: Row, t: Translate) => ExportCell;
}

export interface ExportTable {
  readonly header: string[];
  readonly rows: ExportCell[][];
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FILE_TYPES: Record<
  ExportFormat,
  { extension: string; mimeType: string; filterName: string }
> = {
  csv: { extension: 'csv', mimeType: 'text/csv', filterName: 'CSV (Excel)' },
  xlsx: {
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filterName: 'Classeur Excel',
  },
};

export function exportTable<Row>(
  columns: readonly ListColumn<Row>[],
  rows: readonly Row[],
  t: Translate,
): ExportTable {
  return {
    header: columns.map((column) => t(column.label)),
    rows: rows.map((row) => columns.map((column) => column.cell(row, t))),
  };
}

/** A cell as the screen shows it: JJ/MM/AAAA, « 21,00 € ». */
export function displayCell(cell: ExportCell, locale = 'fr-FR'): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if ('date' in cell) return formatFrenchDate(cell.date);
  return formatMoney(cell.cents, locale);
}

const AMOUNT_FORMAT = '#,##0.00';
const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * Written typed: a date is a date and an amount a number (in euros, two decimals), so that the
 * spreadsheet sorts and adds them; a text is always a text (never a formula), and one that would
 * become a formula once edited starts with an apostrophe as in the CSV.
 */
function xlsxCell(cell: ExportCell): Cell {
  if (typeof cell === 'string') return { value: safeText(cell), type: String };
  if (typeof cell === 'number') return { value: cell, type: Number };
  if ('date' in cell) {
    const [year, month, day] = cell.date.split('-').map(Number);
    if (cell.date === '' || !year || !month || !day) return null;
    return { value: new Date(Date.UTC(year, month - 1, day)), type: Date, format: DATE_FORMAT };
  }
  return { value: cell.cents / 100, type: Number, format: AMOUNT_FORMAT };
}

async function xlsxBytes(table: ExportTable, sheet: string): Promise<Uint8Array> {
  const header: Cell[] = table.header.map((title) => ({
    value: safeText(title),
    type: String,
    fontWeight: 'bold',
  }));
  const blob = await writeXlsxFile([header, ...table.rows.map((row) => row.map(xlsxCell))], {
    // Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ].
    sheet: sheet.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Tilleul',
    stickyRowsCount: 1,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** The file's bytes: CSV as French Excel opens it (excel-csv.ts), or an .xlsx workbook. */
export function exportBytes(table: ExportTable, format: ExportFormat, sheet: string): Promise<Uint8Array> {
  if (format === 'csv') return Promise.resolve(excelCsvBytes(table.header, table.rows));
  return xlsxBytes(table, sheet);
}

/** `membres-2026-09-08.csv`: the list's name and the day, safe on every file system. */
export function exportFileName(list: string, today: string, format: ExportFormat): string {
  const base = `${list}-${today}`.replace(/[/\\:*?"<>|\s]+/g, '-');
  return `${base}.${EXPORT_FILE_TYPES[format].extension}`;
}
