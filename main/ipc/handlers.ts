import { dirname, join } from 'node:path';
import type { App, BaseWindow, Dialog, SaveDialogOptions } from 'electron';
import type {
  AppInfo,
  SaveFileRequest,
  SaveFileResult,
  ServerCertificate,
  TrustCertificateRequest,
} from '@shared/ipc/contract';
import { writeFileAtomic } from '@main/fs/atomic-write';
import type { CertificatePins } from '@main/security/certificate-pins';
import { inspectServerCertificate } from '@main/security/inspect-certificate';
import { AutoBackupError, AutoBackupWriter } from '@main/backups/auto-backups';
import { BeforeUpdateRestoreError, requestBeforeUpdateRestore } from '@main/backups/restore-before-update';
import type { DesktopContext } from '@shared/ipc/desktop';
import type { CheckForUpdateRequest, UpdateFeedSettings, UpdateState } from '@shared/ipc/updates';
import type { SaveFolders } from '@main/fs/save-folders';
import type { UpdateController } from '@main/updates/update-controller';
import { checkFeeds, feedCandidates } from '@main/updates/update-schedule';
import type { UpdateFeedSetting } from '@main/updates/update-settings';
import type { HelloAssoKeeper } from '@main/helloasso/helloasso-keeper';
import type { IpcHandlers } from './dispatcher';
import { IpcHandlerError } from './errors';

/**
 * Electron's objects are parameters, not imports, so the handlers run in plain Node tests with
 * stand-ins (Electron itself cannot run on the build machines).
 */
export interface IpcHandlerDeps {
  app: Pick<App, 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the save dialog is modal to; without one the dialog floats. */
  getWindow: () => BaseWindow | null | undefined;
  runtime?: { platform: string; electronVersion: string | null };
  writeFile?: (filePath: string, data: Uint8Array) => Promise<void>;
  /** The certificates this device trusts for its servers (see `certificate-pins.ts`). */
  pins: Pick<CertificatePins, 'pin'>;
  inspect?: (url: string) => Promise<ServerCertificate>;
  /** Automatic backups; by default in the profile's « sauvegardes » folder. */
  autoBackups?: AutoBackupWriter;
  /** The update controller (main/updates/); absent, updates say that there is no feed. */
  updates?: Pick<UpdateController, 'current' | 'check'>;
  /** The public feed chosen for this installation (`updates.json`), if any. */
  updateFeed?: Pick<UpdateFeedSetting, 'current' | 'set'>;
  /** The folder each kind of file was last saved to; without it, Documents every time. */
  saveFolders?: Pick<SaveFolders, 'folderFor' | 'remember'>;
  /** The page's language and server (the menu, the update schedule). */
  onDesktopContext?: (context: DesktopContext) => void;
  /** `shell.openPath`: resolves to an error message, empty when the folder opened. */
  openPath?: (path: string) => Promise<string>;
  /** The HelloAsso connection (main/helloasso/); absent, the channels answer an internal error. */
  helloAsso?: HelloAssoKeeper;
  /** Restarts the app (`app.relaunch()` then `app.exit()`), after a restore has been asked for. */
  relaunch?: () => void;
}

/** An automatic backup's failure as an IPC error the renderer translates. */
async function backupStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const reason = error instanceof AutoBackupError ? error.reason : null;
    const key =
      reason === 'tooLarge'
        ? 'errors.ipc.fileTooLarge'
        : reason === 'notFound'
          ? 'errors.ipc.backupNotFound'
          : 'errors.ipc.writeFailed';
    throw new IpcHandlerError('WRITE_FAILED', key, { cause: error });
  }
}

