import { z } from 'zod';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';

/**
 * What the page and its PDF workers (pdf-worker.ts) say to each other, checked on both sides: a
 * job is a document definition with a number, a reply the PDF's bytes or the reason it failed.
 */
export const pdfJobSchema = z.object({
  id: z.number().int().nonnegative(),
  document: z.custom<PdfDocDefinition>(
    (value) => typeof value === 'object' && value !== null && 'content' in value,
    'Définition de document PDF attendue.',
  ),
});
export type PdfJob = z.infer<typeof pdfJobSchema>;

export const pdfReplySchema = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), bytes: z.instanceof(Uint8Array) }),
  z.object({ id: z.number().int(), ok: z.literal(false), message: z.string() }),
]);
export type PdfReply = z.infer<typeof pdfReplySchema>;
