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

describe('updates and the data folder (issue 20)', () => {
  it('checks the configured public feed first, else the association’s server, validated at the boundary', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: '' });
    const asked: (string | null)[] = [];
    const updates = {
      current: { status: 'idle' } as const,
      check: async (feed: string | null) => {
        asked.push(feed);
        return { status: 'upToDate', checkedAt: '2026-07-14T10:00:00.000Z' } as const;
      },
    };
    let configured: string | null = null;
    const handlers = createIpcHandlers({
      app,
      dialog,
      getWindow: () => null,
      pins,
      updates,
      configuredFeed: () => configured,
    });
    const dispatch = createIpcDispatcher(handlers);
    const origin = 'app://tilleul/index.html';
    expect(await dispatch(origin, 'getUpdateState', [])).toEqual({ ok: true, value: { status: 'idle' } });
    expect(
      await dispatch(origin, 'checkForUpdate', [{ serverUrl: 'http://192.168.1.20:8787' }]),
    ).toMatchObject({
      ok: true,
      value: { status: 'upToDate' },
    });
    configured = 'https://tilleul.example/releases';
    await dispatch(origin, 'checkForUpdate', [{ serverUrl: 'http://192.168.1.20:8787' }]);
    expect(asked).toEqual(['http://192.168.1.20:8787/updates/', 'https://tilleul.example/releases/']);
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
    expect(asked).toHaveLength(2);
    // Without an updater (a development run), there is no feed to ask.
    const bare = createIpcHandlers({ app, dialog, getWindow: () => null, pins });
    expect(await bare.checkForUpdate({ serverUrl: null })).toEqual({ status: 'noFeed' });
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
