import type { QuorumFigures } from '@shared/events/quorum';
import type { Pt } from '@shared/pdf/doc-definition';
import { A4, MM } from '@shared/pdf/doc-definition';
import { sliceWhole } from '@shared/text/unicode';
import type { PersonId } from '@shared/ids';

/**
 * The attendance sheet (feuille d'émargement) of an event: the association, the event, one
 * numbered line per person sorted by name with a box to sign, blank numbered lines for walk-ins,
 * the table's header on every page, « page x / y » under each page and the totals at the end.
 * For a general assembly (AG) it adds who represents an absent voter, the proxies a voter holds
 * and their voices, and a totals block the président and the secrétaire de séance certify.
 *
 * Unlike Tilleul's other documents (pdfmake definitions), the sheet is drawn straight onto a
 * pdfkit document — the drawing library under pdfmake, with the same Roboto files. A sheet is one
 * grid of fixed rows, which needs none of pdfmake's general layout, and that layout was half of
 * pdfmake's cost (5 December 2026, a 1,020-line sheet in Node, warm: 390–490 ms laid out by
 * pdfmake, 204–281 ms drawn here): the issue's 1,000-line sheet in well under a second on a
 * 2-core machine, at the first print of a session.
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
/** Tall enough to sign in, and two lines of 9 pt: no line grows unless a cell needs three. */
const ROW_HEIGHT: Pt = 22;
const CELL_PADDING = { top: 5, bottom: 3, side: 4 };
const LINE_WIDTH: Pt = 0.5;
const MARGIN = { left: 14 * MM, top: 14 * MM, right: 14 * MM, bottom: 16 * MM };
const CONTENT_WIDTH: Pt = A4.width - MARGIN.left - MARGIN.right;
/** Where a page's content must end: the footer is under it. */
const CONTENT_BOTTOM: Pt = A4.height - MARGIN.bottom;
/** The gap above the totals, the cash counts and the corrections. */
const BLOCK_GAP: Pt = 12;

/** One line of at most `max` characters: spaces and line breaks as single spaces, then cut with « … ». */
function clip(text: string, max: number): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
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

/** The sheet's fonts by the names it draws with: the Roboto files pdfmake ships (its vfs_fonts). */
export const SHEET_FONTS = {
  regular: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italic: 'Roboto-Italic.ttf',
} as const;
export type SheetFont = keyof typeof SHEET_FONTS;

/**
 * The part of pdfkit's `PDFDocument` the sheet draws with, as plain types (`shared/` imports no
 * library that needs Node or the DOM): the renderer's pdfkit in the browser, Node's in tests and
 * the bench. test/support/sheet-pdf.ts assigns pdfkit's own document to it, so a drift fails
 * to compile. The document is made with `sheetDocumentOptions` and the fonts of `SHEET_FONTS`
 * registered under their names.
 */
export interface SheetCanvas {
  addPage(options: { size: 'A4'; margin: 0 }): unknown;
  font(name: SheetFont): this;
  fontSize(size: Pt): this;
  fillColor(color: string): this;
  strokeColor(color: string): this;
  lineWidth(width: Pt): this;
  text(text: string, x: Pt, y: Pt, options: { width: Pt } | { lineBreak: false }): this;
  widthOfString(text: string): Pt;
  heightOfString(text: string, options: { width: Pt }): Pt;
  moveTo(x: Pt, y: Pt): this;
  lineTo(x: Pt, y: Pt): this;
  rect(x: Pt, y: Pt, width: Pt, height: Pt): this;
  stroke(): this;
  fill(): this;
  bufferedPageRange(): { start: number; count: number };
  switchToPage(page: number): unknown;
}

/** pdfkit's `PDFDocument` options for a sheet: A4, pages kept until the end for « page x / y ». */
export function sheetDocumentOptions(input: AttendanceSheetInput) {
  return {
    size: 'A4' as const,
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: input.labels.documentTitle, Creator: 'Tilleul', Producer: 'Tilleul' },
  };
}

