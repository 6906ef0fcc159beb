import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import type { BrowserPdfMake } from '@renderer/pdf/pdfmake-browser';

let loading: Promise<BrowserPdfMake> | undefined;

/** pdfmake and its fonts weigh 3 MB: loaded on the first print, not at start-up. */
function loadPdfMake(): Promise<BrowserPdfMake> {
  loading ??= import('@renderer/pdf/pdfmake-browser').then(
    ({ pdfMake, vfs }) => {
      pdfMake.addVirtualFileSystem(vfs);
      // Images are embedded data URLs; a web address in a document must never be fetched.
      pdfMake.setUrlAccessPolicy(() => false);
      return pdfMake;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The PDF bytes of a document definition, rendered in the browser (Roboto, bundled). */
export async function renderPdf(document: PdfDocDefinition): Promise<Uint8Array<ArrayBuffer>> {
  const pdfMake = await loadPdfMake();
  const buffer = await pdfMake.createPdf(document).getBuffer();
  // A plain Uint8Array (not the Buffer polyfill) for the IPC bridge's structured clone.
  return new Uint8Array(buffer);
}
