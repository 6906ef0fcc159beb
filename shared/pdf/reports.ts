import type { PdfCanvas, PdfCell, PdfContent, PdfDocDefinition, PdfRect } from '@shared/pdf/doc-definition';
import { A4, MM } from '@shared/pdf/doc-definition';
import type { ReportTable } from '@shared/reports/tables';

/**
 * « Rapports » as a pdfmake document: for each report, its title, a bar drawing (plain rectangles,
 * drawn from the figures: never a screenshot of the screen's chart) with its legend, then the
 * table of figures the screen shows, total in bold. Money and counts come formatted by
 * shared/reports/tables.ts (no U+202F, which the font lacks).
 */

export interface ReportsPdfInput {
  organisation: string;
  /** « Rapports — saison 2025-2026, dons 2026 », filled. */
  heading: string;
  /** « Établi le 2 décembre 2026 », filled. */
  generated: string;
  documentTitle: string;
  /** « Page {{page}} / {{count}} ». */
  page: (page: number, count: number) => string;
  tables: readonly ReportTable[];
}

const MARGIN = 15 * MM;
const WIDTH = A4.width - 2 * MARGIN;
const LABEL_WIDTH = 130;
const BAR_AREA = WIDTH - LABEL_WIDTH - 10;
const BAR_HEIGHT = 7;
const COLOURS = ['#2b8a7e', '#adb5bd'];
const MUTED = '#555555';

const cell = (text: string, extra: Partial<PdfCell> = {}): PdfCell => ({ text, ...extra });

function bars(values: readonly number[], max: number): PdfCanvas {
  const rects: PdfRect[] = values.map((value, index) => ({
    type: 'rect',
    x: 0,
    y: index * (BAR_HEIGHT + 1),
    // A figure above zero always shows, however small beside the largest.
    w: value > 0 ? Math.max(1, (value / max) * BAR_AREA) : 0,
    h: BAR_HEIGHT,
    color: COLOURS[index] ?? MUTED,
    lineWidth: 0,
  }));
  return { canvas: rects };
}

function legend(series: readonly string[]): PdfContent {
  return {
    columns: series.map((label, index) => ({
      width: 'auto' as const,
      columns: [
        {
          width: 10,
          canvas: [{ type: 'rect', x: 0, y: 2, w: 8, h: 8, color: COLOURS[index] ?? MUTED, lineWidth: 0 }],
        },
        { width: 'auto', text: label, fontSize: 8, color: MUTED },
      ],
      columnGap: 3,
    })),
    columnGap: 14,
    margin: [LABEL_WIDTH + 4, 2, 0, 4],
  };
}

function chart(table: ReportTable): PdfContent[] {
  const max = Math.max(0, ...table.rows.flatMap((row) => row.bars));
  if (max === 0) return [];
  const lines: PdfContent[] = table.rows.map((row) => ({
    columns: [
      { width: LABEL_WIDTH, text: row.cells[0] ?? '', fontSize: 8, alignment: 'right' as const },
      { width: '*' as const, ...bars(row.bars, max) },
    ],
    columnGap: 10,
    margin: [0, 1, 0, 1] as [number, number, number, number],
  }));
  return [...lines, legend(table.series)];
}

function figures(table: ReportTable): PdfContent {
  const align = (index: number) => (table.columns[index]?.numeric ? 'right' : 'left');
  const header = table.columns.map((column, index) =>
    cell(column.label, { bold: true, fillColor: '#eeeeee', alignment: align(index) }),
  );
  const rows = table.rows.map((row) =>
    row.cells.map((text, index) => cell(text, { alignment: align(index) })),
  );
  const total = table.total
    ? [table.total.map((text, index) => cell(text, { bold: true, alignment: align(index) }))]
    : [];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: table.columns.map((_, index) => (index === 0 ? '*' : 'auto')),
      body: [header, ...rows, ...total],
    },
    fontSize: 9,
  };
}

function section(table: ReportTable, index: number): PdfContent {
  const parts: PdfContent[] = [
    { text: table.title, fontSize: 13, bold: true, margin: [0, index === 0 ? 0 : 14, 0, 2] },
  ];
  if (table.note) parts.push({ text: table.note, fontSize: 8, color: MUTED, margin: [0, 0, 0, 4] });
  if (table.rows.length === 0) return { stack: [...parts, { text: table.empty, italics: true }] };
  // A title and its drawing stay on one page (a long season of events may run over).
  const head: PdfContent = { stack: [...parts, ...chart(table)], unbreakable: table.rows.length <= 20 };
  return { stack: [head, figures(table)] };
}

export function reportsDocument(input: ReportsPdfInput): PdfDocDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 4 * MM],
    info: { title: input.documentTitle, creator: 'Tilleul' },
    defaultStyle: { fontSize: 10 },
    footer: (page, count) => ({
      columns: [
        { width: '*', text: input.organisation, color: MUTED },
        { width: 'auto', text: input.page(page, count), color: MUTED },
      ],
      fontSize: 8,
      margin: [MARGIN, 4 * MM, MARGIN, 0],
    }),
    content: [
      { text: input.organisation, fontSize: 12, bold: true },
      { text: input.heading, fontSize: 16, bold: true, margin: [0, 4, 0, 2] },
      { text: input.generated, color: MUTED, margin: [0, 0, 0, 10] },
      ...input.tables.map(section),
    ],
  };
}
