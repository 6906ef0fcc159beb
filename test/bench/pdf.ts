import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import type * as PdfMakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import type { MemberCardPerson, MemberCardsPerPage } from '@shared/pdf/member-cards';
import { memberCardsDocument } from '@shared/pdf/member-cards';
import { receiptDocument, receiptsBatchDocument } from '@shared/pdf/receipt';
import { renderOnePageBatch } from '@renderer/pdf/batch';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { benchAnnualReceipts } from './receipts-data';
import type { AttendanceSheetInput, SheetCanvas } from '@shared/pdf/attendance-sheet';
import { drawAttendanceSheet, SHEET_FONTS, sheetDocumentOptions } from '@shared/pdf/attendance-sheet';
import { benchPeople, benchSheet } from './sheet-data';

/**
 * pdfmake in Node, with the very font files the browser build embeds (build/vfs_fonts.js), so a
 * PDF made here has the same fonts and metrics as one printed from the app.
 */
type PdfMake = typeof PdfMakeModule & {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
};

const require = createRequire(import.meta.url);
let loaded: PdfMake | undefined;

function pdfmake(): PdfMake {
  if (loaded) return loaded;
  // CommonJS module whose export is an instance: a namespace import would not see its methods.
  const instance = require('pdfmake') as PdfMake;
  const vfs = require('pdfmake/build/vfs_fonts') as Record<string, string>;
  for (const [name, base64] of Object.entries(vfs)) {
    instance.virtualfs.writeFileSync(name, Buffer.from(base64, 'base64'));
  }
  instance.setFonts({
    Roboto: {
      normal: 'Roboto-Regular.ttf',
      bold: 'Roboto-Medium.ttf',
      italics: 'Roboto-Italic.ttf',
      bolditalics: 'Roboto-MediumItalic.ttf',
    },
  });
  // Like the app: nothing fetched, nothing read from disk (images are data URLs).
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(() => false);
  loaded = instance;
  return instance;
}

/** Our document type must stay a subset of pdfmake's: this assignment is the compile-time check. */
export function asPdfmakeDocument(document: PdfDocDefinition): TDocumentDefinitions {
  return document;
}

export async function renderPdfInNode(document: PdfDocDefinition): Promise<Buffer> {
  return pdfmake().createPdf(asPdfmakeDocument(document)).getBuffer();
}

export { benchAnnualReceipts };

/** Milliseconds to build and render `count` member cards (10 per page) to PDF bytes in Node. */
export async function measureMemberCards(count: number, perPage: MemberCardsPerPage = 10): Promise<number> {
  const people = benchPeople(count);
  // Warm-up: font parsing and module loading are paid once per process, not per print.
  await renderPdfInNode(documentFor(people.slice(0, 1), perPage));
  const started = performance.now();
  const bytes = await renderPdfInNode(documentFor(people, perPage));
  const elapsed = performance.now() - started;
  if (bytes.length === 0) throw new Error('empty PDF');
  return elapsed;
}

function documentFor(people: MemberCardPerson[], perPage: MemberCardsPerPage): PdfDocDefinition {
  return memberCardsDocument({
    people,
    organisation: { name: 'Foyer rural de Saint-Benchmark', logo: '' },
    season: { label: '2025-2026' },
    perPage,
    labels: {
      cardTitle: 'Carte d’adhérent',
      number: 'N°',
      season: 'Saison',
      documentTitle: 'Cartes d’adhérent',
    },
  });
}

/** What a year's batch of annual receipts costs, layer by layer (milliseconds). */
export interface ReceiptsBatchFigures {
  count: number;
  /** Building the `count` document definitions from the frozen snapshots (no PDF). */
  definitionsMs: number;
  /** The combined PDF for printing: one pdfmake run, `count` pages laid out. */
  combinedMs: number;
  /** One PDF per receipt, measured on `sample` of them and scaled to `count`. */
  singlesMs: number;
  sample: number;
  /** The floor of any PDF: a one-line document in the same fonts (font parsing, subsetting). */
  emptyPdfMs: number;
  /** One pdfmake run per receipt plus the combined one: the way the batch was first built. */
  naiveMs: number;
  /** The batch as the app makes it: chunks of 50 laid out per run, then one PDF per page. */
  batchMs: number;
}

