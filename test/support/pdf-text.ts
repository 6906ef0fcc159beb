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
