import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseWindow, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveFileRequest } from '@shared/ipc/contract';
import { createIpcDispatcher } from './dispatcher';
import { createIpcHandlers } from './handlers';
import type { IpcHandlerDeps } from './handlers';
import { IpcHandlerError } from './errors';
import { CertificatePins } from '@main/security/certificate-pins';
import { SaveFolders } from '@main/fs/save-folders';
import { UpdateFeedSetting } from '@main/updates/update-settings';
import { RESTORE_REQUEST_FILE } from '@main/backups/restore-before-update';

/*
 * Electron cannot run here, so `app` and `dialog` are plain stand-ins: the only mocks in these
 * tests. The file system is real.
 */

let folder: string;
let pins: CertificatePins;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tilleul-handlers-'));
  pins = await CertificatePins.load(join(folder, 'server-certificates.json'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const paths: Record<string, string> = {
  documents: '/home/alice/Documents',
  home: '/home/alice',
  userData: '/home/alice/.config/Tilleul',
};
const app: IpcHandlerDeps['app'] = {
  getVersion: () => '0.1.0',
  getPath: (name: string) => paths[name] ?? '/nowhere',
};

/** A save dialog that records what it was asked and answers `answer`. */
function fakeDialog(answer: SaveDialogReturnValue) {
  const calls: { window: unknown; options: SaveDialogOptions }[] = [];
  const dialog: IpcHandlerDeps['dialog'] = {
    showSaveDialog: async (...args: unknown[]) => {
      const [window, options] = args.length === 2 ? args : [undefined, args[0]];
      calls.push({ window, options: options as SaveDialogOptions });
      return answer;
    },
  };
  return { dialog, calls };
}

const request = (overrides: Partial<SaveFileRequest> = {}): SaveFileRequest => ({
  suggestedName: 'feuille-emargement.pdf',
  filterName: 'Document PDF',
  extensions: ['pdf'],
  mimeType: 'application/pdf',
  data: new TextEncoder().encode('%PDF-1.7'),
  ...overrides,
});

describe('getAppInfo', () => {
  it('reports version, data folder, platform and Electron version', () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: '' });
    const handlers = createIpcHandlers({
      app,
      dialog,
      getWindow: () => null,
      pins,
      runtime: { platform: 'win32', electronVersion: '45.4.1' },
    });
    expect(handlers.getAppInfo()).toEqual({
      version: '0.1.0',
      dataDir: '/home/alice/.config/Tilleul',
      platform: 'win32',
      electron: '45.4.1',
    });
  });
});

describe('saveFile', () => {
  it("proposes the suggested name in the user's Documents folder with the contract's filter", async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePath: '' });
    const handlers = createIpcHandlers({ app, dialog, getWindow: () => null, pins });
    await handlers.saveFile(request());
    expect(calls).toHaveLength(1);
    expect(calls[0]?.options).toMatchObject({
      defaultPath: join('/home/alice/Documents', 'feuille-emargement.pdf'),
      filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
    });
  });

  it('falls back to the home folder when the system has no Documents folder', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePath: '' });
    const noDocuments: IpcHandlerDeps['app'] = {
      getVersion: () => '0.1.0',
      getPath: (name: string) => {
        if (name === 'documents') throw new Error('Failed to get documents path');
        return paths[name] ?? '/nowhere';
      },
    };
    await createIpcHandlers({ app: noDocuments, dialog, getWindow: () => null, pins }).saveFile(request());
    expect(calls[0]?.options.defaultPath).toBe(join('/home/alice', 'feuille-emargement.pdf'));
  });

  it('makes the dialog modal to the window when there is one', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePath: '' });
    // Only its identity matters: the handler hands it to the dialog and calls nothing on it.
    const window = {} as BaseWindow;
    await createIpcHandlers({ app, dialog, getWindow: () => window, pins }).saveFile(request());
    expect(calls[0]?.window).toBe(window);
  });

  it('answers saved: false and writes nothing when the user cancels', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: join(folder, 'x.pdf') });
    const handlers = createIpcHandlers({ app, dialog, getWindow: () => null, pins });
    expect(await handlers.saveFile(request())).toEqual({ saved: false });
    expect(await readdir(folder)).toEqual([]);
  });

  it('answers saved: false when the dialog returns no path', async () => {
    const { dialog } = fakeDialog({ canceled: false, filePath: '' });
    expect(await createIpcHandlers({ app, dialog, getWindow: () => null, pins }).saveFile(request())).toEqual(
      {
        saved: false,
      },
    );
  });

  it('writes the bytes where the user chose and says where', async () => {
    const target = join(folder, 'émargement AG.pdf');
    const { dialog } = fakeDialog({ canceled: false, filePath: target });
    const handlers = createIpcHandlers({ app, dialog, getWindow: () => null, pins });
    expect(await handlers.saveFile(request())).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7');
    expect(await readdir(folder)).toEqual(['émargement AG.pdf']);
  });

  it('reports WRITE_FAILED and leaves what was there intact when the write fails', async () => {
    // The chosen path is an existing folder, so the final rename fails.
    const target = join(folder, 'export');
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'keep');
    const { dialog } = fakeDialog({ canceled: false, filePath: target });
    const handlers = createIpcHandlers({ app, dialog, getWindow: () => null, pins });

    await expect(handlers.saveFile(request())).rejects.toBeInstanceOf(IpcHandlerError);
    await expect(handlers.saveFile(request())).rejects.toMatchObject({
      code: 'WRITE_FAILED',
      messageKey: 'errors.ipc.writeFailed',
    });
    expect(await readdir(folder)).toEqual(['export']);
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('keep');

    // And across the IPC boundary it is a stable code, not an error message.
    const dispatch = createIpcDispatcher(handlers);
    expect(await dispatch('app://tilleul/index.html', 'saveFile', [request()])).toEqual({
      ok: false,
      error: { code: 'WRITE_FAILED', message: 'errors.ipc.writeFailed' },
    });
  });
});

