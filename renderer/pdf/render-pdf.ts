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
import { loadPdfKit } from '@renderer/pdf/sheet-pdf';
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

/** The PDF worker kept warm while a page whose long sheet may be printed is open (`preparePrinting`). */
let warm: { workers: PdfWorkers; users: number; printing: boolean } | undefined;

/**
 * Gets printing ready ahead of a likely long print (the page of an event with many people): one
 * PDF worker started and warmed up by a few small sheets (warm-up.ts: pdfkit parsed, fonts read,
 * drawing code optimised), so that a 1,000-line sheet is drawn at full speed and the page stays
 * responsive meanwhile. One is enough: a sheet is one run of pdfkit, and a second worker would
 * only take the other core from the page. It holds pdfkit and the fonts: the returned function
 * lets it go when the last page that asked no longer needs it.
 */
export function preparePrinting(): () => void {
  if (!warm) {
    const workers = startWorkers(1);
    if (workers) {
      const started = { workers, users: 0, printing: false };
      warm = started;
      void warmUpPdfWorkers(workers, WARM_UP_ROUNDS, () => started.printing);
    }
  }
  const held = warm;
  // Without a worker the sheet is drawn in the page: its library loaded now (a failed load is
  // harmless here: the print loads again).
  if (!held) {
    void loadPdfKit().catch(() => undefined);
    return () => undefined;
  }
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

/** The warm PDF worker, while a page holds it (`preparePrinting`), for a print: warming stops. */
export function preparedPdfWorkers(): PdfWorkers | undefined {
  if (warm) warm.printing = true;
  return warm?.workers;
}

/** `count` PDF workers, one per core by default; `null` where workers cannot start. */
function startWorkers(count = pdfWorkerCount(navigator.hardwareConcurrency)): PdfWorkers | null {
  if (typeof Worker !== 'function') return null;
  try {
    return openPdfWorkers(count);
  } catch {
    return null;
  }
}
