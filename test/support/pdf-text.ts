import { execFileSync } from 'node:child_process';

/** Runs a poppler tool, or says which package provides it (poppler-utils, see the README). */
function poppler(tool: 'pdftotext' | 'pdfinfo', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is missing: install poppler-utils (Debian: apt-get install poppler-utils)`, {
        cause: error,
      });
    }
    throw error;
  }
}

/** A PDF's text as pdftotext reads it, in its layout. */
export function pdfText(file: string): string {
  return poppler('pdftotext', ['-layout', file, '-']);
}

export function pdfPageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [file]))?.[1]);
}

/** A word of a PDF as poppler places it: its page (from 1) and box, in points from the page's top. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of a PDF with its place (`pdftotext -bbox`), page after page. */
export function pdfWords(file: string): PdfWord[] {
  const html = poppler('pdftotext', ['-bbox', file, '-']);
  const words: PdfWord[] = [];
  html
    .split('<page ')
    .slice(1)
    .forEach((page, index) => {
      for (const match of page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      )) {
        const [, xMin, yMin, xMax, yMax, text] = match;
        words.push({
          page: index + 1,
          text: (text ?? '').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>'),
          xMin: Number(xMin),
          yMin: Number(yMin),
          xMax: Number(xMax),
          yMax: Number(yMax),
        });
      }
    });
  return words;
}