describe('saveFile remembers the last folder of each kind of file', () => {
  it('opens where the last file of that kind went, and Documents for another kind', async () => {
    const receipts = join(folder, 'Reçus 2026');
    const exports = join(folder, 'Exports');
    await mkdir(receipts);
    await mkdir(exports);
    const saveFolders = await SaveFolders.load(join(folder, 'save-folders.json'));
    const answers = [join(receipts, 'recu-2026-A-0042.pdf'), join(exports, 'membres.csv')];
    const calls: SaveDialogOptions[] = [];
    const dialog: IpcHandlerDeps['dialog'] = {
      showSaveDialog: async (...args: unknown[]) => {
        calls.push(args.at(-1) as SaveDialogOptions);
        return { canceled: false, filePath: answers.shift() ?? '' };
      },
    };
    const handlers = createIpcHandlers({ app, dialog, getWindow: () => null, pins, saveFolders });
    await handlers.saveFile(request({ suggestedName: 'recu-2026-A-0042.pdf' }));
    await handlers.saveFile(
      request({ suggestedName: 'membres.csv', extensions: ['csv'], filterName: 'CSV', mimeType: 'text/csv' }),
    );
    await handlers.saveFile(request({ suggestedName: 'recu-2026-A-0043.pdf' }));
    await handlers.saveFile(
      request({ suggestedName: 'carte.png', extensions: ['png'], mimeType: 'image/png' }),
    );
    expect(calls.map((options) => options.defaultPath)).toEqual([
      join('/home/alice/Documents', 'recu-2026-A-0042.pdf'),
      join('/home/alice/Documents', 'membres.csv'),
      join(receipts, 'recu-2026-A-0043.pdf'),
      join('/home/alice/Documents', 'carte.png'),
    ]);
    // Remembered across runs, in a file of the data folder.
    const again = await SaveFolders.load(join(folder, 'save-folders.json'));
    expect(await again.folderFor('csv')).toBe(exports);
    expect(await again.folderFor('pdf')).toBe(receipts);
  });

  it('forgets a folder that is gone (a USB key removed), and a cancelled dialog remembers nothing', async () => {
    const key = join(folder, 'CLE-USB');
    await mkdir(key);
    const saveFolders = await SaveFolders.load(join(folder, 'save-folders.json'));
    await saveFolders.remember('pdf', key);
    await rm(key, { recursive: true });
    const { dialog, calls } = fakeDialog({ canceled: true, filePath: join(folder, 'x.pdf') });
    await createIpcHandlers({ app, dialog, getWindow: () => null, pins, saveFolders }).saveFile(request());
    expect(calls[0]?.options.defaultPath).toBe(join('/home/alice/Documents', 'feuille-emargement.pdf'));
    expect(JSON.parse(await readFile(join(folder, 'save-folders.json'), 'utf8'))).toEqual({
      folders: { pdf: key },
    });
  });

  it('reads nothing from a damaged memory file, and a failed memory never fails the save', async () => {
    const path = join(folder, 'save-folders.json');
    for (const text of [
      '{',
      '{"folders":{"../x":"/tmp"}}',
      '{"folders":{"pdf":""}}',
      '{"folders":{},"x":1}',
    ]) {
      await writeFile(path, text);
      expect(await (await SaveFolders.load(path)).folderFor('pdf'), text).toBeNull();
    }
    const target = join(folder, 'ok.pdf');
    const { dialog } = fakeDialog({ canceled: false, filePath: target });
    const saveFolders = {
      folderFor: async () => null,
      remember: async () => {
        throw new Error('disque plein');
      },
    };
    const handlers = createIpcHandlers({ app, dialog, getWindow: () => null, pins, saveFolders });
    expect(await handlers.saveFile(request())).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7');
  });
});

