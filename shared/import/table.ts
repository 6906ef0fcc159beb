import Papa from 'papaparse';

/**
 * A CSV file read into rows, as a spreadsheet shows it: each row numbered as the spreadsheet numbers
 * it (a quoted cell with a line break inside stays one row), the separator and the header row
 * found without asking. Bounded: an export of a small association has a few thousand rows; a file
 * of 50 MB stops at `MAX_IMPORT_ROWS` with a French error instead of filling the memory.
 */
export type Separator = ';' | ',' | '\t';
export const SEPARATORS: readonly Separator[] = [';', ',', '\t'];
export const SEPARATOR_LABELS: Record<Separator, string> = {
  ';': 'point-virgule',
  ',': 'virgule',
  '\t': 'tabulation',
};

/** Far more than any association's export (HelloAsso's own lists stop well before). */
export const MAX_IMPORT_ROWS = 50_000;
/** A longer cell is no name, address or comment: a pasted document or a broken quote. */
export const MAX_CELL_LENGTH = 5_000;
/** How many rows the header may be preceded by (a title, an export date, blank lines). */
const HEADER_SEARCH_ROWS = 10;

export interface TableRow {
  /** 1-based, as the spreadsheet numbers it: the header's own line counts. */
  line: number;
  cells: string[];
}

export interface TableError {
  line: number;
  message: string;
}

export interface ImportTable {
  separator: Separator;
  /** Line of the header row (1 unless titles or blank lines come first); 0 if none was found. */
  headerLine: number;
  header: string[];
  rows: TableRow[];
  /** Rows that cannot be read (wrong number of columns, over-long cell), and a file cut short. */
  errors: TableError[];
  /** No header found because nothing is written at all (an empty file, or blank lines only). */
  empty?: boolean;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
const LOOKS_LIKE_DATA = /^[\s\d.,:/€+-]+$|@/;

/** Separator that gives the same, largest number of columns to most of the first rows. */
export function detectSeparator(text: string): Separator {
  const sample = text.slice(0, 64 * 1024);
  let best: { separator: Separator; consistency: number; columns: number } = {
    separator: ';',
    consistency: 0,
    columns: 1,
  };
  for (const separator of SEPARATORS) {
    const rows = Papa.parse<string[]>(sample, { delimiter: separator, preview: 30 }).data.filter(
      (row) => !isBlank(row),
    );
    // The last previewed row may be cut by the sample's end.
    const complete = rows.length > 1 && sample.length < text.length ? rows.slice(0, -1) : rows;
    // The most frequent width (the larger on a tie): one broken row does not decide.
    const counts = new Map<number, number>();
    for (const row of complete) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let columns = 0;
    let most = 0;
    for (const [width, count] of counts) {
      if (count > most || (count === most && width > columns)) [columns, most] = [width, count];
    }
    if (columns < 2) continue;
    const consistency = most / complete.length;
    if (
      consistency > best.consistency + 0.2 ||
      (Math.abs(consistency - best.consistency) <= 0.2 && columns > best.columns)
    ) {
      best = { separator, consistency, columns };
    }
  }
  return best.separator;
}

/** The header: among the first rows, the first with text in most of the columns and no data. */
export function detectHeaderIndex(rows: readonly (readonly string[])[]): number {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS);
  const filled = candidates.map((row) => row.filter((cell) => cell.trim() !== '').length);
  const widest = Math.max(0, ...filled);
  const index = candidates.findIndex(
    (row, i) =>
      (filled[i] ?? 0) >= Math.max(2, Math.ceil(widest * 0.6)) &&
      row.every((cell) => cell.trim() === '' || !LOOKS_LIKE_DATA.test(cell)),
  );
  return index;
}

function columnCountMessage(found: number, expected: number): string {
  return found > expected
    ? `cette ligne a ${found} colonnes, l’en-tête en a ${expected} : un séparateur dans une ` +
        'cellule sans guillemets ? Corrigez la ligne dans le tableur.'
    : `cette ligne n’a que ${found} colonnes, l’en-tête en a ${expected} : la ligne est coupée ` +
        'ou décalée. Corrigez-la dans le tableur.';
}

/** Rows (header, then data) checked for width and length, numbered as the spreadsheet does. */
export function tableFromRows(
  separator: Separator,
  allRows: readonly { line: number; cells: string[] }[],
  cutAt?: number,
): ImportTable {
  const headerIndex = detectHeaderIndex(allRows.map((row) => row.cells));
  const errors: TableError[] = [];
  if (headerIndex < 0) {
    const empty = allRows.every((row) => isBlank(row.cells));
    return { separator, headerLine: 0, header: [], rows: [], errors, ...(empty ? { empty } : {}) };
  }
  const headerRow = allRows[headerIndex];
  const header = headerRow ? headerRow.cells.map((cell) => cell.trim()) : [];
  // A trailing separator after the last title (an Excel re-save) is no column.
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  const rows: TableRow[] = [];
  for (const row of allRows.slice(headerIndex + 1)) {
    const cells =
      row.cells.length > header.length && isBlank(row.cells.slice(header.length))
        ? row.cells.slice(0, header.length)
        : row.cells;
    if (isBlank(cells)) continue;
    if (cells.length !== header.length) {
      errors.push({ line: row.line, message: columnCountMessage(cells.length, header.length) });
    } else if (cells.some((cell) => cell.length > MAX_CELL_LENGTH)) {
      errors.push({
        line: row.line,
        message: `une cellule dépasse ${MAX_CELL_LENGTH} caractères : un guillemet mal fermé ? Corrigez la ligne dans le tableur.`,
      });
    } else {
      rows.push({ line: row.line, cells });
    }
  }
  if (cutAt !== undefined) {
    errors.push({
      line: cutAt,
      message:
        `le fichier a plus de ${MAX_IMPORT_ROWS.toLocaleString('fr-FR')} lignes : rien n’est lu ` +
        'au-delà. Coupez-le en plusieurs fichiers.',
    });
  }
  return { separator, headerLine: headerRow?.line ?? 0, header, rows, errors };
}

/** Reads CSV text (already decoded, a BOM allowed) into a table. Never throws. */
export function readCsvTable(text: string, separator: Separator = detectSeparator(text)): ImportTable {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let line = 0;
  let cutAt: number | undefined;
  Papa.parse<string[]>(body, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result, parser) => {
      line += 1;
      if (rows.length > MAX_IMPORT_ROWS) {
        cutAt = line;
        parser.abort();
        return;
      }
      rows.push({ line, cells: result.data.map((cell) => String(cell)) });
    },
  });
  // The empty last row of a final line break is skipped with the other blank rows.
  return tableFromRows(separator, rows, cutAt);
}
