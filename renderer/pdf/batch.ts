import { PDFDocument } from '@cantoo/pdf-lib';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import { stackDocuments } from '@shared/pdf/doc-definition';

/** A pdfmake run: a document definition in, the PDF's bytes out (in the browser or in Node). */
export type RenderPdf = (document: PdfDocDefinition) => Promise<Uint8Array>;

export interface PdfBatch {
  /** Every document, one after the other, for printing in one go. */
  combined: Uint8Array<ArrayBuffer>;
  /** One PDF per document, in the same order. */
  singles: Uint8Array<ArrayBuffer>[];
}

export interface PdfBatchOptions {
  render: RenderPdf;
  /** The combined PDF's title (its author comes from the first document). */
  title: string;
  /** Documents laid out per pdfmake run: fewer runs, fewer times the fonts are parsed. */
  chunkSize?: number;
  /**
   * pdfmake runs in flight at once (one per Web Worker in the app): the chunks are laid out side
   * by side while the pages of the finished ones are split, always in the documents' order.
   */
  concurrency?: number;
  /** After each chunk: how many documents are done, of how many. */
  onProgress?: (done: number, total: number) => void;
}

const wait = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Many one-page documents (a year's receipts) as one PDF each and one combined PDF, fast: a
 * pdfmake run costs far more than a page (each run parses and embeds its fonts — 100 ms and more
 * — while a receipt's page takes about 20 ms to lay out), so `chunkSize` documents are laid out
 * per run, and each page is then copied into its own PDF (a few milliseconds), its text the
 * same as if it had been rendered alone. A chunk whose page count is not its document count (a
 * document longer than a page) is rendered one document at a time instead, so that no PDF
 * ever holds another's page. Between chunks the page can repaint its progress bar.
 *
 * With `concurrency` above 1, that many chunks are being laid out at any time (the next ones
 * start as soon as one is taken), so that several processor cores share the work; a failed run
 * stops the batch, and the runs already started are awaited so none is left behind.
 */
export async function renderOnePageBatch(
  documents: readonly PdfDocDefinition[],
  { render, title, chunkSize = 50, concurrency = 1, onProgress }: PdfBatchOptions,
): Promise<PdfBatch> {
  if (documents.length === 0) throw new RangeError('Aucun document à produire.');
  const combined = await PDFDocument.create();
  const singles: Uint8Array<ArrayBuffer>[] = [];
  const chunks: PdfDocDefinition[][] = [];
  for (let start = 0; start < documents.length; start += chunkSize)
    chunks.push(documents.slice(start, start + chunkSize));
  const inFlight = Math.max(1, concurrency);
  const runs: Promise<Uint8Array>[] = [];
  const launch = (index: number) => {
    const chunk = chunks[index];
    if (!chunk || runs[index]) return;
    runs[index] = render(stackDocuments(chunk, title));
    // Observed at once: a run that fails while an earlier chunk is split is not « unhandled ».
    runs[index].catch(() => undefined);
  };
  try {
    for (let index = 0; index < inFlight; index += 1) launch(index);
    for (const [index, chunk] of chunks.entries()) {
      const bytes = await (runs[index] as Promise<Uint8Array>);
      launch(index + inFlight);
      await splitChunk(bytes, chunk);
      onProgress?.(index * chunkSize + chunk.length, documents.length);
      await wait();
    }
  } catch (error) {
    await Promise.allSettled(runs);
    throw error;
  }
  const first = documents[0] as PdfDocDefinition;
  describe(combined, { ...first.info, title });
  return { combined: new Uint8Array(await combined.save()), singles };

  async function splitChunk(bytes: Uint8Array, chunk: readonly PdfDocDefinition[]) {
    const laidOut = await PDFDocument.load(bytes);
    if (laidOut.getPageCount() === chunk.length) {
      for (const page of await combined.copyPages(laidOut, laidOut.getPageIndices())) combined.addPage(page);
      for (const [index, document] of chunk.entries()) singles.push(await onePage(laidOut, index, document));
      return;
    }
    for (const document of chunk) {
      const alone = await render(document);
      singles.push(new Uint8Array(alone));
      const pdf = await PDFDocument.load(alone);
      for (const page of await combined.copyPages(pdf, pdf.getPageIndices())) combined.addPage(page);
    }
  }
}

/** Page `index` of `source` as a PDF of its own, with its document's title and author. */
async function onePage(source: PDFDocument, index: number, document: PdfDocDefinition) {
  const single = await PDFDocument.create();
  const [page] = await single.copyPages(source, [index]);
  if (page) single.addPage(page);
  describe(single, document.info);
  return new Uint8Array(await single.save());
}

function describe(pdf: PDFDocument, info: PdfDocDefinition['info']) {
  pdf.setProducer('Tilleul');
  if (!info) return;
  if (info.title) pdf.setTitle(info.title);
  if (info.author) pdf.setAuthor(info.author);
  if (info.subject) pdf.setSubject(info.subject);
  if (info.creator) pdf.setCreator(info.creator);
}
