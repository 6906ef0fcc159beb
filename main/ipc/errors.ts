import type { IPC_ERROR_KEYS, IpcError, IpcErrorCode } from '@shared/ipc/contract';

export type IpcErrorKey = (typeof IPC_ERROR_KEYS)[number];

/** The i18n key the renderer shows for each code when nothing more precise is known. */
export const IPC_ERROR_MESSAGE_KEYS: Readonly<Record<IpcErrorCode, IpcErrorKey>> = {
  BAD_SENDER: 'errors.ipc.badSender',
  BAD_PAYLOAD: 'errors.ipc.badPayload',
  UNKNOWN_CHANNEL: 'errors.ipc.unknownChannel',
  WRITE_FAILED: 'errors.ipc.writeFailed',
  UNREACHABLE: 'errors.ipc.unreachable',
  INTERNAL: 'errors.ipc.internal',
};

/**
 * What a handler throws for a failure the user can meet (a write that failed). Only `code` and
 * `messageKey` cross to the renderer; `cause` stays in main's log.
 */
export class IpcHandlerError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    readonly messageKey: IpcErrorKey = IPC_ERROR_MESSAGE_KEYS[code],
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${messageKey}`, options);
    this.name = 'IpcHandlerError';
  }
}

export function ipcError(
  code: IpcErrorCode,
  messageKey: IpcErrorKey = IPC_ERROR_MESSAGE_KEYS[code],
): IpcError {
  return { code, message: messageKey };
}
