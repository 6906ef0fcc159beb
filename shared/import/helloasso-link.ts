import { z } from 'zod';
import { helloAssoCredentialsSchema } from '@shared/import/helloasso-client';
import { helloAssoOrderSchema } from '@shared/import/helloasso-api';

/**
 * The connection of the association's HelloAsso account, as the desktop's main process and the
 * association's server show it: never the secret (« •••• enregistré »), only whether one is kept.
 */
export const helloAssoLinkStatusSchema = z.object({
  configured: z.boolean(),
  clientId: z.string().max(200),
  organizationSlug: z.string().max(200),
  /** The end of the last fetch imported: the next one starts there. `''` before the first. */
  fetchedUntil: z.string().max(40),
});
export type HelloAssoLinkStatus = z.infer<typeof helloAssoLinkStatusSchema>;

/** What a kept connection shows (main and the server alike): everything but the secret. */
export function helloAssoLinkStatus(
  link: { clientId: string; organizationSlug: string; fetchedUntil: string } | null | undefined,
): HelloAssoLinkStatus {
  return link
    ? {
        configured: true,
        clientId: link.clientId,
        organizationSlug: link.organizationSlug,
        fetchedUntil: link.fetchedUntil,
      }
    : { configured: false, clientId: '', organizationSlug: '', fetchedUntil: '' };
}

/** Saving the connection: the secret may be left out to keep the one saved (« Remplacer » not used). */
export const helloAssoLinkInputSchema = helloAssoCredentialsSchema.extend({
  clientSecret: helloAssoCredentialsSchema.shape.clientSecret.optional(),
});
export type HelloAssoLinkInput = z.infer<typeof helloAssoLinkInputSchema>;

/** A fetch's answer: the orders since the last fetch, the forms' titles, and where this one ends. */
export const helloAssoFetchResponseSchema = z.object({
  orders: z.array(helloAssoOrderSchema).max(100_000),
  /** By `formTitleKey`; absent from an older server's answer (the campaigns then read the slugs). */
  formTitles: z
    .record(z.string().max(300), z.string().max(250))
    .refine((titles) => Object.keys(titles).length <= 2000, { error: 'errors.common.invalid' })
    .default({}),
  fetchedUntil: z.string().max(40),
});
export type HelloAssoFetchResponse = z.infer<typeof helloAssoFetchResponseSchema>;

/** After the import of a fetch is written: the next fetch starts at its end. */
export const helloAssoCursorSchema = z.object({ fetchedUntil: z.iso.datetime() });