describe('updates and the data folder (issue 20)', () => {
  it("checks the association's server first, else the public feed set here, validated at the boundary", async () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: '' });
    const asked: (string | null)[] = [];
    // The server hosts no updates (404): the public feed answers.
    const updates = {
      current: { status: 'idle' } as const,
      check: async (feed: string | null) => {
        asked.push(feed);
        return feed?.startsWith('http://192.168.1.20')
          ? ({ status: 'error', message: '404' } as const)
          : ({ status: 'upToDate', checkedAt: '2026-07-14T10:00:00.000Z' } as const);
      },
    };
    const updateFeed = await UpdateFeedSetting.load(join(folder, 'updates.json'));
    const handlers = createIpcHandlers({ app, dialog, getWindow: () => null, pins, updates, updateFeed });
    const dispatch = createIpcDispatcher(handlers);
    const origin = 'app://tilleul/index.html';
    expect(await dispatch(origin, 'getUpdateState', [])).toEqual({ ok: true, value: { status: 'idle' } });
    expect(
      await dispatch(origin, 'checkForUpdate', [{ serverUrl: 'http://192.168.1.20:8787' }]),
    ).toMatchObject({ ok: true, value: { status: 'error' } });
    expect(asked).toEqual(['http://192.168.1.20:8787/updates/']);

    expect(
      await dispatch(origin, 'setUpdateFeed', [{ feedUrl: ' https://tilleul.example/releases ' }]),
    ).toEqual({ ok: true, value: null });
    expect(await dispatch(origin, 'getUpdateFeed', [])).toEqual({
      ok: true,
      value: { feedUrl: 'https://tilleul.example/releases' },
    });
    expect(JSON.parse(await readFile(join(folder, 'updates.json'), 'utf8'))).toEqual({
      feedUrl: 'https://tilleul.example/releases',
    });
    asked.length = 0;
    expect(
      await dispatch(origin, 'checkForUpdate', [{ serverUrl: 'http://192.168.1.20:8787' }]),
    ).toMatchObject({ ok: true, value: { status: 'upToDate' } });
    expect(asked).toEqual(['http://192.168.1.20:8787/updates/', 'https://tilleul.example/releases/']);
    // Not enrolled: the public feed alone.
    asked.length = 0;
    await dispatch(origin, 'checkForUpdate', [{ serverUrl: null }]);
    expect(asked).toEqual(['https://tilleul.example/releases/']);

    for (const bad of [
      { serverUrl: 'file:///etc/passwd' },
      { serverUrl: 'x'.repeat(3000) },
      { other: 1 },
      'http://a',
    ]) {
      expect(await dispatch(origin, 'checkForUpdate', [bad]), JSON.stringify(bad).slice(0, 40)).toMatchObject(
        {
          ok: false,
          error: { code: 'BAD_PAYLOAD' },
        },
      );
    }
    expect(asked).toHaveLength(1);
    // Without an updater (a development run), there is no feed to ask.
    const bare = createIpcHandlers({ app, dialog, getWindow: () => null, pins });
    expect(await bare.checkForUpdate({ serverUrl: null })).toEqual({ status: 'noFeed' });
  });

  it('refuses a public feed that is not https (but localhost), in French, and keeps the one saved', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: '' });
    const updateFeed = await UpdateFeedSetting.load(join(folder, 'updates.json'));
    await updateFeed.set('https://tilleul.example/releases/');
    const dispatch = createIpcDispatcher(
      createIpcHandlers({ app, dialog, getWindow: () => null, pins, updateFeed }),
    );
    const origin = 'app://tilleul/index.html';
    for (const feedUrl of [
      'http://tilleul.example/',
      'ftp://tilleul.example/',
      'https://anne:secret@tilleul.example/',
      'mises à jour',
      `https://tilleul.example/${'x'.repeat(2000)}`,
    ]) {
      expect(await dispatch(origin, 'setUpdateFeed', [{ feedUrl }]), feedUrl.slice(0, 40)).toEqual({
        ok: false,
        error: { code: 'BAD_PAYLOAD', message: 'errors.ipc.badFeedUrl' },
      });
    }
    expect(await dispatch(origin, 'setUpdateFeed', [{ feedUrl: 'https://a/', extra: 1 }])).toMatchObject({
      ok: false,
      error: { code: 'BAD_PAYLOAD' },
    });
    expect(updateFeed.current).toBe('https://tilleul.example/releases/');
    expect(await dispatch(origin, 'setUpdateFeed', [{ feedUrl: 'http://localhost:8080/' }])).toEqual({
      ok: true,
      value: null,
    });
    expect(await dispatch(origin, 'setUpdateFeed', [{ feedUrl: null }])).toEqual({ ok: true, value: null });
    expect(updateFeed.current).toBeNull();
  });

  it("passes the page's language and server on, validated", async () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: '' });
    const seen: unknown[] = [];
    const dispatch = createIpcDispatcher(
      createIpcHandlers({ app, dialog, getWindow: () => null, pins, onDesktopContext: (c) => seen.push(c) }),
    );
    const origin = 'app://tilleul/index.html';
    const context = { language: 'en', serverUrl: 'https://club.example' };
    expect(await dispatch(origin, 'setDesktopContext', [context])).toEqual({ ok: true, value: null });
    for (const bad of [{ language: 'de', serverUrl: null }, { language: 'fr', serverUrl: 'file:///x' }, {}]) {
      expect(await dispatch(origin, 'setDesktopContext', [bad])).toMatchObject({ ok: false });
    }
    expect(seen).toEqual([context]);
  });

  it('opens the data folder, and says so in a stable code when the system cannot', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: '' });
    const opened: string[] = [];
    const handlers = createIpcHandlers({
      app,
      dialog,
      getWindow: () => null,
      pins,
      openPath: async (path) => (opened.push(path), opened.length > 1 ? 'Failed to open path' : ''),
    });
    expect(await handlers.openDataFolder()).toBeNull();
    expect(opened).toEqual(['/home/alice/.config/Tilleul']);
    await expect(handlers.openDataFolder()).rejects.toMatchObject({
      messageKey: 'errors.ipc.openFolderFailed',
    });
  });
});

