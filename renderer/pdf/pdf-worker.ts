import { attendanceSheetDocument } from '@shared/pdf/attendance-sheet';
import { pdfMake, vfs } from '@renderer/pdf/pdfmake-browser';
import { pdfJobSchema, type PdfReply } from '@renderer/pdf/pdf-messages';
import { pdfBytes, setUpPdfMake } from '@renderer/pdf/pdfmake-setup';

/**
 * A Web Worker that lays out PDFs with pdfmake (its own copy, fonts included: nothing fetched),
 * so that a year's receipts use every processor core and the page stays responsive. Started by
 * `openPdfWorkers` (pdf-workers.ts) from this module's own file, which the one
 * Content-Security-Policy allows (`script-src 'self'`).
 */
const printer = setUpPdfMake(pdfMake, vfs);

const answer = (reply: PdfReply, transfer: Transferable[] = []) => postMessage(reply, { transfer });

addEventListener('message', (event: MessageEvent<unknown>) => {
  const job = pdfJobSchema.safeParse(event.data);
  if (!job.success) {
    answer({ id: -1, ok: false, message: 'Demande de PDF illisible.' });
    return;
  }
  const { id } = job.data;
  const document =
    'document' in job.data
      ? job.data.document
      : attendanceSheetDocument(job.data.sheet.input, job.data.sheet.part);
  pdfBytes(printer, document).then(
    // Its memory handed over, not copied.
    (bytes) => answer({ id, ok: true, bytes }, [bytes.buffer]),
    (error: unknown) =>
      answer({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
