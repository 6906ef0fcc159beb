import { describe, expect, it, vi } from 'vitest';
import type { AppInfo, SaveFileRequest } from '@shared/ipc/contract';
import { createIpcDispatcher } from './dispatcher';
import type { IpcHandlers } from './dispatcher';
import { IpcHandlerError } from './errors';

const APP = 'app://tilleul/index.html#/membres';
const info: AppInfo = {
  version: '0.1.0',
  dataDir: '/home/a/.config/Tilleul',
  platform: 'linux',
  electron: '45.4.1',
};

function request(overrides: Partial<Record<keyof SaveFileRequest, unknown>> = {}): Record<string, unknown> {
  return {
    suggestedName: 'membres.csv',
    filterName: 'Fichier CSV',
    extensions: ['csv'],
    mimeType: 'text/csv',
    data: new TextEncoder().encode('nom;prénom'),
    ...overrides,
  };
}

function setup(overrides: Partial<IpcHandlers> = {}) {
  const handlers: IpcHandlers = {
    getAppInfo: vi.fn(() => info),
    saveFile: vi.fn(async () => ({ saved: true as const, path: '/home/a/Documents/membres.csv' })),
    inspectServerCertificate: vi.fn(async () => ({
      host: 'tilleul.example',
      fingerprint: Array.from({ length: 32 }, () => 'AB').join(':'),
      trusted: false,
      validTo: '2036-12-01T00:00:00.000Z',
    })),
    trustServerCertificate: vi.fn(async () => null),
    autoBackupBegin: vi.fn(() => ({ id: '3f1c2a4e-1111-4222-8333-444455556666' })),
    autoBackupChunk: vi.fn(() => null),
    autoBackupFinish: vi.fn(() => ({ path: '/tmp/x.tilleul', removed: 0 })),
    autoBackupAbort: vi.fn(() => null),
    autoBackupList: vi.fn(async () => ({ backups: [], failure: null })),
    autoBackupRead: vi.fn(async () => new Uint8Array(0)),
    restoreBeforeUpdate: vi.fn(async () => null),
    getUpdateState: vi.fn(() => ({ status: 'idle' as const })),
    checkForUpdate: vi.fn(async () => ({ status: 'noFeed' as const })),
    openDataFolder: vi.fn(async () => null),
    getUpdateFeed: vi.fn(() => ({ feedUrl: null })),
    setUpdateFeed: vi.fn(async () => null),
    setDesktopContext: vi.fn(() => null),
    helloAssoStatus: vi.fn(async () => ({
      configured: false,
      clientId: '',
      organizationSlug: '',
      fetchedUntil: '',
    })),
    helloAssoSave: vi.fn(async () => ({ ok: false as const, message: 'non' })),
    helloAssoForget: vi.fn(async () => ({
      configured: false,
      clientId: '',
      organizationSlug: '',
      fetchedUntil: '',
    })),
    helloAssoFetch: vi.fn(async () => ({ ok: false as const, message: 'non' })),
    helloAssoSetCursor: vi.fn(async () => ({
      configured: false,
      clientId: '',
      organizationSlug: '',
      fetchedUntil: '',
    })),
    ...overrides,
  };
  const onError = vi.fn();
  return { handlers, onError, dispatch: createIpcDispatcher(handlers, { onError }) };
}

