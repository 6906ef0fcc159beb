import { describe, expect, it } from 'vitest';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import { openPdfWorkers } from '@renderer/pdf/pdf-workers';
import { warmUpPdfWorkers } from '@renderer/pdf/warm-up';
import { pdfJobSchema } from '@renderer/pdf/pdf-messages';
import { NodePdfWorker } from '../support/node-pdf-worker';

/** A NodePdfWorker that remembers what it was asked: « warm-up » or the document's own text. */
class RecordingWorker extends NodePdfWorker {
  asked: string[] = [];
  override postMessage(message: unknown) {
    const job = pdfJobSchema.parse(message);
    this.asked.push('sheet' in job ? `sheet ${job.sheet.input.organisation}` : 'document');
    super.postMessage(message);
  }
}

function pool(count: number) {
  const started: RecordingWorker[] = [];
  const workers = openPdfWorkers(count, () => {
    const worker = new RecordingWorker();
    started.push(worker);
    return worker;
  });
  return { workers, started };
}

const page: PdfDocDefinition = { pageSize: 'A4', pageMargins: [40, 40, 40, 40], content: [{ text: 'Vrai' }] };

describe('PDF workers’ warm-up', () => {
  it('lays out the given number of small sheets in each worker, the real sheet code included', async () => {
    const { workers, started } = pool(2);
    await warmUpPdfWorkers(workers, 3, () => false);
    expect(started.map((worker) => worker.asked)).toEqual([
      ['sheet Association', 'sheet Association', 'sheet Association'],
      ['sheet Association', 'sheet Association', 'sheet Association'],
    ]);
    workers.close();
  });

  it('stops once a print begins: the print waits behind one warm-up sheet per worker at most', async () => {
    const { workers, started } = pool(2);
    let printing = false;
    const warming = warmUpPdfWorkers(workers, 4, () => printing);
    // The secretary prints while the first warm-up sheets are being laid out.
    printing = true;
    const printed = await Promise.all([
      workers.render({ document: page }),
      workers.render({ document: page }),
    ]);
    await warming;
    expect(printed.every((bytes) => bytes.length > 0)).toBe(true);
    expect(started.map((worker) => worker.asked)).toEqual([
      ['sheet Association', 'document'],
      ['sheet Association', 'document'],
    ]);
    workers.close();
  });

  it('ends quietly when the workers cannot lay out (the print then falls back to the page)', async () => {
    const workers = openPdfWorkers(2, () => new NodePdfWorker('fail-to-load'));
    await expect(warmUpPdfWorkers(workers, 4, () => false)).resolves.toBeUndefined();
    workers.close();
  });
});
