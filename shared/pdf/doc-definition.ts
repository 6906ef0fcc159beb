/**
 * The part of pdfmake's document definition that Tilleul's documents use, as plain data types.
 *
 * Why not `import type … from 'pdfmake/interfaces'`: those declarations pull in
 * `/// <reference lib="dom" />` and `/// <reference types="node" />`, which would silently give
 * every file of `shared/` the DOM and Node globals that the layer rules forbid (DESIGN.md). These
 * types are a subset of pdfmake's: a test (test/unit/member-cards-pdf.test.ts) assigns a built
 * document to pdfmake's own `TDocumentDefinitions`, so a drift fails to compile.
 */

/** Points (1/72 inch). */
export type Pt = number;

export const MM: Pt = 72 / 25.4;

export interface PdfStyle {
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  lineHeight?: number;
  margin?: [Pt, Pt, Pt, Pt];
}

export interface PdfPosition {
  absolutePosition?: { x: Pt; y: Pt };
}

export interface PdfText extends PdfStyle, PdfPosition {
  text: string | PdfText[];
}

export interface PdfStack extends PdfStyle, PdfPosition {
  stack: PdfContent[];
  pageBreak?: 'before' | 'after';
  unbreakable?: boolean;
}

export interface PdfColumn {
  width: Pt | '*' | 'auto';
}

/** pdfmake sizes an image column by the image's own `width`, which can only be a number. */
export type PdfColumnContent =
  ((PdfText | PdfStack | PdfColumns | PdfQr | PdfCanvas) & PdfColumn) | (PdfImage & { width?: Pt });

export interface PdfColumns extends PdfStyle, PdfPosition {
  columns: PdfColumnContent[];
  columnGap?: Pt;
}

export interface PdfQr extends PdfPosition {
  qr: string;
  fit?: Pt;
  eccLevel?: 'L' | 'M' | 'Q' | 'H';
  margin?: [Pt, Pt, Pt, Pt];
  alignment?: 'left' | 'right' | 'center';
}

export interface PdfImage extends PdfPosition {
  /** A `data:image/…;base64,` URL: never a web address, nothing is fetched while printing. */
  image: string;
  fit?: [Pt, Pt];
  margin?: [Pt, Pt, Pt, Pt];
}

export interface PdfLine {
  type: 'line';
  x1: Pt;
  y1: Pt;
  x2: Pt;
  y2: Pt;
  lineWidth?: Pt;
  lineColor?: string;
  dash?: { length: Pt; space?: Pt };
}

export interface PdfRect {
  type: 'rect';
  x: Pt;
  y: Pt;
  w: Pt;
  h: Pt;
  r?: Pt;
  /** Fill colour (a bar of a report's chart); none: the outline only. */
  color?: string;
  lineWidth?: Pt;
  lineColor?: string;
  dash?: { length: Pt; space?: Pt };
}

export interface PdfCanvas extends PdfPosition {
  canvas: (PdfLine | PdfRect)[];
}

/** A table cell: text, optionally shaded. */
export type PdfCell = PdfText & { fillColor?: string };

/** Lines between cells, by row or column index (0 = the line before the first). */
export interface PdfTableLayout {
  hLineWidth?: (row: number) => Pt;
  vLineWidth?: (column: number) => Pt;
  hLineColor?: (row: number) => string;
  vLineColor?: (column: number) => string;
  paddingTop?: (row: number) => Pt;
  paddingBottom?: (row: number) => Pt;
  paddingLeft?: (column: number) => Pt;
  paddingRight?: (column: number) => Pt;
}

export interface PdfTable extends PdfStyle {
  table: {
    /** The first rows, repeated at the top of every page the table runs over. */
    headerRows?: number;
    /** A row never split across two pages. */
    dontBreakRows?: boolean;
    widths: (Pt | '*' | 'auto')[];
    heights?: number;
    body: PdfCell[][];
  };
  layout?: PdfTableLayout;
}

export type PdfContent = PdfText | PdfStack | PdfColumns | PdfQr | PdfImage | PdfCanvas | PdfTable;

export interface PdfDocDefinition {
  pageSize: 'A4';
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins: [Pt, Pt, Pt, Pt];
  info?: { title?: string; author?: string; subject?: string; creator?: string };
  /** The same content behind every page. */
  background?: PdfContent;
  /** Under every page; pdfmake gives the page's number and the page count (« page 2 / 31 »). */
  footer?: (currentPage: number, pageCount: number) => PdfContent;
  content: PdfContent[];
  defaultStyle?: PdfStyle & { font?: string };
}

/** A4 portrait, in points. */
export const A4: { width: Pt; height: Pt } = { width: 595.28, height: 841.89 };

/**
 * Documents laid out one after the other in one document: the page settings of the first, each
 * document starting on a new page, the whole under `title`.
 */
export function stackDocuments(documents: readonly PdfDocDefinition[], title: string): PdfDocDefinition {
  const [first] = documents;
  if (!first) throw new RangeError('Aucun document à assembler.');
  const pages = documents.map((document, index): PdfStack => ({
    stack: document.content,
    ...(index > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  const info = { title, author: first.info?.author, creator: first.info?.creator };
  return { ...first, info, content: pages };
}
