import type { IpcErrorCode, IpcResult } from '@shared/ipc/contract';

/**
 * An IPC answer that says no, thrown as an error the renderer can tell apart (shared/ipc/contract.ts
 * re-exports both). Its own module, with no schema, so that the web build's first load does not
 * bring the whole contract (issue 19).
 */
export class BridgeError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    /** An i18n key. */
    readonly messageKey: string,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'BridgeError';
  }
}

export function unwrapIpcResult<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new BridgeError(result.error.code, result.error.message);
}
