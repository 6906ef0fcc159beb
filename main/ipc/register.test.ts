import { describe, expect, it, vi } from 'vitest';
import { IPC_METHODS, ipcChannel } from '@shared/ipc/contract';
import { registerIpcHandlers } from './register';
import type { IpcInvokeEventLike, IpcMainLike } from './register';

type Listener = Parameters<IpcMainLike['handle']>[1];

describe('registerIpcHandlers', () => {
  it('handles exactly the contract channels and forwards sender, method and arguments', async () => {
    const listeners = new Map<string, Listener>();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'done' }));
    registerIpcHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, dispatch);

    expect([...listeners.keys()].sort()).toEqual(IPC_METHODS.map(ipcChannel).sort());

    const event: IpcInvokeEventLike = { senderFrame: { url: 'app://tilleul/index.html' } };
    const listener = listeners.get(ipcChannel('saveFile'));
    await listener?.(event, { a: 1 }, 2);
    expect(dispatch).toHaveBeenCalledWith('app://tilleul/index.html', 'saveFile', [{ a: 1 }, 2]);
  });

  it('passes no sender when the frame is gone', async () => {
    const listeners = new Map<string, Listener>();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    registerIpcHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, dispatch);
    await listeners.get(ipcChannel('getAppInfo'))?.({ senderFrame: null });
    expect(dispatch).toHaveBeenCalledWith(undefined, 'getAppInfo', []);
  });
});
