import { readFile } from 'node:fs/promises';
import { updateFeedSettingsSchema } from '@shared/ipc/updates';
import { writeFileAtomic } from '@main/fs/atomic-write';

/**
 * `updates.json` in the data folder: the public feed an installation uses when its device is not
 * enrolled with an association server (`{ "feedUrl": "https://…/" }`), set by an administrator in
 * Paramètres → À propos. A file that is missing or wrong means no public feed, never a crash.
 */
export async function readConfiguredFeed(path: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = updateFeedSettingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.feedUrl : null;
  } catch {
    return null;
  }
}

/** The configured public feed, read once at start and changed only through `set`. */
export class UpdateFeedSetting {
  private constructor(
    private readonly path: string,
    private feedUrl: string | null,
  ) {}

  static async load(path: string): Promise<UpdateFeedSetting> {
    return new UpdateFeedSetting(path, await readConfiguredFeed(path));
  }

  get current(): string | null {
    return this.feedUrl;
  }

  /** Validates, writes atomically, then uses it; a refused or failed write changes nothing. */
  async set(feedUrl: string | null): Promise<void> {
    const settings = updateFeedSettingsSchema.parse({ feedUrl });
    await writeFileAtomic(this.path, new TextEncoder().encode(`${JSON.stringify(settings, null, 2)}\n`));
    this.feedUrl = settings.feedUrl;
  }
}