interface Cell {
  text: string;
  font?: SheetFont;
  size?: Pt;
  color?: string;
  center?: boolean;
}

interface Column {
  /** The cell's text width (the column's, less its side paddings). */
  width: Pt;
}

/** The columns' text widths; the last (the signature) takes what is left of the page's width. */
function columnsOf(assembly: boolean): Column[] {
  const fixed = assembly ? [24, 82, 62, 50, 76, 36, 28] : [28, 120, 90, 70];
  const used = fixed.reduce((sum, width) => sum + width + 2 * CELL_PADDING.side, 0);
  return [...fixed, CONTENT_WIDTH - used - 2 * CELL_PADDING.side].map((width) => ({ width }));
}

function headerRow(labels: AttendanceSheetLabels, assembly: boolean): Cell[] {
  const { columns } = labels;
  const titles = [
    columns.line,
    columns.lastName,
    columns.firstName,
    columns.status,
    ...(assembly ? [columns.representedBy, columns.proxiesHeld, columns.votes] : []),
    columns.signature,
  ];
  return titles.map((text) => ({ text, font: 'bold', size: 8.5 }));
}

function personRow(row: AttendanceSheetRow, line: number, assembly: boolean): Cell[] {
  return [
    { text: String(line), color: MUTED },
    { text: clip(row.lastName.toLocaleUpperCase('fr'), 30), font: 'bold' },
    { text: clip(row.firstName, 24) },
    { text: clip(row.status, 16), size: 8 },
    ...(assembly
      ? [
          { text: clip(row.representedBy ?? '', 30), size: 8 },
          { text: row.proxiesHeld ? String(row.proxiesHeld) : '', center: true },
          { text: String(row.votes ?? 0), center: true },
        ]
      : []),
    { text: clip(row.presence ?? '', 40), size: 8, color: MUTED },
  ];
}

function blankRow(line: number): Cell[] {
  return [{ text: String(line), color: MUTED }];
}

/** A line of running text: its size, font, colour, and the space above and under it. */
interface Paragraph {
  text: string;
  size: Pt;
  font?: SheetFont;
  color?: string;
  above?: Pt;
  below?: Pt;
}

function titleLines(input: AttendanceSheetInput): Paragraph[] {
  const { event, labels } = input;
  const place = [event.when, event.location].filter(Boolean).join(' — ');
  return [
    { text: clip(input.organisation, 120), size: 12, font: 'bold', color: '#2f6b3a' },
    { text: labels.heading, size: 16, font: 'bold', above: 4, below: 2 },
    { text: clip(event.title, 160), size: 13, below: 2 },
    { text: place, size: 10, color: MUTED, below: input.closed ? 2 : 10 },
    ...(input.closed ? [{ text: input.closed.note, size: 9, below: 10 }] : []),
  ];
}

function totalsLines(input: AttendanceSheetInput): Paragraph[] {
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
  return [
    { text: labels.totals, size: 11, font: 'bold', below: 4 },
    ...lines.map((text) => ({ text, size: 10, above: 1, below: 1 })),
  ];
}

/** The AG's signature boxes: 70 × 22 mm under each title, side by side. */
const SIGNATURE = { width: 70 * MM, height: 22 * MM, gap: 10 * MM, above: 4 };

/**
 * Draws the sheet on `doc`, page after page. Rows are printed in the order of `sortSheetRows`,
 * whatever the caller's order; `blankLines` empty numbered lines follow. The caller ends the
 * document (`doc.end()`) and collects its bytes.
 */