function documentsFolder(app: IpcHandlerDeps['app']): string {
  try {
    return app.getPath('documents');
  } catch {
    // Some Linux desktops have no XDG documents folder; Electron throws instead of guessing.
    return app.getPath('home');
  }
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  const {
    app,
    dialog,
    getWindow,
    runtime = { platform: process.platform, electronVersion: process.versions.electron ?? null },
    writeFile = writeFileAtomic,
    pins,
    inspect = (url) => inspectServerCertificate(url),
  } = deps;
  const helloAsso = () => {
    if (!deps.helloAsso) throw new IpcHandlerError('INTERNAL');
    return deps.helloAsso;
  };
  const helloAssoWrite = async <T>(step: () => Promise<T>): Promise<T> => {
    try {
      return await step();
    } catch (error) {
      throw new IpcHandlerError('WRITE_FAILED', 'errors.ipc.writeFailed', { cause: error });
    }
  };
  const autoBackups = deps.autoBackups ?? new AutoBackupWriter(join(app.getPath('userData'), 'sauvegardes'));

  return {
    getAppInfo(): AppInfo {
      return {
        version: app.getVersion(),
        dataDir: app.getPath('userData'),
        platform: runtime.platform,
        electron: runtime.electronVersion,
      };
    },

    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      // The kind of file is its first extension: PDFs go where the last PDF went.
      const [kind] = request.extensions;
      const lastFolder = kind === undefined ? null : ((await deps.saveFolders?.folderFor(kind)) ?? null);
      const options: SaveDialogOptions = {
        defaultPath: join(lastFolder ?? documentsFolder(app), request.suggestedName),
        filters: [{ name: request.filterName, extensions: [...request.extensions] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };

      try {
        await writeFile(choice.filePath, request.data);
      } catch (error) {
        throw new IpcHandlerError('WRITE_FAILED', 'errors.ipc.writeFailed', { cause: error });
      }
      if (kind !== undefined) {
        // The file is saved: failing to remember its folder must not say otherwise.
        await deps.saveFolders?.remember(kind, dirname(choice.filePath)).catch(() => undefined);
      }
      return { saved: true, path: choice.filePath };
    },

    async inspectServerCertificate(url: string): Promise<ServerCertificate> {
      try {
        return await inspect(url);
      } catch (error) {
        throw new IpcHandlerError('UNREACHABLE', 'errors.ipc.unreachable', { cause: error });
      }
    },

    async trustServerCertificate(request: TrustCertificateRequest): Promise<null> {
      try {
        await pins.pin(request.url, request.fingerprint);
      } catch (error) {
        throw new IpcHandlerError('WRITE_FAILED', 'errors.ipc.pinFailed', { cause: error });
      }
      return null;
    },
    autoBackupBegin: () => backupStep(async () => ({ id: await autoBackups.begin() })),
    autoBackupChunk: ({ id, data }) => backupStep(async () => (await autoBackups.append(id, data), null)),
    autoBackupFinish: ({ id }) =>
      backupStep(async () => {
        const { path, removed } = await autoBackups.finish(id);
        return { path, removed: removed.length };
      }),
    autoBackupAbort: ({ id, reason }) => backupStep(async () => (await autoBackups.abort(id, reason), null)),
    autoBackupList: () => autoBackups.list(),
    autoBackupRead: ({ name, offset }) => backupStep(() => autoBackups.read(name, offset)),
    async restoreBeforeUpdate({ name }) {
      const userData = app.getPath('userData');
      try {
        await requestBeforeUpdateRestore(userData, join(userData, 'sauvegardes'), name);
      } catch (error) {
        const notFound = error instanceof BeforeUpdateRestoreError && error.reason === 'notFound';
        const key = notFound ? 'errors.ipc.backupNotFound' : 'errors.ipc.writeFailed';
        throw new IpcHandlerError('WRITE_FAILED', key, { cause: error });
      }
      // The answer goes back first; the copy is put in place at the next start (main.ts).
      if (deps.relaunch) setTimeout(deps.relaunch, 200);
      return null;
    },

    getUpdateState: (): UpdateState => deps.updates?.current ?? { status: 'noFeed' },
    async checkForUpdate(request: CheckForUpdateRequest): Promise<UpdateState> {
      if (!deps.updates) return { status: 'noFeed' };
      const feeds = feedCandidates({
        serverUrl: request.serverUrl,
        publicFeed: deps.updateFeed?.current ?? null,
      });
      return checkFeeds(deps.updates, feeds);
    },
    getUpdateFeed: (): UpdateFeedSettings => ({ feedUrl: deps.updateFeed?.current ?? null }),
    async setUpdateFeed({ feedUrl }: UpdateFeedSettings): Promise<null> {
      if (!deps.updateFeed) throw new IpcHandlerError('INTERNAL');
      try {
        await deps.updateFeed.set(feedUrl);
      } catch (error) {
        throw new IpcHandlerError('WRITE_FAILED', 'errors.ipc.writeFailed', { cause: error });
      }
      return null;
    },
    setDesktopContext(context: DesktopContext): null {
      deps.onDesktopContext?.(context);
      return null;
    },
    async openDataFolder(): Promise<null> {
      const failure = deps.openPath ? await deps.openPath(app.getPath('userData')) : 'no shell';
      if (failure)
        throw new IpcHandlerError('UNREACHABLE', 'errors.ipc.openFolderFailed', { cause: failure });
      return null;
    },
    helloAssoStatus: () => helloAsso().status(),
    helloAssoSave: (input) => helloAssoWrite(() => helloAsso().save(input)),
    helloAssoForget: () => helloAssoWrite(() => helloAsso().forget()),
    helloAssoFetch: () => helloAsso().fetch(),
    helloAssoSetCursor: ({ fetchedUntil }) => helloAssoWrite(() => helloAsso().setFetchedUntil(fetchedUntil)),
  };
}
