import { createDesktopHelloAsso } from '@renderer/platform/desktop-helloasso';
import type { TilleulBridge } from '@shared/ipc/contract';
import { menuCommandSchema } from '@shared/ipc/desktop';
import { updateFeedSettingsSchema, updateStateSchema } from '@shared/ipc/updates';
import {
  appInfoSchema,
  saveFileResultSchema,
  serverCertificateSchema,
  unwrapIpcResult,
} from '@shared/ipc/contract';
import { DESKTOP_READINESS } from '@renderer/platform/offline';
import type { Platform } from '@renderer/platform/platform';
import { createDesktopBackups } from '@renderer/platform/desktop-backups';

/** Over the preload's `window.tilleul`; answers are validated here too, trust stops at the bridge. */
export function createDesktopPlatform(bridge: TilleulBridge): Platform {
  return {
    getAppInfo: async () => appInfoSchema.parse(unwrapIpcResult(await bridge.getAppInfo())),
    saveFile: async (request) => saveFileResultSchema.parse(unwrapIpcResult(await bridge.saveFile(request))),
    // The desktop app carries its own files, and its profile is not a browser's evictable cache.
    offlineReadiness: () => Promise.resolve(DESKTOP_READINESS),
    updates: {
      state: async () => updateStateSchema.parse(unwrapIpcResult(await bridge.getUpdateState())),
      check: async (serverUrl) =>
        updateStateSchema.parse(unwrapIpcResult(await bridge.checkForUpdate({ serverUrl }))),
      feed: async () => updateFeedSettingsSchema.parse(unwrapIpcResult(await bridge.getUpdateFeed())).feedUrl,
      setFeed: async (feedUrl) => {
        unwrapIpcResult(await bridge.setUpdateFeed({ feedUrl }));
      },
    },
    setDesktopContext: async (context) => {
      unwrapIpcResult(await bridge.setDesktopContext(context));
    },
    // A command main sends that this version does not know is ignored, never acted on.
    onMenuCommand: (listener) =>
      bridge.onMenuCommand?.((payload) => {
        const command = menuCommandSchema.safeParse(payload);
        if (command.success) listener(command.data);
      }) ?? (() => undefined),
    autoBackups: createDesktopBackups(bridge),
    helloAsso: createDesktopHelloAsso(bridge),
    openDataFolder: async () => {
      unwrapIpcResult(await bridge.openDataFolder());
    },
    serverCertificates: {
      inspect: async (url) =>
        serverCertificateSchema.parse(unwrapIpcResult(await bridge.inspectServerCertificate(url))),
      trust: async (url, fingerprint) => {
        unwrapIpcResult(await bridge.trustServerCertificate({ url, fingerprint }));
      },
    },
  };
}
