import type { AppInfo } from '@shared/ipc/contract';
import { saveFileRequestSchema } from '@shared/ipc/save-file';
import type { OfflineReadiness } from '@renderer/platform/offline';
import { prepareOffline } from '@renderer/platform/offline';
import type { Platform, WebUpdatePort } from '@renderer/platform/platform';

/**
 * `registerServiceWorker` and `webUpdate` come from the build (vite-plugin-pwa's virtual module),
 * passed in so that this file has no build-only import.
 */
export function createWebPlatform(
  version: string,
  registerServiceWorker: () => Promise<void>,
  doc: Document = document,
  webUpdate?: WebUpdatePort,
): Platform {
  const info: AppInfo = { version, dataDir: null, platform: 'web', electron: null };
  let readiness: Promise<OfflineReadiness> | undefined;
  return {
    webUpdate,
    offlineReadiness: () =>
      (readiness ??= prepareOffline({
        secureContext: window.isSecureContext,
        hasServiceWorker: 'serviceWorker' in navigator,
        storage: navigator.storage,
        register: registerServiceWorker,
      })),
    getAppInfo: () => Promise.resolve(info),
    saveFile: (raw) => {
      const request = saveFileRequestSchema.parse(raw);
      const url = URL.createObjectURL(
        new Blob([request.data as Uint8Array<ArrayBuffer>], { type: request.mimeType }),
      );
      const link = doc.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the blob by the time the click returns; give it a moment anyway.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return Promise.resolve({ saved: true, path: null });
    },
  };
}
