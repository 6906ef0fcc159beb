import { IPC_METHODS, ipcChannel } from '@shared/ipc/contract';
import type { IpcDispatch } from './dispatcher';

/** The parts of `ipcMain` and its invoke event that wiring needs; Electron's objects fit. */
export interface IpcInvokeEventLike {
  senderFrame: { url: string } | null;
}
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

/**
 * One `ipcMain.handle` per contract method and nothing else: a channel outside the contract has
 * no handler in main at all. `senderFrame` is null once the frame has navigated away or been
 * destroyed; the dispatcher then refuses the call as coming from an unknown sender.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, dispatch: IpcDispatch): void {
  for (const method of IPC_METHODS) {
    ipcMain.handle(ipcChannel(method), (event, ...args) => dispatch(event.senderFrame?.url, method, args));
  }
}
