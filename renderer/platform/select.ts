import { createDesktopPlatform } from '@renderer/platform/desktop';
import type { Platform } from '@renderer/platform/platform';
import { registerServiceWorker } from '@renderer/platform/service-worker';
import { createWebPlatform } from '@renderer/platform/web';

/** The one place that asks where we run: the preload's bridge exists only on the desktop. */
export function selectPlatform(): Platform {
  return window.tilleul
    ? createDesktopPlatform(window.tilleul)
    : createWebPlatform(__APP_VERSION__, registerServiceWorker);
}
