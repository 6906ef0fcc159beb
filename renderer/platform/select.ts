import type { Platform } from '@renderer/platform/platform';
import { registerServiceWorker, webUpdate } from '@renderer/platform/service-worker';
import { createWebPlatform } from '@renderer/platform/web';

/**
 * The one place that asks where we run: the preload's bridge exists only on the desktop. The
 * desktop's side, with the IPC contract's schemas, is loaded only there (from the app's own
 * files): a browser's first load does without it (issue 19).
 */
export async function selectPlatform(): Promise<Platform> {
  const bridge = window.tilleul;
  if (!bridge) return createWebPlatform(__APP_VERSION__, registerServiceWorker, document, webUpdate);
  const { createDesktopPlatform } = await import('@renderer/platform/desktop');
  return createDesktopPlatform(bridge);
}
