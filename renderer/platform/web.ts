import type { AppInfo } from '@shared/ipc/contract';
import { saveFileRequestSchema } from '@shared/ipc/contract';
import type { Platform } from '@renderer/platform/platform';

export function createWebPlatform(version: string, doc: Document = document): Platform {
  const info: AppInfo = { version, dataDir: null, platform: 'web', electron: null };
  return {
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