describe('« Revenir à cette copie » (issue 18)', () => {
  const copy = 'tilleul-avant-maj-2026-06-30T07-12-00Z';

  function restoring() {
    const userData = join(folder, 'profil');
    let relaunched = 0;
    const handlers = createIpcHandlers({
      app: {
        getVersion: () => '0.1.0',
        getPath: (name: string) => (name === 'userData' ? userData : '/nowhere'),
      },
      dialog: fakeDialog({ canceled: true, filePath: '' }).dialog,
      getWindow: () => null,
      pins,
      relaunch: () => (relaunched += 1),
    });
    const dispatch = createIpcDispatcher(handlers);
    return { userData, dispatch, relaunched: () => relaunched };
  }

  it('records the request for the next start, answers, then restarts the app', async () => {
    const { userData, dispatch, relaunched } = restoring();
    await mkdir(join(userData, 'sauvegardes', copy), { recursive: true });
    const answer = await dispatch('app://tilleul/index.html', 'restoreBeforeUpdate', [{ name: copy }]);
    expect(answer).toEqual({ ok: true, value: null });
    const request = JSON.parse(await readFile(join(userData, RESTORE_REQUEST_FILE), 'utf8')) as {
      name: string;
    };
    expect(request.name).toBe(copy);
    expect(relaunched()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(relaunched()).toBe(1);
  });

  it('refuses a copy that is not there, a daily file or a path, and restarts nothing', async () => {
    const { userData, dispatch, relaunched } = restoring();
    await mkdir(join(userData, 'sauvegardes'), { recursive: true });
    const missing = await dispatch('app://tilleul/index.html', 'restoreBeforeUpdate', [{ name: copy }]);
    expect(missing).toEqual({
      ok: false,
      error: { code: 'WRITE_FAILED', message: 'errors.ipc.backupNotFound' },
    });
    for (const name of ['tilleul-auto-2026-06-30T07-12-00Z.tilleul', '../../etc/passwd']) {
      expect(await dispatch('app://tilleul/index.html', 'restoreBeforeUpdate', [{ name }])).toMatchObject({
        ok: false,
      });
    }
    expect(await readdir(userData)).not.toContain(RESTORE_REQUEST_FILE);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(relaunched()).toBe(0);
  });
});
