import { describe, expect, it } from 'vitest';
import { IPC_METHODS, ipcChannel } from '@shared/ipc/contract';
import type { SaveFileRequest } from '@shared/ipc/contract';
import { MENU_CHANNEL } from '@shared/ipc/desktop';
import { createBridge, MENU, preloadChannel } from './preload-bridge';

function recordingBridge() {
  const calls: { channel: string; args: unknown[] }[] = [];
  const bridge = createBridge(async (channel, ...args) => {
    calls.push({ channel, args });
    return { ok: true, value: null };
  });
  return { bridge, calls };
}

describe('preload bridge', () => {
  it('exposes exactly one function per contract method', () => {
    const { bridge } = recordingBridge();
    expect(Object.keys(bridge).sort()).toEqual([...IPC_METHODS].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it("hands the page the menu's commands, and nothing of Electron's event", () => {
    expect(MENU).toBe(MENU_CHANNEL);
    const listeners = new Set<(payload: unknown) => void>();
    const bridge = createBridge(
      async () => null,
      (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    );
    const received: unknown[] = [];
    const stop = bridge.onMenuCommand?.((command) => received.push(command));
    for (const listener of listeners) listener('about');
    stop?.();
    for (const listener of listeners) listener('lock');
    expect(received).toEqual(['about']);
    expect(listeners.size).toBe(0);
  });

  it("uses the contract's channel names", () => {
    for (const method of IPC_METHODS) expect(preloadChannel(method)).toBe(ipcChannel(method));
  });

  it('forwards each call to its channel with the arguments unchanged and returns the answer', async () => {
    const { bridge, calls } = recordingBridge();
    const request: SaveFileRequest = {
      suggestedName: 'a.csv',
      filterName: 'CSV',
      extensions: ['csv'],
      mimeType: 'text/csv',
      data: new Uint8Array([1, 2]),
    };
    expect(await bridge.saveFile(request)).toEqual({ ok: true, value: null });
    await bridge.getAppInfo();
    expect(calls).toEqual([
      { channel: 'tilleul:saveFile', args: [request] },
      { channel: 'tilleul:getAppInfo', args: [] },
    ]);
  });
});
