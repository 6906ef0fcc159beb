import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import { receiptDocument } from '@shared/pdf/receipt';
import { renderOnePageBatch } from '@renderer/pdf/batch';
import { benchAnnualReceipts, renderPdfInNode } from '../bench/pdf';
import { pdfPageCount, pdfText } from '../support/pdf-text';

/**
 * A year's receipts as the batch makes them — laid out by chunks, then one PDF per page — read
 * back with poppler: each receipt's own file holds its page and nothing else, the combined one
 * every page in order.
 */
const folder = mkdtempSync(join(tmpdir(), 'tilleul-batch-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let files = 0;
function read(bytes: Uint8Array) {
  const file = join(folder, `${(files += 1)}.pdf`);
  writeFileSync(file, bytes);
  const title = /Title:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
  return { text: pdfText(file).replace(/[\u00a0\u202f]/g, ' '), pages: pdfPageCount(file), title };
}

const numbers = (text: string) => [...text.matchAll(/2026-A-\d{4}/g)].map(([n]) => n);

describe('renderOnePageBatch', () => {
  it('gives one PDF per receipt, with only its own page, and the combined PDF in order', async () => {
    const receipts = benchAnnualReceipts(7);
    const progress: string[] = [];
    let runs = 0;
    const batch = await renderOnePageBatch(
      receipts.map((receipt) => receiptDocument(receipt)),
      {
        render: (document) => ((runs += 1), renderPdfInNode(document)),
        title: 'Reçus fiscaux 2026',
        chunkSize: 3,
        onProgress: (done, total) => progress.push(`${done}/${total}`),
      },
    );
    expect(progress).toEqual(['3/7', '6/7', '7/7']);
    expect(runs).toBe(3);
    expect(batch.singles).toHaveLength(7);
    for (const [index, bytes] of batch.singles.entries()) {
      const single = read(bytes);
      const number = receipts[index]?.number ?? '';
      expect(single.pages).toBe(1);
      expect(new Set(numbers(single.text))).toEqual(new Set([number]));
      expect(single.title).toBe(`Reçu fiscal ${number}`);
      expect(single.text).toContain('Cerfa n° 11580*05');
    }
    const combined = read(batch.combined);
    expect(combined.pages).toBe(7);
    expect([...new Set(numbers(combined.text))]).toEqual(receipts.map((receipt) => receipt.number));
    expect(combined.title).toBe('Reçus fiscaux 2026');
  });

  it('renders a chunk one document at a time when one of them takes more than a page', async () => {
    const page = (text: string, pages = 1): PdfDocDefinition => ({
      pageSize: 'A4',
      pageMargins: [40, 40, 40, 40],
      info: { title: text },
      content: Array.from({ length: pages }, (_, index) => ({
        text: `${text} page ${index + 1}`,
        ...(index > 0 ? { pageBreak: 'before' as const } : {}),
      })),
    });
    const batch = await renderOnePageBatch(
      [page('Alpha'), page('Bravo', 2), page('Charlie'), page('Delta')],
      {
        render: renderPdfInNode,
        title: 'Tout',
        chunkSize: 3,
      },
    );
    const texts = batch.singles.map((bytes) => read(bytes));
    expect(texts.map((single) => single.pages)).toEqual([1, 2, 1, 1]);
    expect(texts[1]?.text).toMatch(/Bravo page 1[\s\S]*Bravo page 2/);
    expect(texts[1]?.text).not.toMatch(/Alpha|Charlie/);
    const combined = read(batch.combined);
    expect(combined.pages).toBe(5);
    expect(combined.text).toMatch(
      /Alpha page 1[\s\S]*Bravo page 1[\s\S]*Bravo page 2[\s\S]*Charlie[\s\S]*Delta/,
    );
  });

  it('refuses an empty batch in words', async () => {
    await expect(renderOnePageBatch([], { render: renderPdfInNode, title: 'Rien' })).rejects.toThrow(
      'Aucun document à produire.',
    );
  });
});
