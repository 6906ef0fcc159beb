import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import type { BrowserPdfMake } from '@renderer/pdf/pdfmake-browser';

/**
 * pdfmake as Tilleul prints with it, in the page (render-pdf.ts) and in its PDF workers
 * (pdf-worker.ts) alike: the bundled Roboto, and never a web address fetched — images are
 * embedded data URLs.
 */
export function setUpPdfMake(pdfMake: BrowserPdfMake, vfs: Readonly<Record<string, string>>): BrowserPdfMake {
  pdfMake.addVirtualFileSystem(vfs);
  pdfMake.setUrlAccessPolicy(() => false);
  return pdfMake;
}

/**
 * A document's PDF as a plain Uint8Array (not pdfmake's Buffer polyfill), which the IPC bridge's
 * structured clone and a worker's transfer both take.
 */
export async function pdfBytes(
  pdfMake: BrowserPdfMake,
  document: PdfDocDefinition,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await pdfMake.createPdf(document).getBuffer());
}
