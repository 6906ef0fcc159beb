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
import { warmUpPdfWorkers, WARM_UP_ROUNDS } from '@renderer/pdf/warm-up';

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
let warm: { workers: PdfWorkers; users: number; printing: boolean } | undefined;

/**
 * Gets printing ready ahead of a likely long print (the page of an event with many people):
 * PDF workers started and warmed up by a few small sheets each
 * (warm-up.ts: their scripts parsed, fonts read, layout code optimised), so that a 1,000-line
 * sheet's parts are laid out side by side at full speed. Each worker holds ~30 MB: the returned
 * function lets them go when the last page that asked no longer needs them.
 */
export function preparePrinting(): () => void {
  if (!warm) {
    const workers = startWorkers();
    if (workers) {
      const started = { workers, users: 0, printing: false };
      warm = started;
      void warmUpPdfWorkers(workers, WARM_UP_ROUNDS, () => started.printing);
    }
  }
  const held = warm;
  // A failed load is harmless here: the print loads again. With workers, the page needs only the
  // library that joins their parts: pdfmake is parsed in each worker, and a third copy parsed in
  // the page at the same moment would slow their warm-up (on 2 cores, 3 threads) for nothing.
  if (held) void import('@renderer/pdf/sheet-parts').catch(() => undefined);
  else void loadPdfMake().catch(() => undefined);
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

/** The warm PDF workers, while a page holds them (`preparePrinting`), for a print: warming stops. */
export function preparedPdfWorkers(): PdfWorkers | undefined {
  if (warm) warm.printing = true;
  return warm?.workers;
}

function startWorkers(): PdfWorkers | null {
  if (typeof Worker !== 'function') return null;
  try {
    return openPdfWorkers(pdfWorkerCount(navigator.hardwareConcurrency));
  } catch {
    return null;
  }
}
