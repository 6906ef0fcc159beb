import { readSheet } from 'read-excel-file/universal';
import { MAX_CELL_LENGTH, MAX_IMPORT_ROWS, tableFromRows, type ImportTable } from '@shared/import/table';

/**
 * The first sheet of an Excel workbook (.xlsx) read into the same table as a CSV file, so that the
 * HelloAsso recogniser and the column mapping see no difference. `read-excel-file`'s universal
 * entry: pure JavaScript (fflate and its own XML reader), the same in the renderer and in Node.
 * Numbers are kept as the file stores them (« 1250.5 »: `parseAmount` reads it), dates written
 * back as a French spreadsheet shows them, in the time written (Excel stores no time zone).
 */
const two = (n: number) => String(n).padStart(2, '0');

function dateCell(date: Date): string {
  const day = `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const [h, m, s] = [date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${two(h)}:${two(m)}${s === 0 ? '' : `:${two(s)}`}`;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : dateCell(cell);
  if (typeof cell === 'boolean') return cell ? 'Oui' : 'Non';
  return String(cell);
}

export type XlsxTable = { ok: true; table: ImportTable } | { ok: false; message: string };

export async function readXlsxTable(input: ArrayBuffer | Blob): Promise<XlsxTable> {
  try {
    const data = await readSheet<string>(input, { parseNumber: (text) => text, trim: false });
    const kept = data.slice(0, MAX_IMPORT_ROWS + 1);
    // A sheet is a rectangle: a short row is a row whose last cells are empty.
    const width = Math.max(0, ...kept.map((row) => row.length));
    const rows = kept.map((row, index) => ({
      line: index + 1,
      cells: Array.from({ length: width }, (_, i) => cellText(row[i]).slice(0, MAX_CELL_LENGTH + 1)),
    }));
    const cutAt = data.length > MAX_IMPORT_ROWS + 1 ? MAX_IMPORT_ROWS + 2 : undefined;
    return { ok: true, table: tableFromRows(';', rows, cutAt) };
  } catch {
    return {
      ok: false,
      message:
        'Ce classeur Excel ne peut pas être lu (abîmé, protégé par un mot de passe, ou au format ' +
        '.xls d’avant 2007) : ouvrez-le dans votre tableur et enregistrez-le en « Classeur Excel ' +
        '(.xlsx) » ou en CSV, puis choisissez-le à nouveau.',
    };
  }
}
