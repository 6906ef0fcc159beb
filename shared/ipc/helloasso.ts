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

export type HelloAssoSaveAnswer = z.infer<typeof helloAssoSaveResponseSchema>;
export type HelloAssoFetchAnswer = z.infer<typeof helloAssoFetchIpcResponseSchema>;

/**
 * What the app needs to reach HelloAsso, wherever the call is made: the desktop's main process
 * (the secret in the OS keychain) or the association's server (the secret sealed there). A
 * refusal of HelloAsso, or of the secret, is an answer with its French message.
 */
export interface HelloAssoPort {
  status(): Promise<z.infer<typeof helloAssoLinkStatusSchema>>;
  save(input: z.infer<typeof helloAssoSaveRequestSchema>): Promise<HelloAssoSaveAnswer>;
  forget(): Promise<z.infer<typeof helloAssoLinkStatusSchema>>;
  fetch(): Promise<HelloAssoFetchAnswer>;
  setCursor(fetchedUntil: string): Promise<z.infer<typeof helloAssoLinkStatusSchema>>;
}
