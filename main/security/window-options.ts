import type { BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowOptionsInput {
  /** Absolute path of the bundled preload (`dist/main/preload.cjs`). */
  preloadPath: string;
}

/**
 * The one window of the app, configured along Electron's security checklist. Each preference
 * is spelled out even where it matches Electron's default, so a future default change or a
 * careless edit shows up in the test beside this file.
 */
export function mainWindowOptions({ preloadPath }: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Tilleul',
    // Fits a 1366×768 club laptop with the taskbar; the dense back-office screens need the width.
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on `ready-to-show`, so nobody sees a blank white frame on a slow PC.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Dropping a file on the window must not navigate away from the app.
      navigateOnDragDrop: false,
      // A hostile page cannot lock the user in a loop of alert() dialogs.
      safeDialogs: true,
    },
  };
}
