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
 * A part of a long attendance sheet: the sheet's data and the slice to lay out. The worker builds
 * the document itself (its footer is a function, which a message cannot carry).
 */
const sheetPartJob = z.object({
  id: z.number().int().nonnegative(),
  sheet: z.object({
    input: z.custom<AttendanceSheetInput>(
      (value) => typeof value === 'object' && value !== null && 'rows' in value && Array.isArray(value.rows),
      'Données de feuille d’émargement attendues.',
    ),
    part: z.object({
      from: z.number().int().nonnegative(),
      to: z.number().int().nonnegative(),
      head: z.boolean(),
      tail: z.boolean(),
      firstPage: z.number().int().positive(),
      pageCount: z.number().int().positive(),
      pages: z.number().int().positive(),
    }),
  }),
});

export const pdfJobSchema = z.union([documentJob, sheetPartJob]);
export type PdfJob = z.infer<typeof pdfJobSchema>;
/** What a worker is asked to lay out: a document, or a part of a long sheet. */
export type PdfRequest = Omit<z.infer<typeof documentJob>, 'id'> | Omit<z.infer<typeof sheetPartJob>, 'id'>;

export const pdfReplySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), bytes: z.instanceof(Uint8Array) }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);
export type PdfReply = z.infer<typeof pdfReplySchema>;
