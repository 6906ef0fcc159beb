import { z } from 'zod';

/**
 * A file the app asks to save: through main's save dialog on the desktop (shared/ipc/contract.ts),
 * as a download in a browser (renderer/platform/web.ts). Its own module so that the web build's
 * first load does not bring the whole IPC contract (issue 19).
 */

/** Max size of a file the renderer may ask main to write (a year of PDFs fits well under it). */
export const SAVE_FILE_MAX_BYTES = 200 * 1024 * 1024;

const safeFileName = z
  .string()
  .min(1)
  .max(200)
  // Path separators, characters Windows refuses in names, and control characters.
  .refine(
    (name) => ![...name].some((c) => '/\\:*?"<>|'.includes(c) || c.charCodeAt(0) < 32) && !/^\.+$/.test(name),
    {
      error: 'errors.ipc.badFileName',
    },
  );

export const saveFileRequestSchema = z
  .object({
    suggestedName: safeFileName,
    /** Label shown in the save dialog's type filter, e.g. « Document PDF ». */
    filterName: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9]{1,10}$/))
      .min(1)
      .max(10),
    mimeType: z.string().min(3).max(100),
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= SAVE_FILE_MAX_BYTES, {
      error: 'errors.ipc.fileTooLarge',
    }),
  })
  .strict();
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
