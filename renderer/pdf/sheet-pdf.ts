import { fromBase64 } from '@shared/backup/admin-keys';
import type { AttendanceSheetInput, SheetFont } from '@shared/pdf/attendance-sheet';
import { drawAttendanceSheet, SHEET_FONTS, sheetDocumentOptions } from '@shared/pdf/attendance-sheet';
import type { BrowserPdfKitDocument } from '@renderer/pdf/pdfkit-browser';

interface PdfKit {
  PDFDocument: new (options: object) => BrowserPdfKitDocument;
  fonts: Readonly<Record<SheetFont, Uint8Array>>;
}

let loading: Promise<PdfKit> | undefined;

/** pdfkit and the sheet's fonts, loaded with the first sheet (in the page or a PDF worker). */
export function loadPdfKit(): Promise<PdfKit> {
  loading ??= import('@renderer/pdf/pdfkit-browser').then(
    ({ PDFDocument, vfs }) => {
      const file = (name: string) => {
        const base64 = vfs[name];
        if (base64 === undefined) throw new Error(`Police absente du paquet PDF : ${name}.`);
        return fromBase64(base64);
      };
      const fonts = {
        regular: file(SHEET_FONTS.regular),
        bold: file(SHEET_FONTS.bold),
        italic: file(SHEET_FONTS.italic),
      };
      return { PDFDocument, fonts };
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The attendance sheet's PDF bytes, drawn with pdfkit where this runs (a PDF worker or the page). */
export async function renderAttendanceSheet(input: AttendanceSheetInput): Promise<Uint8Array<ArrayBuffer>> {
  const { PDFDocument, fonts } = await loadPdfKit();
  const doc = new PDFDocument(sheetDocumentOptions(input));
  const chunks: Uint8Array[] = [];
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  for (const [name, data] of Object.entries(fonts)) doc.registerFont(name, data);
  drawAttendanceSheet(doc, input);
  doc.end();
  await ended;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
