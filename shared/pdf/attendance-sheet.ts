import type { QuorumFigures } from '@shared/events/quorum';
import type {
  PdfCell,
  PdfContent,
  PdfDocDefinition,
  PdfStack,
  PdfTable,
  Pt,
} from '@shared/pdf/doc-definition';
import { MM } from '@shared/pdf/doc-definition';
import { sliceWhole } from '@shared/text/unicode';
import type { PersonId } from '@shared/ids';

/**
 * The attendance sheet (feuille d'émargement) of an event, as a pdfmake document definition:
 * the association, the event, one numbered line per person sorted by name with a box to sign,
 * blank numbered lines for walk-ins, the table's header on every page, « page x / y » under each
 * page and the totals at the end. For a general assembly (AG) it adds who represents an absent
 * voter, the proxies a voter holds and their voices, and a totals block the président and the
 * secrétaire de séance certify.
 */

export interface AttendanceSheetRow {
  personId: PersonId;
  lastName: string;
  firstName: string;
  memberNumber: string;
  /** The membership status in words, at the event's date (« À jour »). */
  status: string;
  present: boolean;
  /** AG: the name of who holds this absent voter's proxy, `''` when none. */
  representedBy?: string;
  /** AG: how many proxies this person holds. */
  proxiesHeld?: number;
  /** AG: voices this person carries (0 for someone who may not vote). */
  votes?: number;
  /** A closed event's sheet: what the sheet says in place of a signature (« Entré à 20:01 »). */
  presence?: string;
}

export interface AttendanceSheetLabels {
  /** « Feuille d'émargement » / « Feuille de présence de l'assemblée générale » */
  heading: string;
  /** PDF metadata title. */
  documentTitle: string;
  columns: {
    line: string;
    lastName: string;
    firstName: string;
    status: string;
    signature: string;
    representedBy: string;
    proxiesHeld: string;
    votes: string;
  };
  /** « Page {{page}} / {{count}} » */
  page: string;
  /** « Totaux » */
  totals: string;
  /** « Personnes listées : {{count}} » */
  listed: string;
  /** « Lignes libres : {{count}} » */
  blank: string;
  /** « Présents : ______ » to fill in by hand, or « Présents : {{count}} » once known. */
  presentBlank: string;
  presentCount: string;
  /** AG figures, each with {{count}}. */
  voters?: string;
  presentVoters?: string;
  represented?: string;
  votes?: string;
  quorum?: string;
  quorumReached?: string;
  quorumMissing?: string;
  /** « Certifié exact », « Le président », « Le secrétaire de séance » */
  certified?: string;
  president?: string;
  secretary?: string;
}

export interface AttendanceSheetInput {
  organisation: string;
  event: { title: string; when: string; location: string };
  rows: readonly AttendanceSheetRow[];
  /** Empty numbered lines after the last name, for walk-ins. */
  blankLines: number;
  labels: AttendanceSheetLabels;
  /** A general assembly's figures: adds the AG columns and the certified totals block. */
  assembly?: QuorumFigures;
  locale?: string;
  /**
   * A closed event (issue 16): printed from its sheet, with the closing (when, by whom, the
   * content hash) under the title and its corrections (who, when, why) after the totals.
   */
  closed?: { note: string; amendmentsTitle: string; amendments: readonly string[] };
  /** The doors' cash counts (shared/events/cash-count.ts), one sentence each, after the totals. */
  cashCounts?: { title: string; lines: readonly string[] };
}

