import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import type { BrowserPdfMake } from '@renderer/pdf/pdfmake-browser';
import { pdfJobSchema, type PdfReply } from '@renderer/pdf/pdf-messages';
import { pdfBytes, setUpPdfMake } from '@renderer/pdf/pdfmake-setup';
import { renderAttendanceSheet } from '@renderer/pdf/sheet-pdf';

/**
 * A Web Worker that lays out PDFs (its own copy of the libraries, fonts included: nothing
 * fetched), so that a year's receipts use every processor core and the page stays responsive
 * while a long sheet is drawn. Started by `openPdfWorkers` (pdf-workers.ts) from this module's
 * own file, which the one Content-Security-Policy allows (`script-src 'self'`). pdfmake (documents)
 * and pdfkit (attendance sheets) are each loaded by the first job that needs them.
 */
let printer: Promise<BrowserPdfMake> | undefined;

function documentPdf(document: PdfDocDefinition) {
  printer ??= import('@renderer/pdf/pdfmake-browser').then(({ pdfMake, vfs }) => setUpPdfMake(pdfMake, vfs));
  return printer.then((pdfMake) => pdfBytes(pdfMake, document));
}

const answer = (reply: PdfReply, transfer: Transferable[] = []) => postMessage(reply, { transfer });

addEventListener('message', (event: MessageEvent<unknown>) => {
  const job = pdfJobSchema.safeParse(event.data);
  if (!job.success) {
    answer({ id: -1, ok: false, message: 'Demande de PDF illisible.' });
    return;
  }
  const { id } = job.data;
  const bytes =
    'document' in job.data ? documentPdf(job.data.document) : renderAttendanceSheet(job.data.sheet.input);
  bytes.then(
    // Its memory handed over, not copied.
    (pdf) => answer({ id, ok: true, bytes: pdf }, [pdf.buffer]),
    (error: unknown) =>
      answer({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
