import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import type { BrowserPdfMake } from '@renderer/pdf/pdfmake-browser';
import type { PdfBatch, RenderPdf } from '@renderer/pdf/batch';
import { pdfBytes, setUpPdfMake } from '@renderer/pdf/pdfmake-setup';
import {
  openPdfWorkers,
  pdfWorkerCount,
  PdfWorkerUnavailableError,
  type PdfWorkers,
} from '@renderer/pdf/pdf-workers';

let loading: Promise<BrowserPdfMake> | undefined;

/** pdfmake and its fonts weigh 3 MB: loaded on the first print, not at start-up. */
function loadPdfMake(): Promise<BrowserPdfMake> {
  loading ??= import('@renderer/pdf/pdfmake-browser').then(
    ({ pdfMake, vfs }) => setUpPdfMake(pdfMake, vfs),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The PDF bytes of a document definition, rendered in the browser (Roboto, bundled). */
export async function renderPdf(document: PdfDocDefinition): Promise<Uint8Array<ArrayBuffer>> {
  return pdfBytes(await loadPdfMake(), document);
}

/**
 * Many one-page documents (a year's receipts) as one PDF each plus one combined PDF, laid out by
 * chunks so that the fonts are not parsed again for every page (see `renderOnePageBatch`), the
 * chunks side by side in one Web Worker per core (pdf-workers.ts). Where workers cannot start
 * (or one fails), its chunks are laid out in the page instead: slower, never lost. The PDF
 * library that splits the pages is loaded with the first batch.
 */
export async function renderPdfBatch(
  documents: readonly PdfDocDefinition[],
  title: string,
  onProgress?: (done: number, total: number) => void,
): Promise<PdfBatch> {
  const { renderOnePageBatch } = await import('@renderer/pdf/batch');
  const workers = startWorkers();
  let warned = false;
  const render: RenderPdf = workers
    ? (document) =>
        workers.render(document).catch((error: unknown) => {
          if (!(error instanceof PdfWorkerUnavailableError)) throw error;
          if (!warned) console.warn('PDF : workers indisponibles, mise en page dans la page.');
          warned = true;
          return renderPdf(document);
        })
    : renderPdf;
  try {
    return await renderOnePageBatch(documents, {
      render,
      title,
      concurrency: workers?.size ?? 1,
      ...(onProgress ? { onProgress } : {}),
    });
  } finally {
    workers?.close();
  }
}

function startWorkers(): PdfWorkers | null {
  if (typeof Worker !== 'function') return null;
  try {
    return openPdfWorkers(pdfWorkerCount(navigator.hardwareConcurrency));
  } catch {
    return null;
  }
}