const INK = '#1f2a24';
const MUTED = '#5c6b63';
const RULE = '#9aa59f';
const HEADER_FILL = '#e8efe9';
/** Tall enough to sign in. */
const ROW_HEIGHT: Pt = 22;

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${sliceWhole(trimmed, max - 1).trimEnd()}…`;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * The sheet's order: by last name then first name, the French way (accents and case do not
 * change the order, « Émile » sits among the E). The line number of a person is their place
 * here, plus one — the office ticks presence from the paper with the same numbers.
 */
export function sortSheetRows<T extends Pick<AttendanceSheetRow, 'lastName' | 'firstName' | 'personId'>>(
  rows: readonly T[],
  locale = 'fr',
): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...rows].sort(
    (a, b) =>
      collator.compare(a.lastName, b.lastName) ||
      collator.compare(a.firstName, b.firstName) ||
      (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
  );
}

const cell = (text: string, extra: Partial<PdfCell> = {}): PdfCell => ({ text, ...extra });

function headerRow(labels: AttendanceSheetLabels, assembly: boolean): PdfCell[] {
  const { columns } = labels;
  const titles = [
    columns.line,
    columns.lastName,
    columns.firstName,
    columns.status,
    ...(assembly ? [columns.representedBy, columns.proxiesHeld, columns.votes] : []),
    columns.signature,
  ];
  return titles.map((title) => cell(title, { bold: true, fillColor: HEADER_FILL, fontSize: 8.5 }));
}

function personRow(row: AttendanceSheetRow, line: number, assembly: boolean): PdfCell[] {
  return [
    cell(String(line), { color: MUTED }),
    cell(clip(row.lastName.toLocaleUpperCase('fr'), 30), { bold: true }),
    cell(clip(row.firstName, 24)),
    cell(clip(row.status, 16), { fontSize: 8 }),
    ...(assembly
      ? [
          cell(clip(row.representedBy ?? '', 30), { fontSize: 8 }),
          cell(row.proxiesHeld ? String(row.proxiesHeld) : '', { alignment: 'center' }),
          cell(String(row.votes ?? 0), { alignment: 'center' }),
        ]
      : []),
    cell(clip(row.presence ?? '', 40), { fontSize: 8, color: MUTED }),
  ];
}

function blankRow(line: number, assembly: boolean): PdfCell[] {
  return [cell(String(line), { color: MUTED }), ...Array.from({ length: assembly ? 7 : 4 }, () => cell(''))];
}

function totalsBlock(input: AttendanceSheetInput): PdfContent {
  const { labels, rows, blankLines, assembly } = input;
  const present = rows.filter((row) => row.present).length;
  const lines = [
    fill(labels.listed, { count: rows.length }),
    fill(labels.blank, { count: blankLines }),
    present > 0 ? fill(labels.presentCount, { count: present }) : labels.presentBlank,
  ];
  if (assembly) {
    lines.push(
      fill(labels.voters ?? '', { count: assembly.voters }),
      fill(labels.presentVoters ?? '', { count: assembly.present }),
      fill(labels.represented ?? '', { count: assembly.represented }),
      fill(labels.votes ?? '', { count: assembly.votes }),
      fill(labels.quorum ?? '', { count: assembly.required }),
      assembly.reached
        ? (labels.quorumReached ?? '')
        : fill(labels.quorumMissing ?? '', { count: assembly.missing }),
    );
  }
  const figures: PdfContent = {
    stack: [
      { text: labels.totals, bold: true, fontSize: 11, margin: [0, 0, 0, 4] },
      ...lines.map((text) => ({ text, fontSize: 10, margin: [0, 1, 0, 1] as [Pt, Pt, Pt, Pt] })),
    ],
  };
  if (!assembly) return { stack: [figures], unbreakable: true, margin: [0, 12, 0, 0] };
  const signature = (title: string): PdfStack => ({
    stack: [
      { text: title, bold: true, fontSize: 10 },
      {
        canvas: [{ type: 'rect', x: 0, y: 4, w: 70 * MM, h: 22 * MM, lineWidth: 0.5, lineColor: RULE }],
      },
    ],
  });
  return {
    stack: [
      figures,
      { text: labels.certified ?? '', italics: true, fontSize: 10, margin: [0, 10, 0, 4] },
      {
        columns: [
          { width: '*', ...signature(labels.president ?? '') },
          { width: '*', ...signature(labels.secretary ?? '') },
        ],
        columnGap: 10 * MM,
      },
    ],
    unbreakable: true,
    margin: [0, 12, 0, 0],
  };
}

type Margin = [Pt, Pt, Pt, Pt];

/** A closed sheet's corrections, one line each, in the order they apply. */
function amendmentsBlock(closed: AttendanceSheetInput['closed']): PdfContent[] {
  if (!closed || closed.amendments.length === 0) return [];
  return [
    { text: closed.amendmentsTitle, bold: true, fontSize: 11, margin: [0, 12, 0, 4] },
    ...closed.amendments.map((text) => ({ text, fontSize: 9, margin: [0, 1, 0, 1] as Margin })),
  ];
}

/** The doors' cash counts, for the treasurer who receives the sheet. */
function cashCountsBlock(counts: AttendanceSheetInput['cashCounts']): PdfContent[] {
  if (!counts || counts.lines.length === 0) return [];
  // Never the title at the foot of one page and its counts on the next (seen on a 17-line sheet).
  return [
    {
      stack: [
        { text: counts.title, bold: true, fontSize: 11, margin: [0, 0, 0, 4] },
        ...counts.lines.map((text) => ({ text, fontSize: 9, margin: [0, 1, 0, 1] as Margin })),
      ],
      unbreakable: true,
      margin: [0, 12, 0, 0],
    },
  ];
}

/**
 * The whole sheet. Rows are printed in the order of `sortSheetRows`, whatever the caller's
 * order; `blankLines` empty numbered lines follow.
 */
export function attendanceSheetDocument(input: AttendanceSheetInput): PdfDocDefinition {
  const assembly = input.assembly !== undefined;
  const rows = sortSheetRows(input.rows, input.locale);
  const body: PdfCell[][] = [headerRow(input.labels, assembly)];
  rows.forEach((row, index) => body.push(personRow(row, index + 1, assembly)));
  for (let line = rows.length + 1; line <= rows.length + input.blankLines; line++) {
    body.push(blankRow(line, assembly));
  }
  const widths: PdfTable['table']['widths'] = assembly
    ? [24, 82, 62, 50, 76, 36, 28, '*']
    : [28, 120, 90, 70, '*'];
  const table: PdfTable = {
    table: { headerRows: 1, widths, heights: ROW_HEIGHT, body },
    fontSize: 9,
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => RULE,
      vLineColor: () => RULE,
      paddingTop: () => 5,
      paddingBottom: () => 3,
    },
  };
  const { event, labels } = input;
  const place = [event.when, event.location].filter(Boolean).join(' — ');
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [14 * MM, 14 * MM, 14 * MM, 16 * MM],
    info: { title: labels.documentTitle, creator: 'Tilleul' },
    footer: (page, count) => ({
      columns: [
        { width: '*', text: clip(`${input.organisation} — ${event.title}`, 90), color: MUTED },
        { width: 'auto', text: fill(labels.page, { page, count }), color: MUTED },
      ],
      fontSize: 8,
      margin: [14 * MM, 4 * MM, 14 * MM, 0],
    }),
    content: [
      { text: clip(input.organisation, 120), bold: true, fontSize: 12, color: '#2f6b3a' },
      { text: labels.heading, fontSize: 16, bold: true, margin: [0, 4, 0, 2] },
      { text: clip(event.title, 160), fontSize: 13, margin: [0, 0, 0, 2] },
      { text: place, fontSize: 10, color: MUTED, margin: [0, 0, 0, input.closed ? 2 : 10] },
      ...(input.closed ? [{ text: input.closed.note, fontSize: 9, margin: [0, 0, 0, 10] as Margin }] : []),
      table,
      totalsBlock(input),
      ...cashCountsBlock(input.cashCounts),
      ...amendmentsBlock(input.closed),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 9, color: INK },
  };
}
