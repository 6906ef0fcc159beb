import type { QuorumFigures } from '@shared/events/quorum';
import type {
  PdfCell,
  PdfContent,
  PdfDocDefinition,
  PdfFixedBlock,
  PdfStack,
  PdfTable,
  Pt,
} from '@shared/pdf/doc-definition';
import { A4, MM } from '@shared/pdf/doc-definition';
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

/**
 * A slice of the sheet laid out on its own (in a PDF worker), so that a long sheet's pages are
 * laid out side by side and put together after (see `planSheetParts`): lines `from` (included) to
 * `to` (excluded) of the table, counting the blank lines after the names; `head` and `tail` say
 * whether it carries the title block and the end blocks (totals, cash counts, corrections);
 * its first page is page `firstPage` of `pageCount`.
 */
export interface SheetPart {
  from: number;
  to: number;
  head: boolean;
  tail: boolean;
  firstPage: number;
  pageCount: number;
  /** The pages this part should take, by the plan: a part that takes more was planned wrong. */
  pages: number;
}

const INK = '#1f2a24';
const MUTED = '#5c6b63';
const RULE = '#9aa59f';
const HEADER_FILL = '#e8efe9';
/** Tall enough to sign in, and two lines of 9 pt: no line grows unless a cell needs three. */
const ROW_HEIGHT: Pt = 22;
const CELL_PADDING = { top: 5, bottom: 3 };
const LINE_WIDTH: Pt = 0.5;
/** A row with its paddings and the line under it: every page of the table is a whole number of them. */
const ROW_PITCH: Pt = ROW_HEIGHT + CELL_PADDING.top + CELL_PADDING.bottom + LINE_WIDTH;
const PAGE_MARGINS: [Pt, Pt, Pt, Pt] = [14 * MM, 14 * MM, 14 * MM, 16 * MM];
const CONTENT_WIDTH: Pt = A4.width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const CONTENT_HEIGHT: Pt = A4.height - PAGE_MARGINS[1] - PAGE_MARGINS[3];
/** Roboto's line: (ascender − descender) / units per em. */
const LINE = 2400 / 2048;
/** A generous average advance of a Roboto character, in ems, to count lines before laying out. */
const AVERAGE_ADVANCE = 0.62;

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
export function attendanceSheetDocument(input: AttendanceSheetInput, part?: SheetPart): PdfDocDefinition {
  const assembly = input.assembly !== undefined;
  const rows = sortSheetRows(input.rows, input.locale);
  const body: PdfCell[][] = [headerRow(input.labels, assembly)];
  const lineCount = rows.length + input.blankLines;
  const from = part?.from ?? 0;
  const to = Math.min(part?.to ?? lineCount, lineCount);
  for (let index = from; index < to; index++) {
    const row = rows[index];
    body.push(row ? personRow(row, index + 1, assembly) : blankRow(index + 1, assembly));
  }
  const widths: PdfTable['table']['widths'] = assembly
    ? [24, 82, 62, 50, 76, 36, 28, '*']
    : [28, 120, 90, 70, '*'];
  const table: PdfTable = {
    table: { headerRows: 1, dontBreakRows: true, widths, heights: ROW_HEIGHT, body },
    fontSize: 9,
    layout: {
      hLineWidth: () => LINE_WIDTH,
      vLineWidth: () => LINE_WIDTH,
      hLineColor: () => RULE,
      vLineColor: () => RULE,
      paddingTop: () => CELL_PADDING.top,
      paddingBottom: () => CELL_PADDING.bottom,
    },
  };
  const { event, labels } = input;
  const head = part?.head ?? true;
  const tail = part?.tail ?? true;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    info: { title: labels.documentTitle, creator: 'Tilleul' },
    footer: (page, count) => ({
      columns: [
        { width: '*', text: clip(`${input.organisation} — ${event.title}`, 90), color: MUTED },
        {
          width: 'auto',
          text: part
            ? fill(labels.page, { page: part.firstPage + page - 1, count: part.pageCount })
            : fill(labels.page, { page, count }),
          color: MUTED,
        },
      ],
      fontSize: 8,
      margin: [14 * MM, 4 * MM, 14 * MM, 0],
    }),
    content: [
      ...(head ? [titleBlock(input)] : []),
      table,
      ...(tail
        ? [totalsBlock(input), ...cashCountsBlock(input.cashCounts), ...amendmentsBlock(input.closed)]
        : []),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 9, color: INK },
  };
}

/** Table rows (the header row included) that a page holds below `above` points of other content. */
function rowsBelow(above: Pt): number {
  return Math.floor((CONTENT_HEIGHT - above - LINE_WIDTH) / ROW_PITCH);
}

/**
 * The end blocks' pages beyond the last page of names, estimated (totals, certified block, cash
 * counts and corrections, their lines counted generously): `used` points of that page are taken.
 */
