import { z } from 'zod';

/**
 * The desktop app's updates as the renderer sees them (Paramètres → À propos, issue 20). An
 * update downloads in the background and is installed when Tilleul quits, only once its release
 * signature verified (main/updates/).
 */
export const updateStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  /** Neither a public feed nor an association server to ask. */
  z.object({ status: z.literal('noFeed') }),
  z.object({ status: z.literal('checking') }),
  z.object({ status: z.literal('upToDate'), checkedAt: z.iso.datetime() }),
  z.object({ status: z.literal('downloading'), version: z.string().max(64) }),
  /** Verified: installed when Tilleul quits, never in the middle of a check-in. */
  z.object({ status: z.literal('ready'), version: z.string().max(64) }),
  z.object({
    status: z.literal('refused'),
    version: z.string().max(64),
    reason: z.enum(['unsigned', 'badSignature', 'checksum']),
  }),
  z.object({ status: z.literal('error'), message: z.string().max(500) }),
]);
export type UpdateState = z.infer<typeof updateStateSchema>;

/** An http(s) address of the association's sync server, `null` for a device that syncs with none. */
export const serverUrlSchema = z
  .string()
  .max(2000)
  .refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), {
    error: 'errors.ipc.badAddress',
  })
  .nullable();

/** The association's sync server, whose `/updates/` is the feed when no public one is set. */
export const checkForUpdateRequestSchema = z.object({ serverUrl: serverUrlSchema }).strict();
export type CheckForUpdateRequest = z.infer<typeof checkForUpdateRequestSchema>;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The public update feed an administrator sets (Paramètres → À propos): https only, since
 * anyone on the way could otherwise see which version each club runs; plain http only on this
 * computer itself (a test feed). No user name or password in it, and at most 2000 characters.
 */
export const updateFeedUrlSchema = z
  .string()
  .trim()
  .max(2000, { error: 'errors.ipc.badFeedUrl' })
  .refine(
    (text) => {
      if (!URL.canParse(text)) return false;
      const url = new URL(text);
      if (url.username || url.password) return false;
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
    },
    { error: 'errors.ipc.badFeedUrl' },
  );

/** `updates.json` in the data folder, and what the screen reads and saves. */
export const updateFeedSettingsSchema = z.object({ feedUrl: updateFeedUrlSchema.nullable() }).strict();
export type UpdateFeedSettings = z.infer<typeof updateFeedSettingsSchema>;
