import type { PdfDocDefinition } from '@shared/pdf/doc-definition';

/**
 * The part of pdfmake's browser API Tilleul uses, declared here rather than taken from
 * @types/pdfmake: those declarations reference Node's types, which would quietly make `process`
 * and `Buffer` available to the whole renderer (DESIGN.md: the renderer has no Node).
 */
export interface BrowserPdfDocument {
  /** A `Buffer` polyfill at run time, which is a `Uint8Array`. */
  getBuffer(): Promise<Uint8Array>;
}

export interface BrowserPdfMake {
  createPdf(document: PdfDocDefinition): BrowserPdfDocument;
  addVirtualFileSystem(vfs: Readonly<Record<string, string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
}

export declare const pdfMake: BrowserPdfMake;
/** Font files by name, base64-encoded. */
export declare const vfs: Readonly<Record<string, string>>;