function endPages(input: AttendanceSheetInput, used: Pt): number {
  const text = (size: Pt, gap: Pt) => size * LINE + gap;
  const lines = (texts: readonly string[], size: Pt) =>
    texts.reduce((sum, line) => sum + linesFor(line, size, CONTENT_WIDTH) * size * LINE + 2, 0);
  const totals =
    12 +
    text(11, 4) +
    (input.assembly ? 9 : 3) * text(10, 2) +
    (input.assembly ? text(10, 14) + text(10, 4) + 22 * MM + 1 : 0);
  const blocks: { height: Pt; unbreakable: boolean }[] = [{ height: totals, unbreakable: true }];
  if (input.cashCounts && input.cashCounts.lines.length > 0)
    blocks.push({ height: 12 + text(11, 4) + lines(input.cashCounts.lines, 9), unbreakable: true });
  if (input.closed && input.closed.amendments.length > 0) {
    blocks.push({ height: 12 + text(11, 4), unbreakable: true });
    for (const line of input.closed.amendments) blocks.push({ height: lines([line], 9), unbreakable: true });
  }
  let pages = 0;
  let y = used;
  for (const block of blocks) {
    if (y + block.height > CONTENT_HEIGHT) {
      pages += 1;
      y = 0;
    }
    y += block.height;
  }
  return pages;
}

/**
 * How to lay a long sheet out in `parts` slices side by side: each slice a whole number of full
 * pages (every row is exactly one row pitch tall, the title block exactly its computed height), the
 * first with the title, the last with the end blocks, each told its first page and the page count
 * so that « page x / y » is the whole sheet's. `undefined` for a sheet too short to gain from it.
 * The end blocks' pages are estimated: a part that takes another number of pages than planned
 * says the plan was wrong, and the sheet is then laid out whole (`pages` is there to check).
 */
export function planSheetParts(input: AttendanceSheetInput, parts: number): SheetPart[] | undefined {
  const lines = input.rows.length + input.blankLines;
  const firstPageLines = rowsBelow(titleBlockHeight(input)) - 1;
  const perPage = rowsBelow(0) - 1;
  if (parts < 2 || firstPageLines < 1 || lines <= firstPageLines + perPage * 3) return undefined;
  const rowPages = 1 + Math.ceil((lines - firstPageLines) / perPage);
  const count = Math.min(parts, rowPages);
  const linesOnLastPage = lines - firstPageLines - perPage * (rowPages - 2);
  const lastPageUsed = LINE_WIDTH + (linesOnLastPage + 1) * ROW_PITCH;
  const extra = endPages(input, lastPageUsed);
  const pageCount = rowPages + extra;
  const plan: SheetPart[] = [];
  let page = 1;
  for (let index = 0; index < count; index++) {
    const start = page;
    const end = Math.round(((index + 1) * rowPages) / count);
    const lineAt = (rowPage: number) => (rowPage <= 1 ? 0 : firstPageLines + perPage * (rowPage - 2));
    const last = index === count - 1;
    plan.push({
      from: lineAt(start),
      to: last ? lines : lineAt(end + 1),
      head: index === 0,
      tail: last,
      firstPage: start,
      pageCount,
      pages: end - start + 1 + (last ? extra : 0),
    });
    page = end + 1;
  }
  return plan;
}

/** The title block's lines: text, size, boldness and the space under each. */
function titleLines(input: AttendanceSheetInput) {
  const { event, labels } = input;
  const place = [event.when, event.location].filter(Boolean).join(' — ');
  return [
    { text: clip(input.organisation, 120), fontSize: 12, bold: true, color: '#2f6b3a', above: 0, below: 0 },
    { text: labels.heading, fontSize: 16, bold: true, above: 4, below: 2 },
    { text: clip(event.title, 160), fontSize: 13, above: 0, below: 2 },
    { text: place, fontSize: 10, color: MUTED, above: 0, below: input.closed ? 2 : 10 },
    ...(input.closed ? [{ text: input.closed.note, fontSize: 9, above: 0, below: 10 }] : []),
  ];
}

/** Lines a text is sure to fit in at `fontSize` over `width` (an upper bound: advances are generous). */
function linesFor(text: string, fontSize: Pt, width: Pt): number {
  return Math.max(1, Math.ceil((text.length * AVERAGE_ADVANCE * fontSize) / width));
}

/**
 * The title block's height, known before laying out: each line's room counted generously. The
 * block is exactly that tall (a table cell of that height), so that the first page holds a known
 * number of names and a long sheet's pages can be laid out apart (`planSheetParts`).
 */
function titleBlockHeight(input: AttendanceSheetInput): Pt {
  return titleLines(input).reduce(
    (sum, line) =>
      sum +
      line.above +
      line.below +
      linesFor(line.text, line.fontSize, CONTENT_WIDTH) * line.fontSize * LINE,
    0,
  );
}

function titleBlock(input: AttendanceSheetInput): PdfFixedBlock {
  const none = () => 0;
  return {
    table: {
      widths: ['*'],
      heights: titleBlockHeight(input),
      body: [
        [
          {
            stack: titleLines(input).map(({ above, below, ...line }) => ({
              ...line,
              margin: [0, above, 0, below] as Margin,
            })),
          },
        ],
      ],
    },
    layout: {
      hLineWidth: none,
      vLineWidth: none,
      paddingLeft: none,
      paddingRight: none,
      paddingTop: none,
      paddingBottom: none,
    },
  };
}
