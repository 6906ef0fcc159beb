import type { TilleulBridge } from '@shared/ipc/contract';
import { appInfoSchema, saveFileResultSchema, unwrapIpcResult } from '@shared/ipc/contract';
import type { Platform } from '@renderer/platform/platform';

/** Over the preload's `window.tilleul`; answers are validated here too, trust stops at the bridge. */
export function createDesktopPlatform(bridge: TilleulBridge): Platform {
  return {
    getAppInfo: async () => appInfoSchema.parse(unwrapIpcResult(await bridge.getAppInfo())),
    saveFile: async (request) => saveFileResultSchema.parse(unwrapIpcResult(await bridge.saveFile(request))),
  };
}
