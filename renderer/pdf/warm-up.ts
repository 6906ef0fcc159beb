import { asPersonId } from '@shared/ids';
import type { AttendanceSheetInput, SheetPart } from '@shared/pdf/attendance-sheet';
import type { PdfWorkers } from '@renderer/pdf/pdf-workers';

/**
 * How a PDF worker is warmed up before a long sheet is printed (`preparePrinting`): a few small
 * sheets of its own, one after the other. A worker's first real layout used to cost about 1.6
 * times its second (1.07–1.13 s against 0.69–0.74 s for half of a 1,000-line sheet, 4 December
 * 2026, Chromium 156, 2 cores) although it had laid out a 40-row table: V8 optimises pdfmake's
 * layout, text and output code only after a few documents that run the same paths. Measured in
 * two workers side by side, a 510-line part after the warm-up: one 40-row table, 1.0–1.3 s;
 * one sheet of 250 lines, 0.85–0.93 s; four sheets of 50 lines, 0.53–0.77 s (their cost, about
 * 1.3 s in each worker, is paid while the secretary looks at the event page).
 */
export const WARM_UP_ROUNDS = 4;
const WARM_UP_LINES = 50;

/**
 * A sheet like a real one (names, numbers, statuses, blank lines, totals, « page x / y »), laid out
 * only to be thrown away: its words are never shown.
 */
const WARM_UP_SHEET: AttendanceSheetInput = {
  organisation: 'Association',
  event: { title: 'Évènement', when: 'samedi 1 janvier 2000 à 20 h', location: 'Salle' },
  rows: Array.from({ length: WARM_UP_LINES - 5 }, (_, index) => ({
    personId: asPersonId(`warm-up-${index}`),
    lastName: `NOM-DE-FAMILLE ${index + 1}`,
    firstName: `Prénom ${index + 1}`,
    memberNumber: `A-${String(index + 1).padStart(4, '0')}`,
    status: index % 3 === 0 ? 'À renouveler' : 'À jour',
    present: false,
  })),
  blankLines: 5,
  labels: {
    heading: 'Feuille',
    documentTitle: 'Feuille',
    columns: {
      line: 'N°',
      lastName: 'Nom',
      firstName: 'Prénom',
      status: 'Statut',
      signature: 'Signature',
      representedBy: '',
      proxiesHeld: '',
      votes: '',
    },
    page: 'Page {{page}} / {{count}}',
    totals: 'Totaux',
    listed: '{{count}}',
    blank: '{{count}}',
    presentBlank: '________',
    presentCount: '{{count}}',
  },
};

/** The whole warm-up sheet as one part: title, rows and totals, every path of a real part. */
const WARM_UP_PART: SheetPart = {
  from: 0,
  to: WARM_UP_LINES,
  head: true,
  tail: true,
  firstPage: 1,
  pageCount: 2,
  pages: 2,
};

/**
 * Lays out `rounds` warm-up sheets in each worker, one at a time per worker, so that a print asked
 * for meanwhile waits behind one small sheet at most; stops as soon as `stopped()` says a real
 * print has begun. Resolves when done; a worker that fails only ends the warm-up (the print
 * itself then says what is wrong, or falls back to the page).
 */
export async function warmUpPdfWorkers(
  workers: PdfWorkers,
  rounds: number,
  stopped: () => boolean,
): Promise<void> {
  const oneWorker = async () => {
    for (let round = 0; round < rounds && !stopped(); round++)
      await workers.render({ sheet: { input: WARM_UP_SHEET, part: WARM_UP_PART } });
  };
  await Promise.all(Array.from({ length: workers.size }, oneWorker)).catch(() => undefined);
}
