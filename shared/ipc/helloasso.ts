import { z } from 'zod';
import {
  helloAssoFetchResponseSchema,
  helloAssoLinkInputSchema,
  helloAssoLinkStatusSchema,
} from '@shared/import/helloasso-link';

/**
 * The desktop's HelloAsso channels (issue 18): main keeps the connection (the secret encrypted by
 * Electron's safeStorage) and makes the calls. A refusal of HelloAsso, or a secret this session
 * cannot encrypt, is an answer with its French message, not an IPC error.
 */
const failure = z.object({ ok: z.literal(false), message: z.string().max(1000) });

export const helloAssoSaveRequestSchema = helloAssoLinkInputSchema.strict();
export const helloAssoSaveResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), status: helloAssoLinkStatusSchema }),
  failure,
]);
export const helloAssoFetchIpcResponseSchema = z.discriminatedUnion('ok', [
  helloAssoFetchResponseSchema.extend({ ok: z.literal(true) }),
  failure,
]);
export const helloAssoCursorRequestSchema = z.object({ fetchedUntil: z.iso.datetime() }).strict();
export { helloAssoLinkStatusSchema };
