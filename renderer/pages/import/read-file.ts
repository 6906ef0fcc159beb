import { newDocumentId } from '@shared/ids';
import { decodeImportBytes, type ImportEncoding } from '@shared/import/decode';
import { parseHelloAssoExport, parseHelloAssoTable, type HelloAssoExport } from '@shared/import/helloasso';
import { detectSeparator, type Separator } from '@shared/import/table';
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
}

export type ReadResult = { ok: true; file: ImportFile } | { ok: false; message: string };

const isXlsx = (file: File) =>
  /\.xlsx$/i.test(file.name) ||
  file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function readImportFile(file: File): Promise<ReadResult> {
  if (isXlsx(file)) {
    const read = await readXlsxTable(file);
    if (!read.ok) return read;
    return {
      ok: true,
      file: {
        importId: newDocumentId(),
        name: file.name,
        format: 'xlsx',
        parsed: parseHelloAssoTable(read.table),
      },
    };
  }
  const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded;
  return {
    ok: true,
    file: {
      importId: newDocumentId(),
      name: file.name,
      format: 'csv',
      encoding: decoded.encoding,
      separator: detectSeparator(decoded.text),
      parsed: parseHelloAssoExport(decoded.text),
    },
  };
}
