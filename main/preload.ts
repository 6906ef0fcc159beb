import { contextBridge, ipcRenderer } from 'electron';
import { createBridge, MENU, MENU_LISTENING } from '@main/preload-bridge';

// Sandboxed preloads may only require 'electron': build/bundle-main.mjs inlines the rest and
// refuses to emit a preload that needs any other module.
contextBridge.exposeInMainWorld(
  'tilleul',
  createBridge(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (listener) => {
      const forward = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(MENU, forward);
      // Main holds a command chosen before this point and sends it now (menu/command-relay.ts).
      ipcRenderer.send(MENU_LISTENING, true);
      return () => {
        ipcRenderer.off(MENU, forward);
        ipcRenderer.send(MENU_LISTENING, false);
      };
    },
  ),
);
