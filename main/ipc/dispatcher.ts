import type { z } from 'zod';
import { IPC_ERROR_KEYS, ipcContract } from '@shared/ipc/contract';
import type { IpcErrorCode, IpcMethod, IpcResponse, IpcResult } from '@shared/ipc/contract';
import { isAppUrl } from '@main/security/app-origin';
import { IpcHandlerError, ipcError } from './errors';
import type { IpcErrorKey } from './errors';

/** Arguments as the handler receives them: already parsed (and defaulted) by the contract. */
export type IpcHandlerArgs<M extends IpcMethod> = z.output<(typeof ipcContract)[M]['request']>;

/** One implementation per contract method, given validated arguments. */
export type IpcHandlers = {
  [M in IpcMethod]: (...args: IpcHandlerArgs<M>) => Promise<IpcResponse<M>> | IpcResponse<M>;
};

/** Everything main knows about one call, in the shape `ipcMain.handle` provides it. */
export type IpcDispatch = (
  senderUrl: string | null | undefined,
  method: string,
  rawArgs: readonly unknown[],
) => Promise<IpcResult<unknown>>;

export interface IpcDispatcherOptions {
  /** Where failures are logged, with their cause and stack, in main only. */
  onError?: (method: string, error: unknown) => void;
}

function isIpcMethod(method: string): method is IpcMethod {
  // `hasOwn`, not `in`: "constructor" or "__proto__" must not reach a handler lookup.
  return Object.hasOwn(ipcContract, method);
}

const KNOWN_KEYS: ReadonlySet<string> = new Set(IPC_ERROR_KEYS);

/**
 * Schemas may name a precise i18n key for a failed check (`errors.ipc.badFileName`); anything
 * else is zod's English wording, which the user must never see.
 */
function payloadErrorKey(error: z.ZodError): IpcErrorKey {
  const known = error.issues.find((issue) => KNOWN_KEYS.has(issue.message));
  return (known?.message as IpcErrorKey | undefined) ?? 'errors.ipc.badPayload';
}

function failure(code: IpcErrorCode, messageKey?: IpcErrorKey): IpcResult<never> {
  return { ok: false, error: ipcError(code, messageKey) };
}

/**
 * Every IPC call goes through here: sender first (an unknown frame learns nothing, not even
 * which channels exist), then the channel, then the payload against the contract, then the
 * handler, then the handler's answer against the contract too, so main can never send the
 * renderer something the contract does not promise. Failures become `IpcResult` errors with a
 * stable code and an i18n key; messages and stacks stay in main.
 */
export function createIpcDispatcher(handlers: IpcHandlers, options: IpcDispatcherOptions = {}): IpcDispatch {
  const report = options.onError ?? (() => undefined);

  return async (senderUrl, method, rawArgs) => {
    if (!isAppUrl(senderUrl)) return failure('BAD_SENDER');
    if (!isIpcMethod(method)) return failure('UNKNOWN_CHANNEL');

    const contract = ipcContract[method];
    const request = contract.request.safeParse(rawArgs);
    if (!request.success) return failure('BAD_PAYLOAD', payloadErrorKey(request.error));

    // TypeScript cannot correlate `handlers[method]` with `contract.request` for a union
    // `method`; both are looked up with the same key, so the parsed tuple fits the handler.
    const handler = handlers[method] as (...args: readonly unknown[]) => unknown;
    let value: unknown;
    try {
      value = await handler(...request.data);
    } catch (error) {
      report(method, error);
      return error instanceof IpcHandlerError ? failure(error.code, error.messageKey) : failure('INTERNAL');
    }

    const response = contract.response.safeParse(value);
    if (!response.success) {
      report(method, response.error);
      return failure('INTERNAL');
    }
    return { ok: true, value: response.data };
  };
}
