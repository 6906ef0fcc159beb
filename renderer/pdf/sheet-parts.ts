import { PDFDocument } from '@cantoo/pdf-lib';
import type { AttendanceSheetInput, SheetPart } from '@shared/pdf/attendance-sheet';

/** Lays out one part of a sheet (in a PDF worker in the app): its PDF's bytes. */
export type RenderSheetPart = (input: AttendanceSheetInput, part: SheetPart) => Promise<Uint8Array>;

/**
 * A long sheet laid out by parts side by side (`planSheetParts`), then put together page after
 * page into one PDF. `undefined` when a part took another number of pages than planned (the
 * plan's estimate of the end blocks was wrong, or a name needed three lines): the caller then
 * lays the sheet out whole, so a sheet is never printed with a page missing or numbered wrong.
 */
export async function renderSheetInParts(
  input: AttendanceSheetInput,
  plan: readonly SheetPart[],
  render: RenderSheetPart,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const runs = plan.map((part) => render(input, part));
  const laidOut = await Promise.all(runs);
  const whole = await PDFDocument.create();
  for (const [index, bytes] of laidOut.entries()) {
    const pdf = await PDFDocument.load(bytes);
    if (pdf.getPageCount() !== plan[index]?.pages) return undefined;
    for (const page of await whole.copyPages(pdf, pdf.getPageIndices())) whole.addPage(page);
  }
  whole.setTitle(input.labels.documentTitle);
  whole.setCreator('Tilleul');
  whole.setProducer('Tilleul');
  return new Uint8Array(await whole.save());
}
