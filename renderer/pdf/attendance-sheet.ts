import type { TFunction } from 'i18next';
import type { EventDocument } from '@shared/events/event';
import { formatClockTime, formatEventStart } from '@shared/events/event-time';
import type { QuorumFigures } from '@shared/events/quorum';
import type { RollEntry } from '@shared/events/roll';
import type { SaveFileResult } from '@shared/ipc/contract';
import { blankLinesFor, sheetRows } from '@shared/events/sheet-rows';
import type { AttendanceSheetInput, AttendanceSheetLabels } from '@shared/pdf/attendance-sheet';
import { pdfFileName } from '@shared/pdf/member-cards';
import type { eventSheetsFr } from '@renderer/i18n/sections/event-sheets.fr';
import type { Platform } from '@renderer/platform/platform';
import { inPageWithoutWorkers, preparedPdfWorkers } from '@renderer/pdf/render-pdf';
import { renderAttendanceSheet } from '@renderer/pdf/sheet-pdf';

export interface PrintAttendanceSheetOptions {
  event: EventDocument;
  roll: readonly RollEntry[];
  /** A general assembly's live figures: the AG sheet. */
  quorum: QuorumFigures | undefined;
  organisation: string;
  locale: string;
  t: TFunction;
  /**
   * A closed event, printed from its sheet: the closing's sentence (when, by whom, the hash) and
   * its corrections; each line then says the presence the sheet holds.
   */
  closed?: { note: string; amendments: readonly string[] };
  /** The doors' cash counts, one sentence each (`useCashCountLines`). */
  cashCounts?: readonly string[];
}

/** What a closed sheet says of a line, in place of the signature. */
function presenceText(t: TFunction, entry: RollEntry, locale: string): string {
  const record = entry.record;
  if (!record?.present) return t('closing.pdf.absent');
  return record.checkedInAt === ''
    ? t('closing.pdf.present')
    : t('closing.pdf.presentAt', { time: formatClockTime(record.checkedInAt, locale) });
}

function labelsOf(t: TFunction, event: EventDocument, assembly: boolean): AttendanceSheetLabels {
  type Sheet = typeof eventSheetsFr.sheet;
  const key = (name: Exclude<keyof Sheet, 'columns'>) => t(`eventSheets.sheet.${name}`);
  const column = (name: keyof Sheet['columns']) => t(`eventSheets.sheet.columns.${name}`);
  // pdfmake fills {{page}} and {{count}} per page: keep them for the sheet to replace (so these
  // texts write {{count}}, never {{count, number}}: a format would turn the kept « {{count}} » to NaN).
  const keep = { page: '{{page}}', count: '{{count}}' };
  const figure = (name: Exclude<keyof Sheet, 'columns'>) => t(`eventSheets.sheet.${name}`, keep);
  return {
    heading: assembly ? key('assemblyHeading') : key('heading'),
    documentTitle: t('eventSheets.sheet.documentTitle', { event: event.title }),
    columns: {
      line: column('line'),
      lastName: column('lastName'),
      firstName: column('firstName'),
      status: column('status'),
      signature: column('signature'),
      representedBy: column('representedBy'),
      proxiesHeld: column('proxiesHeld'),
      votes: column('votes'),
    },
    page: figure('page'),
    totals: key('totals'),
    listed: figure('listed'),
    blank: figure('blank'),
    presentBlank: key('presentBlank'),
    presentCount: figure('presentCount'),
    voters: figure('voters'),
    presentVoters: figure('presentVoters'),
    represented: figure('represented'),
    votes: figure('votes'),
    quorum: figure('quorum'),
    quorumReached: key('quorumReached'),
    quorumMissing: figure('quorumMissing'),
    certified: key('certified'),
    president: key('president'),
    secretary: key('secretary'),
  };
}

/**
 * The sheet's PDF, drawn in the warm PDF worker of the event page (`preparePrinting`) so that the
 * page stays responsive; in the page itself where no worker could start or take the job.
 */
export async function attendanceSheetPdf(input: AttendanceSheetInput): Promise<Uint8Array<ArrayBuffer>> {
  const inPage = () => renderAttendanceSheet(input);
  const workers = preparedPdfWorkers();
  if (!workers) return inPage();
  return inPageWithoutWorkers(async () => {
    const bytes = await workers.render({ sheet: { input } });
    return new Uint8Array(bytes);
  }, inPage);
}

/**
 * Renders the event's attendance sheet and hands it to the platform: a save dialog on the
 * desktop, a download in a browser.
 */
export async function printAttendanceSheet(
  platform: Platform,
  { event, roll, quorum, organisation, locale, t, closed, cashCounts }: PrintAttendanceSheetOptions,
): Promise<SaveFileResult> {
  const listed = sheetRows(roll, quorum, (entry) => t(`people.status.${entry.status}`));
  const entries = new Map(roll.map((entry) => [entry.person.id, entry]));
  const rows = closed
    ? listed.map((row) => {
        const entry = entries.get(row.personId);
        return entry ? { ...row, presence: presenceText(t, entry, locale) } : row;
      })
    : listed;
  const input: AttendanceSheetInput = {
    organisation,
    event: { title: event.title, when: formatEventStart(event, locale), location: event.location },
    rows,
    blankLines: blankLinesFor(rows.length),
    labels: labelsOf(t, event, quorum !== undefined),
    assembly: quorum,
    locale,
    closed: closed && { ...closed, amendmentsTitle: t('closing.amendmentsTitle') },
    cashCounts: cashCounts && { title: t('cashCount.section'), lines: cashCounts },
  };
  const data = await attendanceSheetPdf(input);
  return platform.saveFile({
    suggestedName: pdfFileName(
      t('eventSheets.sheet.fileName', { event: event.title, date: event.startsOn }),
      'emargement',
    ),
    filterName: t('eventSheets.sheet.fileFilter'),
    extensions: ['pdf'],
    mimeType: 'application/pdf',
    data,
  });
}
