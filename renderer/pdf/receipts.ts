import type { SaveFileResult } from '@shared/ipc/contract';
import type { ReceiptDocumentOptions } from '@shared/pdf/receipt';
import { receiptDocument, receiptFileName, receiptsBatchDocument } from '@shared/pdf/receipt';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import type { Platform } from '@renderer/platform/platform';
import { renderPdf } from '@renderer/pdf/render-pdf';

const PDF = { filterName: 'Document PDF', extensions: ['pdf'], mimeType: 'application/pdf' };

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

/** Several receipts in one PDF, one page each, to print a batch at once. */
export async function saveReceiptsBatchPdf(
  platform: Platform,
  receipts: readonly ReceiptDocument[],
  suggestedName: string,
  options: ReceiptDocumentOptions = {},
): Promise<SaveFileResult> {
  const data = await renderPdf(receiptsBatchDocument(receipts, options));
  return platform.saveFile({ ...PDF, suggestedName, data });
}
