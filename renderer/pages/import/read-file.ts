import { newDocumentId } from '@shared/ids';
import { decodeImportBytes, importSizeProblem, type ImportEncoding } from '@shared/import/decode';
import { parseHelloAssoExport, parseHelloAssoTable, type HelloAssoExport } from '@shared/import/helloasso';
import { tableProblem } from '@shared/import/mapping-plan';
import { readCsvTable, type ImportTable, type Separator } from '@shared/import/table';
import { readXlsxTable } from '@shared/import/xlsx';

/** A chosen file, decoded (or read as a workbook) and recognised. */
export interface ImportFile {
  /** One id per chosen file: applying the same dry run twice is refused (IMPORT_ALREADY_APPLIED). */
  importId: string;
  name: string;
  format: 'csv' | 'xlsx';
  encoding?: ImportEncoding;
  separator?: Separator;
  parsed: HelloAssoExport;
  /** The file as a table: what the column mapping reads when it is not a HelloAsso export. */
  table: ImportTable;
}

export type ReadResult = { ok: true; file: ImportFile } | { ok: false; message: string };

const isXlsx = (file: File) =>
  /\.xlsx$/i.test(file.name) ||
  file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A HelloAsso export is recognised; any other table goes to the column mapping — unless it has
 * nothing to map (empty, no header): then a French error says what to do. A file over the size
 * limit is refused on its size, before a byte is read.
 */
export async function readImportFile(file: File): Promise<ReadResult> {
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return { ok: false, message: tooLarge };
  let read: ImportFile;
  if (isXlsx(file)) {
    const sheet = await readXlsxTable(file);
    if (!sheet.ok) return sheet;
    read = {
      importId: newDocumentId(),
      name: file.name,
      format: 'xlsx',
      parsed: parseHelloAssoTable(sheet.table),
      table: sheet.table,
    };
  } else {
    const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return decoded;
    const table = readCsvTable(decoded.text);
    read = {
      importId: newDocumentId(),
      name: file.name,
      format: 'csv',
      encoding: decoded.encoding,
      separator: table.separator,
      parsed: parseHelloAssoExport(decoded.text),
      table,
    };
  }
  const problem = read.parsed.kind === null ? tableProblem(read.table) : undefined;
  return problem ? { ok: false, message: problem } : { ok: true, file: read };
}