export function drawAttendanceSheet(doc: SheetCanvas, input: AttendanceSheetInput): void {
  const assembly = input.assembly !== undefined;
  const rows = sortSheetRows(input.rows, input.locale);
  const columns = columnsOf(assembly);
  let y: Pt = MARGIN.top;
  const newPage = () => {
    doc.addPage({ size: 'A4', margin: 0 });
    y = MARGIN.top;
  };

  const heightOf = (paragraph: Paragraph) =>
    (paragraph.above ?? 0) +
    doc
      .font(paragraph.font ?? 'regular')
      .fontSize(paragraph.size)
      .heightOfString(paragraph.text, { width: CONTENT_WIDTH }) +
    (paragraph.below ?? 0);
  const write = (paragraph: Paragraph, x: Pt = MARGIN.left, width: Pt = CONTENT_WIDTH) => {
    y += paragraph.above ?? 0;
    doc
      .font(paragraph.font ?? 'regular')
      .fontSize(paragraph.size)
      .fillColor(paragraph.color ?? INK)
      .text(paragraph.text, x, y, { width });
    y += doc.heightOfString(paragraph.text, { width }) + (paragraph.below ?? 0);
  };

  newPage();
  for (const paragraph of titleLines(input)) write(paragraph);

  // The table: its rows' top edges on this page, to rule them in one path when the page is full.
  let ruled: Pt[] = [];
  const rule = () => {
    if (ruled.length === 0) return;
    const top = ruled[0] as Pt;
    doc.lineWidth(LINE_WIDTH).strokeColor(RULE);
    for (const edge of [...ruled, y]) doc.moveTo(MARGIN.left, edge).lineTo(MARGIN.left + CONTENT_WIDTH, edge);
    let x = MARGIN.left;
    doc.moveTo(x, top).lineTo(x, y);
    for (const column of columns) {
      x += column.width + 2 * CELL_PADDING.side;
      doc.moveTo(x, top).lineTo(x, y);
    }
    doc.stroke();
    ruled = [];
  };
  /** The cells' texts measured: each one's height, and whether it must wrap. */
  const measure = (cells: Cell[]) =>
    cells.map((cell, index) => {
      const width = (columns[index] as Column).width;
      if (cell.text === '') return { wraps: false, height: 0 };
      doc.font(cell.font ?? 'regular').fontSize(cell.size ?? 9);
      if (doc.widthOfString(cell.text) <= width) return { wraps: false, height: 0 };
      return { wraps: true, height: doc.heightOfString(cell.text, { width }) };
    });
  const drawRow = (cells: Cell[], header: boolean) => {
    const measured = measure(cells);
    const content = Math.max(ROW_HEIGHT, ...measured.map((cell) => cell.height));
    const height = LINE_WIDTH + CELL_PADDING.top + content + CELL_PADDING.bottom;
    if (!header && y + height + LINE_WIDTH > CONTENT_BOTTOM) {
      rule();
      newPage();
      drawRow(headerRow(input.labels, assembly), true);
    }
    if (header) doc.rect(MARGIN.left, y, CONTENT_WIDTH, height).fillColor(HEADER_FILL).fill();
    ruled.push(y);
    let x = MARGIN.left;
    const top = y + LINE_WIDTH / 2 + CELL_PADDING.top;
    cells.forEach((cell, index) => {
      const width = (columns[index] as Column).width;
      if (cell.text !== '') {
        doc
          .font(cell.font ?? 'regular')
          .fontSize(cell.size ?? 9)
          .fillColor(cell.color ?? INK);
        if (measured[index]?.wraps) doc.text(cell.text, x + CELL_PADDING.side, top, { width });
        else {
          const shift = cell.center ? (width - doc.widthOfString(cell.text)) / 2 : 0;
          doc.text(cell.text, x + CELL_PADDING.side + shift, top, { lineBreak: false });
        }
      }
      x += width + 2 * CELL_PADDING.side;
    });
    y += height;
  };

  drawRow(headerRow(input.labels, assembly), true);
  const lineCount = rows.length + input.blankLines;
  for (let index = 0; index < lineCount; index++) {
    const row = rows[index];
    drawRow(row ? personRow(row, index + 1, assembly) : blankRow(index + 1), false);
  }
  rule();
  y += LINE_WIDTH;

  /**
   * A block kept whole: on the next page when what is left of this one cannot hold it (a block
   * taller than a page is broken between its lines by `flow`).
   */
  const keepWhole = (height: Pt) => {
    const fits = MARGIN.top + height <= CONTENT_BOTTOM;
    if (fits && y + BLOCK_GAP + height > CONTENT_BOTTOM) newPage();
    else y += BLOCK_GAP;
  };
  /** A paragraph written where it fits: on the next page when this one cannot hold it. */
  const flow = (paragraph: Paragraph) => {
    if (y + heightOf(paragraph) > CONTENT_BOTTOM) newPage();
    write(paragraph);
  };

  const totals = totalsLines(input);
  const signatureTitle: Paragraph = { text: input.labels.president ?? '', size: 10, font: 'bold' };
  const certified: Paragraph = {
    text: input.labels.certified ?? '',
    size: 10,
    font: 'italic',
    above: 10,
    below: 4,
  };
  const signatures = assembly
    ? heightOf(certified) +
      Math.max(
        heightOf(signatureTitle),
        heightOf({ ...signatureTitle, text: input.labels.secretary ?? '' }),
      ) +
      SIGNATURE.above +
      SIGNATURE.height
    : 0;
  keepWhole(totals.reduce((sum, paragraph) => sum + heightOf(paragraph), 0) + signatures);
  for (const paragraph of totals) write(paragraph);
  if (assembly) {
    write(certified);
    const width = (CONTENT_WIDTH - SIGNATURE.gap) / 2;
    const top = y;
    let bottom = y;
    [input.labels.president ?? '', input.labels.secretary ?? ''].forEach((title, index) => {
      y = top;
      const x = MARGIN.left + index * (width + SIGNATURE.gap);
      write({ ...signatureTitle, text: title }, x, width);
      doc
        .lineWidth(LINE_WIDTH)
        .strokeColor(RULE)
        .rect(x, y + SIGNATURE.above, SIGNATURE.width, SIGNATURE.height)
        .stroke();
      bottom = Math.max(bottom, y + SIGNATURE.above + SIGNATURE.height);
    });
    y = bottom;
  }

  // The doors' cash counts, for the treasurer who receives the sheet: never the title at the
  // foot of one page and its counts on the next.
  const counts = input.cashCounts;
  if (counts && counts.lines.length > 0) {
    const block: Paragraph[] = [
      { text: counts.title, size: 11, font: 'bold', below: 4 },
      ...counts.lines.map((text) => ({ text, size: 9, above: 1, below: 1 })),
    ];
    keepWhole(block.reduce((sum, paragraph) => sum + heightOf(paragraph), 0));
    for (const paragraph of block) flow(paragraph);
  }

  // A closed sheet's corrections, one line each, in the order they apply; the title kept with
  // the first.
  const closed = input.closed;
  if (closed && closed.amendments.length > 0) {
    const title: Paragraph = { text: closed.amendmentsTitle, size: 11, font: 'bold', below: 4 };
    const lines = closed.amendments.map((text) => ({ text, size: 9, above: 1, below: 1 }));
    keepWhole(heightOf(title) + heightOf(lines[0] as Paragraph));
    write(title);
    for (const line of lines) flow(line);
  }

  // « page x / y » and the association and event under every page, now that the count is known.
  const { start, count } = doc.bufferedPageRange();
  const footerY = CONTENT_BOTTOM + 4 * MM;
  const running = clip(`${input.organisation} — ${input.event.title}`, 90);
  for (let page = 0; page < count; page++) {
    doc.switchToPage(start + page);
    const numbered = fill(input.labels.page, { page: page + 1, count });
    doc.font('regular').fontSize(8).fillColor(MUTED);
    const numberWidth = doc.widthOfString(numbered);
    doc.text(numbered, MARGIN.left + CONTENT_WIDTH - numberWidth, footerY, { lineBreak: false });
    doc.text(running, MARGIN.left, footerY, { width: CONTENT_WIDTH - numberWidth - 8 });
  }
}
