import { unwrapIpcResult } from '@shared/ipc/contract';
import type { TilleulBridge } from '@shared/ipc/contract';
import {
  helloAssoFetchIpcResponseSchema,
  helloAssoLinkStatusSchema,
  helloAssoSaveResponseSchema,
} from '@shared/ipc/helloasso';
import type { HelloAssoPort } from '@shared/ipc/helloasso';

/** HelloAsso through the desktop's main process (the secret in the OS keychain); answers validated here. */
export function createDesktopHelloAsso(bridge: TilleulBridge): HelloAssoPort {
  return {
    status: async () => helloAssoLinkStatusSchema.parse(unwrapIpcResult(await bridge.helloAssoStatus())),
    save: async (input) =>
      helloAssoSaveResponseSchema.parse(unwrapIpcResult(await bridge.helloAssoSave(input))),
    forget: async () => helloAssoLinkStatusSchema.parse(unwrapIpcResult(await bridge.helloAssoForget())),
    fetch: async () => helloAssoFetchIpcResponseSchema.parse(unwrapIpcResult(await bridge.helloAssoFetch())),
    setCursor: async (fetchedUntil) =>
      helloAssoLinkStatusSchema.parse(unwrapIpcResult(await bridge.helloAssoSetCursor({ fetchedUntil }))),
  };
}
