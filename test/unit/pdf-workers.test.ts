import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { receiptDocument } from '@shared/pdf/receipt';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import { renderOnePageBatch } from '@renderer/pdf/batch';
import { openPdfWorkers, pdfWorkerCount, PdfWorkerUnavailableError } from '@renderer/pdf/pdf-workers';
import { benchAnnualReceipts, renderPdfInNode } from '../bench/pdf';
import { pdfText } from '../support/pdf-text';
import { NodePdfWorker } from '../support/node-pdf-worker';

const folder = mkdtempSync(join(tmpdir(), 'tilleul-pdf-workers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
/** The PDF's text, read back with poppler. */
function textOf(bytes: Uint8Array): string {
  const file = join(folder, `${(files += 1)}.pdf`);
  writeFileSync(file, bytes);
  return pdfText(file).replace(/[\u00a0\u202f]/g, ' ');
}

const page = (text: string): PdfDocDefinition => ({
  pageSize: 'A4',
  pageMargins: [40, 40, 40, 40],
  content: [{ text }],
});

describe('PDF workers', () => {
  it('start one per core, between one and four', () => {
    expect([undefined, 0, 1, 2, 3, 8, Number.NaN].map(pdfWorkerCount)).toEqual([2, 2, 1, 2, 3, 4, 2]);
  });

  it('share the jobs, answer each with its own PDF, and stop on close', async () => {
    const started: NodePdfWorker[] = [];
    const workers = openPdfWorkers(2, () => {
      const worker = new NodePdfWorker();
      started.push(worker);
      return worker;
    });
    const words = ['Un', 'Deux', 'Trois', 'Quatre'];
    const bytes = await Promise.all(words.map((text) => workers.render({ document: page(text) })));
    expect(started.map((worker) => worker.jobs)).toEqual([2, 2]);
    expect(bytes.map((pdf) => textOf(pdf).trim())).toEqual(words);
    workers.close();
    expect(started.every((worker) => worker.terminated)).toBe(true);
  });

  it('say a failed layout in words', async () => {
    const workers = openPdfWorkers(1, () => new NodePdfWorker());
    const broken = { content: [{ image: 'data:image/png;base64,AAAA' }] } as PdfDocDefinition;
    await expect(workers.render({ document: broken })).rejects.toThrow(/^La mise en page du PDF a échoué : /);
    workers.close();
  });

  it('give up a worker whose script fails to load or that answers garbage: its jobs go elsewhere', async () => {
    const loading = openPdfWorkers(1, () => new NodePdfWorker('fail-to-load'));
    await expect(loading.render({ document: page('Un') })).rejects.toBeInstanceOf(PdfWorkerUnavailableError);
    await expect(loading.render({ document: page('Deux') })).rejects.toBeInstanceOf(
      PdfWorkerUnavailableError,
    );
    const garbage = openPdfWorkers(1, () => new NodePdfWorker('garbage'));
    await expect(garbage.render({ document: page('Un') })).rejects.toBeInstanceOf(PdfWorkerUnavailableError);
    const mixed: NodePdfWorker[] = [new NodePdfWorker('garbage'), new NodePdfWorker()];
    const pool = openPdfWorkers(2, () => mixed.shift() as NodePdfWorker);
    await expect(pool.render({ document: page('Un') })).rejects.toBeInstanceOf(PdfWorkerUnavailableError);
    await expect(pool.render({ document: page('Deux') })).resolves.toBeInstanceOf(Uint8Array);
    pool.close();
  });

  it('lay out a batch’s chunks side by side, as many as asked, and keep the receipts in order', async () => {
    const receipts = benchAnnualReceipts(7);
    let running = 0;
    let most = 0;
    const batch = await renderOnePageBatch(
      receipts.map((receipt) => receiptDocument(receipt)),
      {
        render: async (document) => {
          running += 1;
          most = Math.max(most, running);
          try {
            return await renderPdfInNode(document);
          } finally {
            running -= 1;
          }
        },
        title: 'Reçus',
        chunkSize: 2,
        concurrency: 3,
      },
    );
    expect(most).toBe(3);
    const numberOf = (pdf: Uint8Array) => /2026-A-\d{4}/.exec(textOf(pdf))?.[0];
    expect(batch.singles.map(numberOf)).toEqual(receipts.map((receipt) => receipt.number));
    const combined = [...textOf(batch.combined).matchAll(/2026-A-\d{4}/g)].map(([number]) => number);
    expect([...new Set(combined)]).toEqual(receipts.map((receipt) => receipt.number));
  });

  it('stop a batch at a failed chunk, after the chunks already started have ended', async () => {
    const ended: number[] = [];
    let calls = 0;
    const failing = renderOnePageBatch([page('a'), page('b'), page('c'), page('d')], {
      render: async (document) => {
        const call = (calls += 1);
        if (call === 1) {
          await new Promise((resolve) => setTimeout(resolve, 30));
          ended.push(call);
          throw new Error('panne');
        }
        const bytes = await renderPdfInNode(document);
        ended.push(call);
        return bytes;
      },
      title: 'Tout',
      chunkSize: 1,
      concurrency: 2,
    });
    await expect(failing).rejects.toThrow('panne');
    expect(ended.sort()).toEqual([1, 2]);
  });
});
