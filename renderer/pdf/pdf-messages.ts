import { z } from 'zod';
import type { AttendanceSheetInput } from '@shared/pdf/attendance-sheet';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';

/**
 * What the page and its PDF workers (pdf-worker.ts) say to each other, checked on both sides: a
 * job is a document definition with a number, a reply the PDF's bytes or the reason it failed.
 */
const documentJob = z.object({
  id: z.number().int().nonnegative(),
  document: z.custom<PdfDocDefinition>(
    (value) => typeof value === 'object' && value !== null && 'content' in value,
    'Définition de document PDF attendue.',
  ),
});

/**
 * An attendance sheet: its data. The worker draws it itself (pdfkit, `drawAttendanceSheet`), as
 * the page would.
 */
const sheetJob = z.object({
  id: z.number().int().nonnegative(),
  sheet: z.object({
    input: z.custom<AttendanceSheetInput>(
      (value) => typeof value === 'object' && value !== null && 'rows' in value && Array.isArray(value.rows),
      'Données de feuille d’émargement attendues.',
    ),
  }),
});

export const pdfJobSchema = z.union([documentJob, sheetJob]);
export type PdfJob = z.infer<typeof pdfJobSchema>;
/** What a worker is asked to lay out: a document, or an attendance sheet. */
export type PdfRequest = Omit<z.infer<typeof documentJob>, 'id'> | Omit<z.infer<typeof sheetJob>, 'id'>;

export const pdfReplySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), bytes: z.instanceof(Uint8Array) }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);
export type PdfReply = z.infer<typeof pdfReplySchema>;
