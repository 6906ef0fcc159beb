import { asPersonId } from '@shared/ids';
import type { AttendanceSheetInput } from '@shared/pdf/attendance-sheet';
import type { PdfWorkers } from '@renderer/pdf/pdf-workers';

/**
 * How the PDF worker is warmed up before a long sheet is printed (`preparePrinting`): a few small
 * sheets of its own, one after the other, so that the print finds pdfkit loaded, the fonts read
 * and the drawing code optimised by V8. Measured 5 December 2026 (Chromium 156, 2 cores, bench
 * `--only pdf`): the first 50-line sheet 0.83 s (pdfkit's load and the fonts' parse included), the
 * next three 70–90 ms each, all done 1.2 s after the page asked; the 1,000-line sheet then took
 * 0.52–0.54 s in the worker, the first print as the second.
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
      await workers.render({ sheet: { input: WARM_UP_SHEET } });
  };
  await Promise.all(Array.from({ length: workers.size }, oneWorker)).catch(() => undefined);
}
