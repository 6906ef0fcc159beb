import type { MENU_CHANNEL, MENU_LISTENING_CHANNEL } from '@shared/ipc/desktop';
import type {
  IPC_PREFIX,
  IpcArgs,
  IpcMethod,
  IpcResponse,
  IpcResult,
  TilleulBridge,
} from '@shared/ipc/contract';

/**
 * The object the preload exposes as `window.tilleul`, kept apart from `preload.ts` so it can be
 * tested without Electron.
 *
 * It imports the contract for types only: the contract's runtime module carries the zod
 * schemas, which the preload has no use for (main validates) and which would triple its size.
 * `typeof IPC_PREFIX` still ties the prefix below to the contract's at compile time, and the
 * test beside this file checks every channel against `ipcChannel()`.
 */
const PREFIX: typeof IPC_PREFIX = 'tilleul:';

export function preloadChannel<M extends IpcMethod>(method: M): `${typeof IPC_PREFIX}${M}` {
  return `${PREFIX}${method}`;
}

/** `ipcRenderer.invoke`, and nothing else of `ipcRenderer`: the page never gets a channel name. */
export type BridgeInvoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/** The one channel main sends on: the application menu's commands (see `shared/ipc/desktop.ts`). */
export const MENU: typeof MENU_CHANNEL = 'tilleul-menu';
/** Where the page says it listens to `MENU` or stopped (see `shared/ipc/desktop.ts`). */
export const MENU_LISTENING: typeof MENU_LISTENING_CHANNEL = 'tilleul-menu-listening';

/** `ipcRenderer.on` for `MENU` only, returning how to stop (`ipcRenderer.off`). */
export type BridgeListen = (listener: (payload: unknown) => void) => () => void;

function method<M extends IpcMethod>(
  invoke: BridgeInvoke,
  name: M,
): (...args: IpcArgs<M>) => Promise<IpcResult<IpcResponse<M>>> {
  // Main answers every channel with an `IpcResult` it has validated against the contract's
  // response schema, so the type is established on the other side of the wire.
  return (...args) => invoke(preloadChannel(name), ...args) as Promise<IpcResult<IpcResponse<M>>>;
}

/** Exactly one function per contract method; `satisfies` makes a missing or extra one an error. */
export function createBridge(invoke: BridgeInvoke, listenToMenu?: BridgeListen): TilleulBridge {
  return {
    getAppInfo: method(invoke, 'getAppInfo'),
    saveFile: method(invoke, 'saveFile'),
    inspectServerCertificate: method(invoke, 'inspectServerCertificate'),
    trustServerCertificate: method(invoke, 'trustServerCertificate'),
    autoBackupBegin: method(invoke, 'autoBackupBegin'),
    autoBackupChunk: method(invoke, 'autoBackupChunk'),
    autoBackupFinish: method(invoke, 'autoBackupFinish'),
    autoBackupAbort: method(invoke, 'autoBackupAbort'),
    autoBackupList: method(invoke, 'autoBackupList'),
    autoBackupRead: method(invoke, 'autoBackupRead'),
    restoreBeforeUpdate: method(invoke, 'restoreBeforeUpdate'),
    getUpdateState: method(invoke, 'getUpdateState'),
    checkForUpdate: method(invoke, 'checkForUpdate'),
    openDataFolder: method(invoke, 'openDataFolder'),
    getUpdateFeed: method(invoke, 'getUpdateFeed'),
    setUpdateFeed: method(invoke, 'setUpdateFeed'),
    setDesktopContext: method(invoke, 'setDesktopContext'),
    helloAssoStatus: method(invoke, 'helloAssoStatus'),
    helloAssoSave: method(invoke, 'helloAssoSave'),
    helloAssoForget: method(invoke, 'helloAssoForget'),
    helloAssoFetch: method(invoke, 'helloAssoFetch'),
    helloAssoSetCursor: method(invoke, 'helloAssoSetCursor'),
    // Only the command crosses, never Electron's event (which would carry `sender`).
    ...(listenToMenu
      ? { onMenuCommand: (listener: (command: unknown) => void) => listenToMenu(listener) }
      : {}),
  } satisfies TilleulBridge;
}
