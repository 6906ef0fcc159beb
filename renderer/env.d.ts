import type { TilleulBridge } from '@shared/ipc/contract';

declare global {
  /** Injected by Vite from package.json. */
  const __APP_VERSION__: string;
  interface Window {
    /** Present only in the desktop app (exposed by main/preload.ts). */
    tilleul?: TilleulBridge;
  }
}