/**
 * The batch of `count` annual receipts as the app makes it (issue 17: 1,000 in 20 s at most), one
 * PDF per receipt and one combined PDF, with the layers apart to see where the time goes: the
 * definitions, one pdfmake run for all the pages, a one-line PDF (the fonts' share of any run),
 * and — for comparison — one run per receipt (`sample` of them rendered, the rest scaled).
 */
export async function measureAnnualReceipts(count: number, sample = 20): Promise<ReceiptsBatchFigures> {
  const receipts = benchAnnualReceipts(count);
  const bytes = async (document: PdfDocDefinition) => {
    if ((await renderPdfInNode(document)).length === 0) throw new Error('empty PDF');
  };
  // Warm-up: module loading and the first font parse are paid once per process.
  await bytes(receiptDocument(receipts[0] as ReceiptDocument));
  const time = async (work: () => Promise<unknown> | unknown) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  const definitionsMs = await time(() => receipts.map((receipt) => receiptDocument(receipt)));
  const few = receipts.slice(0, Math.min(sample, count));
  const sampleMs = await time(async () => {
    for (const receipt of few) await bytes(receiptDocument(receipt));
  });
  const combinedMs = await time(() => bytes(receiptsBatchDocument(receipts)));
  const emptyMs = await time(async () => {
    for (let i = 0; i < 20; i += 1)
      await bytes({
        pageSize: 'A4',
        pageMargins: [40, 40, 40, 40],
        content: [{ text: 'Reçu' }, { text: 'n° 2026-A-0001', bold: true }],
      });
  });
  const singlesMs = (sampleMs / few.length) * count;
  const documents = receipts.map((receipt) => receiptDocument(receipt));
  const batchMs = await time(async () => {
    const batch = await renderOnePageBatch(documents, { render: renderPdfInNode, title: 'Reçus fiscaux' });
    if (batch.singles.length !== count) throw new Error('missing receipts');
  });
  return {
    count,
    definitionsMs,
    combinedMs,
    singlesMs,
    sample: few.length,
    emptyPdfMs: emptyMs / 20,
    naiveMs: singlesMs + combinedMs,
    batchMs,
  };
}

/** The Roboto files of pdfmake's browser build, for the sheet drawn with pdfkit in Node. */
let sheetFonts: Record<string, Buffer> | undefined;

/** Our drawing interface must stay a subset of pdfkit's document: this is the compile-time check. */
function asSheetCanvas(document: PDFKit.PDFDocument): SheetCanvas {
  return document;
}

/**
 * The attendance sheet drawn as the app draws it (`drawAttendanceSheet` on pdfkit, the same
 * Roboto files), with Node's pdfkit: its PDF's bytes.
 */
export function renderSheetInNode(input: AttendanceSheetInput): Promise<Buffer> {
  if (!sheetFonts) {
    const vfs = require('pdfmake/build/vfs_fonts') as Record<string, string>;
    sheetFonts = Object.fromEntries(
      Object.entries(SHEET_FONTS).map(([name, file]) => [name, Buffer.from(vfs[file] ?? '', 'base64')]),
    );
  }
  const document = new PDFDocument(sheetDocumentOptions(input));
  const chunks: Buffer[] = [];
  const ended = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  for (const [name, data] of Object.entries(sheetFonts)) document.registerFont(name, data);
  drawAttendanceSheet(asSheetCanvas(document), input);
  document.end();
  return ended;
}

/** Milliseconds to draw an attendance sheet of `count` names to PDF bytes in Node. */
export async function measureAttendanceSheet(count: number): Promise<number> {
  await renderSheetInNode(benchSheet(1));
  const started = performance.now();
  const bytes = await renderSheetInNode(benchSheet(count));
  const elapsed = performance.now() - started;
  if (bytes.length === 0) throw new Error('empty PDF');
  return elapsed;
}
