import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quorumFigures } from '@shared/events/quorum';
import { SHEET_LABELS_FR } from '@shared/pdf/attendance-sheet.testing';
import type { AttendanceSheetInput, AttendanceSheetRow } from '@shared/pdf/attendance-sheet';
import { attendanceSheetDocument, planSheetParts } from '@shared/pdf/attendance-sheet';
import { openPdfWorkers } from '@renderer/pdf/pdf-workers';
import { renderSheetInParts } from '@renderer/pdf/sheet-parts';
import { renderPdfInNode } from '../bench/pdf';
import { pdfPageCount, pdfText } from '../support/pdf-text';
import { NodePdfWorker } from '../support/node-pdf-worker';
import { personId } from '@shared/testing/ids';

/**
 * A long sheet laid out in parts side by side (one per PDF worker) and put together must be the
 * very sheet laid out whole: every page holds the same lines, says the same « page x / y », and
 * the end blocks close the last one. Checked page by page with poppler, through the workers'
 * messages (the pool driven with pdfmake in Node behind the Web Worker interface).
 */
const folder = mkdtempSync(join(tmpdir(), 'tilleul-sheet-parts-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;

function pagesOf(bytes: Uint8Array) {
  const file = join(folder, `${(files += 1)}.pdf`);
  writeFileSync(file, bytes);
  const pages = pdfText(file)
    .split('\f')
    .filter((page) => page.trim() !== '');
  expect(pages).toHaveLength(pdfPageCount(file));
  // Each page's numbered lines (in order) and everything else on it, spaces aside.
  return pages.map((page) => ({
    lines: [...page.matchAll(/^ *(\d+)(?: {2,}| *$)/gm)].map(([, line]) => Number(line)),
    text: page.replace(/\s+/g, ' ').trim(),
  }));
}

function people(count: number, firstName = (n: number) => `Prénom${n}`): AttendanceSheetRow[] {
  return Array.from({ length: count }, (_, i) => ({
    personId: personId(`p${i + 1}`),
    lastName: `Nom${String(i + 1).padStart(4, '0')}`,
    firstName: firstName(i + 1),
    memberNumber: `A-${i + 1}`,
    status: i % 3 === 0 ? 'À renouveler' : 'À jour',
    present: i % 2 === 0,
    votes: 1,
  }));
}

const base = {
  organisation: 'Foyer rural de Montcuq',
  event: { title: 'Loto de printemps', when: 'samedi 14 mars 2026 à 20 h', location: 'Salle des fêtes' },
  labels: { ...SHEET_LABELS_FR, documentTitle: 'Feuille d’émargement — Loto de printemps' },
};

const thousand: AttendanceSheetInput = { ...base, rows: people(1000), blankLines: 20 };

const assembly: AttendanceSheetInput = {
  ...base,
  event: { title: 'Assemblée générale ordinaire', when: 'samedi 20 juin 2026', location: 'Mairie' },
  rows: people(333),
  blankLines: 10,
  assembly: quorumFigures(
    people(333).map((row) => ({ personId: row.personId, present: row.present, proxyHolderId: '' })),
    () => true,
    333,
    { quorumPercent: 50, maxProxiesPerMember: 2 },
  ),
  closed: {
    note: `Feuille close le 20 juin 2026 à 23:10 par Marie Dupont — empreinte ${'3f'.repeat(32)}`,
    amendmentsTitle: 'Corrections',
    amendments: Array.from(
      { length: 12 },
      (_, i) => `Correction ${i + 1} : présence de Nom${i + 1} ajoutée.`,
    ),
  },
  cashCounts: { title: 'Caisse', lines: ['Porte 1 : 120,00 € en espèces comptés, 120,00 € enregistrés.'] },
};

async function inParts(input: AttendanceSheetInput, parts: number) {
  const plan = planSheetParts(input, parts);
  if (!plan) throw new Error('no plan');
  const workers = openPdfWorkers(parts, () => new NodePdfWorker());
  try {
    const started: number[] = [];
    const bytes = await renderSheetInParts(input, plan, (sheet, part) => {
      started.push(part.from);
      return workers.render({ sheet: { input: sheet, part } });
    });
    return { plan, bytes, started };
  } finally {
    workers.close();
  }
}

describe('a long sheet laid out in parts', () => {
  it.each([
    ['1,000 people, 2 workers', thousand, 2],
    ['1,000 people, 4 workers', thousand, 4],
    ['an AG, closed, with corrections and a cash count, 3 workers', assembly, 3],
  ] as const)(
    'is page for page the sheet laid out whole: %s',
    async (_, input, parts) => {
      const { plan, bytes, started } = await inParts(input, parts);
      expect(plan).toHaveLength(parts);
      expect(started).toHaveLength(parts);
      if (!bytes) throw new Error('the parts did not take the planned pages');
      const whole = pagesOf(await renderPdfInNode(attendanceSheetDocument(input)));
      const merged = pagesOf(bytes);
      expect(merged.length).toBe(whole.length);
      expect(merged).toEqual(whole);
      // Every line once, in order, and the totals once, at the end.
      const total = input.rows.length + input.blankLines;
      expect(merged.flatMap((page) => page.lines)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(merged.at(-1)?.text).toContain('Totaux');
      expect(merged.filter((page) => page.text.includes('Totaux'))).toHaveLength(1);
      merged.forEach((page, index) => expect(page.text).toContain(`Page ${index + 1} / ${merged.length}`));
    },
    60_000,
  );

  it('is not planned for a sheet of a few pages, which is laid out whole', () => {
    expect(planSheetParts({ ...base, rows: people(40), blankLines: 10 }, 2)).toBeUndefined();
    expect(planSheetParts(thousand, 1)).toBeUndefined();
  });

  it('is refused, whole, when a part takes more pages than planned (names on three lines)', async () => {
    // First names that need three lines in their column push the first part's rows onto one more page.
    const input = { ...thousand, rows: people(1000, (n) => (n <= 60 ? 'WWWWWWWW WWWWWWWW WWWW' : `P${n}`)) };
    const { bytes } = await inParts(input, 2);
    expect(bytes).toBeUndefined();
  }, 60_000);
});
