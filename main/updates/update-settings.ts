import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/**
 * `updates.json` in the data folder: the public feed an installation uses instead of its
 * association's server (`{ "feedUrl": "https://…/" }`), set by whoever installs Tilleul. A file
 * that is missing or wrong means no public feed, never a crash: the server's feed still works.
 */
const updateSettingsSchema = z
  .object({
    feedUrl: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable(),
  })
  .strict();

export async function readConfiguredFeed(path: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = updateSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.feedUrl : null;
  } catch {
    return null;
  }
}
