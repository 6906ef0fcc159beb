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
  const said = { warned: false };
  const render: RenderPdf = workers
    ? (document) =>
        inPageWithoutWorkers(
          () => workers.render({ document }),
          () => renderPdf(document),
          said,
        )
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

/**
 * `inWorkers()`, or `inPage()` when no PDF worker could take the job (none started, or each one's
 * script failed): slower, never lost. The console says so once per `said` (a batch shares one).
 */
export function inPageWithoutWorkers<T>(
  inWorkers: () => Promise<T>,
  inPage: () => Promise<T>,
  said: { warned: boolean } = { warned: false },
): Promise<T> {
  return inWorkers().catch((error: unknown) => {
    if (!(error instanceof PdfWorkerUnavailableError)) throw error;
    if (!said.warned) console.warn('PDF : workers indisponibles, mise en page dans la page.');
    said.warned = true;
    return inPage();
  });
}

/** Workers kept warm while a page whose long sheet may be printed is open (`preparePrinting`). */
let warm: { workers: PdfWorkers; users: number } | undefined;

/**
 * Gets printing ready ahead of a likely long print (the page of an event with many people):
 * pdfmake in the page, and PDF workers started and warmed up by a small table each (their
 * scripts parsed, fonts read, layout code compiled), so that a 1,000-line sheet's parts are laid
 * out side by side at once. Each worker holds ~30 MB: the returned function lets them go when the
 * last page that asked no longer needs them.
 */
export function preparePrinting(): () => void {
  // A failed load is harmless here: the print loads again.
  void loadPdfMake().catch(() => undefined);
  void import('@renderer/pdf/sheet-parts').catch(() => undefined);
  if (!warm) {
    const workers = startWorkers();
    if (workers) {
      warm = { workers, users: 0 };
      for (let index = 0; index < workers.size; index++)
        workers.render({ document: WARM_UP }).catch(() => undefined);
    }
  }
  const held = warm;
  if (!held) return () => undefined;
  held.users += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held.users -= 1;
    if (held.users > 0) return;
    held.workers.close();
    if (warm === held) warm = undefined;
  };
}

/** The warm PDF workers, while a page holds them (`preparePrinting`). */
export function preparedPdfWorkers(): PdfWorkers | undefined {
  return warm?.workers;
}

/** A small table like a sheet's, bold and regular: what a worker lays out to warm up. */
const WARM_UP: PdfDocDefinition = {
  pageSize: 'A4',
  pageMargins: [40, 40, 40, 40],
  content: [
    {
      table: {
        headerRows: 1,
        widths: [28, 120, 90, 70, '*'],
        heights: 22,
        body: Array.from({ length: 40 }, (_, row) => [
          { text: String(row + 1) },
          { text: `NOM ${row}`, bold: true },
          { text: `Prénom ${row}` },
          { text: 'À jour', fontSize: 8 },
          { text: '' },
        ]),
      },
    },
  ],
  defaultStyle: { font: 'Roboto', fontSize: 9 },
};

function startWorkers(): PdfWorkers | null {
  if (typeof Worker !== 'function') return null;
  try {
    return openPdfWorkers(pdfWorkerCount(navigator.hardwareConcurrency));
  } catch {
    return null;
  }
}
