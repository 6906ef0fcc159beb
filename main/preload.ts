import { contextBridge, ipcRenderer } from 'electron';
import { createBridge, MENU } from '@main/preload-bridge';

// Sandboxed preloads may only require 'electron': build/bundle-main.mjs inlines the rest and
// refuses to emit a preload that needs any other module.
contextBridge.exposeInMainWorld(
  'tilleul',
  createBridge(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (listener) => {
      const forward = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(MENU, forward);
      return () => void ipcRenderer.off(MENU, forward);
    },
  ),
);