describe('createIpcDispatcher', () => {
  it('calls the handler and answers ok with the validated value', async () => {
    const { dispatch, handlers } = setup();
    expect(await dispatch(APP, 'getAppInfo', [])).toEqual({ ok: true, value: info });
    expect(handlers.getAppInfo).toHaveBeenCalledWith();
  });

  it('passes the parsed request to the handler', async () => {
    const { dispatch, handlers } = setup();
    const result = await dispatch(APP, 'saveFile', [request()]);
    expect(result).toEqual({ ok: true, value: { saved: true, path: '/home/a/Documents/membres.csv' } });
    expect(handlers.saveFile).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: 'membres.csv' }));
  });

  it('refuses callers that are not the app, before looking at anything else', async () => {
    const { dispatch, handlers } = setup();
    for (const sender of [undefined, null, '', 'https://example.org/', 'file:///tmp/x.html', 'app://evil/']) {
      expect(await dispatch(sender, 'getAppInfo', []), String(sender)).toEqual({
        ok: false,
        error: { code: 'BAD_SENDER', message: 'errors.ipc.badSender' },
      });
      // Even an unknown channel gets BAD_SENDER: a foreign frame learns nothing.
      expect(await dispatch(sender, 'nope', [])).toMatchObject({ error: { code: 'BAD_SENDER' } });
    }
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('refuses channels outside the contract, including inherited object keys', async () => {
    const { dispatch } = setup();
    for (const method of ['readFile', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(await dispatch(APP, method, []), method).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'errors.ipc.unknownChannel' },
      });
    }
  });

  it('refuses payloads that do not match the contract', async () => {
    const { dispatch, handlers } = setup();
    const badPayload = { ok: false, error: { code: 'BAD_PAYLOAD', message: 'errors.ipc.badPayload' } };
    expect(await dispatch(APP, 'getAppInfo', ['extra'])).toEqual(badPayload);
    expect(await dispatch(APP, 'saveFile', [])).toEqual(badPayload);
    expect(await dispatch(APP, 'saveFile', [request(), 'extra'])).toEqual(badPayload);
    expect(await dispatch(APP, 'saveFile', [request({ data: 'not bytes' })])).toEqual(badPayload);
    expect(await dispatch(APP, 'saveFile', [request({ extensions: ['../exe'] })])).toEqual(badPayload);
    // The request schema is strict: no smuggled options such as a target path.
    expect(await dispatch(APP, 'saveFile', [{ ...request(), path: '/etc/passwd' }])).toEqual(badPayload);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('refuses a HelloAsso connection that is not the contract’s (extra field, bad slug) before main sees it', async () => {
    const { dispatch, handlers } = setup();
    const account = {
      clientId: 'client-123',
      clientSecret: 'secret-456',
      organizationSlug: 'amis-du-lavoir',
    };
    expect(await dispatch(APP, 'helloAssoSave', [{ ...account, token: 'x' }])).toMatchObject({
      ok: false,
      error: { code: 'BAD_PAYLOAD' },
    });
    expect(
      await dispatch(APP, 'helloAssoSave', [{ ...account, organizationSlug: '../../etc' }]),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_PAYLOAD' },
    });
    expect(handlers.helloAssoSave).not.toHaveBeenCalled();
    expect(await dispatch(APP, 'helloAssoSave', [account])).toEqual({
      ok: true,
      value: { ok: false, message: 'non' },
    });
  });

  it("uses the contract's precise i18n key when a check names one", async () => {
    const { dispatch } = setup();
    for (const suggestedName of ['../../.bashrc', 'C:\\Windows\\x', 'a/b.pdf', '..']) {
      expect(await dispatch(APP, 'saveFile', [request({ suggestedName })]), suggestedName).toEqual({
        ok: false,
        error: { code: 'BAD_PAYLOAD', message: 'errors.ipc.badFileName' },
      });
    }
  });

  it('turns a handler failure with a code into that code, and logs the cause in main', async () => {
    const cause = new Error('EACCES: permission denied, open /home/a/Documents/x');
    const { dispatch, onError } = setup({
      saveFile: async () => {
        throw new IpcHandlerError('WRITE_FAILED', 'errors.ipc.writeFailed', { cause });
      },
    });
    expect(await dispatch(APP, 'saveFile', [request()])).toEqual({
      ok: false,
      error: { code: 'WRITE_FAILED', message: 'errors.ipc.writeFailed' },
    });
    expect(onError).toHaveBeenCalledWith('saveFile', expect.objectContaining({ cause }));
  });

  it('turns any other failure into INTERNAL without leaking its message or stack', async () => {
    const { dispatch, onError } = setup({
      getAppInfo: () => {
        throw new TypeError('secret detail at /home/a/tilleul/main.ts:12');
      },
    });
    const result = await dispatch(APP, 'getAppInfo', []);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'errors.ipc.internal' } });
    expect(JSON.stringify(result)).not.toMatch(/secret|main\.ts|TypeError/);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('refuses to answer what the contract does not promise', async () => {
    const { dispatch, onError } = setup({
      // Deliberately wrong at run time, as a buggy handler would be.
      getAppInfo: () => ({ version: 1 }) as unknown as AppInfo,
    });
    expect(await dispatch(APP, 'getAppInfo', [])).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'errors.ipc.internal' },
    });
    expect(onError).toHaveBeenCalledOnce();
  });

  it('strips fields the contract does not declare from the answer', async () => {
    const { dispatch } = setup({ getAppInfo: () => ({ ...info, token: 'do-not-send' }) });
    expect(await dispatch(APP, 'getAppInfo', [])).toEqual({ ok: true, value: info });
  });
});
