import { zipSync } from 'fflate';
import type { SaveFileResult } from '@shared/ipc/contract';
import type { ReceiptDocumentOptions } from '@shared/pdf/receipt';
import { receiptDocument, receiptFileName } from '@shared/pdf/receipt';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import type { Platform } from '@renderer/platform/platform';
import type { PdfBatch } from '@renderer/pdf/batch';
import { renderPdf, renderPdfBatch } from '@renderer/pdf/render-pdf';

const PDF = { filterName: 'Document PDF', extensions: ['pdf'], mimeType: 'application/pdf' };
const ZIP = { filterName: 'Archive ZIP', extensions: ['zip'], mimeType: 'application/zip' };

/**
 * A receipt's PDF, built from its frozen snapshot, saved (desktop) or downloaded (web) as
 * `recu-2026-A-0042.pdf`, or `…-duplicata.pdf` for a reprint.
 */
export async function saveReceiptPdf(
  platform: Platform,
  receipt: ReceiptDocument,
  options: ReceiptDocumentOptions = {},
): Promise<SaveFileResult> {
  const data = await renderPdf(receiptDocument(receipt, options));
  return platform.saveFile({ ...PDF, suggestedName: receiptFileName(receipt, options.duplicate), data });
}

/** A year's receipts laid out once: one PDF to print them all, and one PDF per receipt. */
export interface ReceiptsBatch extends PdfBatch {
  receipts: readonly ReceiptDocument[];
}

/** Lays out a batch of receipts (50 per pdfmake run), reporting each step for a progress bar. */
export async function renderReceiptsBatch(
  receipts: readonly ReceiptDocument[],
  options: ReceiptDocumentOptions,
  onProgress: (done: number, total: number) => void,
): Promise<ReceiptsBatch> {
  const documents = receipts.map((receipt) => receiptDocument(receipt, options));
  const batch = await renderPdfBatch(documents, `Reçus fiscaux (${receipts.length})`, onProgress);
  return { ...batch, receipts };
}

/** The batch's one PDF for the printer. */
export function saveReceiptsBatchPdf(
  platform: Platform,
  batch: ReceiptsBatch,
  suggestedName: string,
): Promise<SaveFileResult> {
  return platform.saveFile({ ...PDF, suggestedName, data: batch.combined });
}

/**
 * Each receipt's own PDF (`recu-2026-A-0042.pdf`), all in one ZIP archive: one file to save or
 * send, not a thousand save dialogs. PDFs are compressed already, so they are stored as they are.
 */
export function saveReceiptsZip(
  platform: Platform,
  batch: ReceiptsBatch,
  suggestedName: string,
): Promise<SaveFileResult> {
  const files = Object.fromEntries(
    batch.receipts.map((receipt, index) => [receiptFileName(receipt), batch.singles[index] as Uint8Array]),
  );
  return platform.saveFile({ ...ZIP, suggestedName, data: zipSync(files, { level: 0 }) });
}
