import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '@main/preload-bridge';

// Sandboxed preloads may only require 'electron': build/bundle-main.mjs inlines the rest and
// refuses to emit a preload that needs any other module.
contextBridge.exposeInMainWorld(
  'tilleul',
  createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
