import { rm } from 'node:fs/promises';
import { z } from 'zod';
import type { UpdateState } from '@shared/ipc/updates';
import { sha512OfFile, verifyRelease } from '@main/updates/release-signature';

/**
 * What the controller needs of electron-updater's `autoUpdater` (main/updates/electron-port.ts
 * adapts it), so that the logic runs in Node tests: set the feed, check, be told, install.
 */
export interface UpdaterPort {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(url: string): void;
  checkForUpdates(): Promise<unknown>;
  on(event: 'update-not-available', listener: () => void): void;
  on(event: 'update-available', listener: (info: unknown) => void): void;
  on(event: 'update-downloaded', listener: (event: unknown) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  quitAndInstall(isSilent: boolean, isForceRunAfter: boolean): void;
}

/** The part of electron-updater's `UpdateDownloadedEvent` that is used, checked before use. */
const downloadedSchema = z.object({
  version: z.string().min(1).max(64),
  downloadedFile: z.string().min(1).max(4096),
  files: z
    .array(z.object({ url: z.string().min(1).max(500), sha512: z.string().min(1).max(200) }))
    .min(1)
    .max(20),
});

const baseName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

export interface UpdateControllerOptions {
  updater: UpdaterPort;
  publicKey: string;
  /** The `.sig` text at this URL, `null` when the feed has none (404). */
  fetchSignature: (url: string) => Promise<string | null>;
  onState?: (state: UpdateState) => void;
  now?: () => Date;
}

/**
 * Auto-update (issue 20): checks the feed, lets electron-updater download in the background,
 * then verifies the release signature itself. electron-updater installs nothing on its own
 * (`autoInstallOnAppQuit` off): `installOnQuit` runs the installer only for a verified update,
 * when Tilleul quits after its pending writes — never during a check-in.
 */
export class UpdateController {
  private state: UpdateState = { status: 'idle' };
  private feedUrl: string | null = null;

  constructor(private readonly options: UpdateControllerOptions) {
    const { updater } = options;
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = false;
    updater.on('update-not-available', () =>
      this.set({ status: 'upToDate', checkedAt: (options.now?.() ?? new Date()).toISOString() }),
    );
    updater.on('update-available', (info) => {
      const version = z.object({ version: z.string().max(64) }).safeParse(info);
      this.set({ status: 'downloading', version: version.success ? version.data.version : '?' });
    });
    updater.on('update-downloaded', (event) => void this.verify(event));
    updater.on('error', (error) => this.set({ status: 'error', message: error.message.slice(0, 500) }));
  }

  get current(): UpdateState {
    return this.state;
  }

  /** Checks `feedUrl` (ends with `/`); with none, says so. A verified update stays ready. */
  async check(feedUrl: string | null): Promise<UpdateState> {
    if (this.state.status === 'ready' || this.state.status === 'downloading') return this.state;
    if (feedUrl === null) return this.set({ status: 'noFeed' });
    this.feedUrl = feedUrl;
    this.options.updater.setFeedURL(feedUrl);
    this.set({ status: 'checking' });
    try {
      await this.options.updater.checkForUpdates();
    } catch (error) {
      this.set({
        status: 'error',
        message: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      });
    }
    return this.state;
  }

  /** At quit, after pending writes: runs the installer of a verified update. True if it did. */
  installOnQuit(): boolean {
    if (this.state.status !== 'ready') return false;
    this.options.updater.quitAndInstall(true, false);
    return true;
  }

  /** Verifies a downloaded update; one refused is deleted, so that nothing can install it later. */
  async verify(event: unknown): Promise<UpdateState> {
    const parsed = downloadedSchema.safeParse(event);
    if (!parsed.success || this.feedUrl === null) {
      return this.set({ status: 'error', message: 'Mise à jour téléchargée illisible.' });
    }
    const { version, downloadedFile, files } = parsed.data;
    const name = baseName(downloadedFile);
    const file =
      files.find((entry) => baseName(entry.url) === name) ?? (files.length === 1 ? files[0] : undefined);
    if (!file) return this.refuse(version, 'checksum', downloadedFile);
    const signatureUrl = new URL(`${file.url}.sig`, this.feedUrl).toString();
    const [downloadedSha512, signature] = await Promise.all([
      sha512OfFile(downloadedFile),
      this.options.fetchSignature(signatureUrl).catch(() => null),
    ]);
    const verdict = verifyRelease({
      version,
      file: file.url,
      sha512: file.sha512,
      downloadedSha512,
      signature,
      publicKey: this.options.publicKey,
    });
    if (!verdict.ok) return this.refuse(version, verdict.reason, downloadedFile);
    return this.set({ status: 'ready', version });
  }

  private async refuse(
    version: string,
    reason: 'unsigned' | 'badSignature' | 'checksum',
    downloadedFile: string,
  ): Promise<UpdateState> {
    await rm(downloadedFile, { force: true }).catch(() => undefined);
    return this.set({ status: 'refused', version, reason });
  }

  private set(state: UpdateState): UpdateState {
    this.state = state;
    this.options.onState?.(state);
    return state;
  }
}
