import type { SheetCanvas } from '@shared/pdf/attendance-sheet';

/**
 * The part of pdfkit's browser build the attendance sheet uses, declared here rather than taken
 * from @types/pdfkit: those declarations reference Node's types (streams, Buffer), which would
 * quietly make them available to the whole renderer (DESIGN.md: the renderer has no Node).
 */
export interface BrowserPdfKitDocument extends SheetCanvas {
  registerFont(name: string, data: Uint8Array): this;
  on(event: 'data', listener: (chunk: Uint8Array) => void): this;
  on(event: 'end', listener: () => void): this;
  on(event: 'error', listener: (error: unknown) => void): this;
  end(): void;
}

export declare const PDFDocument: new (options: object) => BrowserPdfKitDocument;
/** Font files by name, base64-encoded. */
export declare const vfs: Readonly<Record<string, string>>;
