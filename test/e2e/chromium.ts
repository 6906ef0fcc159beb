import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, never a browser downloaded by Playwright (`playwright install` cannot run
 * on the build machines). As root it needs --no-sandbox; the next flags keep it off the network.
 *
 * The last one keeps Chromium's own address-bar suggestions window from loading: since Chromium
 * 15x it is a WebUI page (`chrome://omnibox-popup.top-chrome/`, some 400 modules) that every
 * launch loads in a renderer process of its own, headless too. A trace of the app's start
 * (`--trace-startup`) found it running 1.3–2.9 s of its thread in the first seconds, on a
 * machine of 2 cores the app's start shares with it. The app never has it: Electron has no
 * address bar, and a door's phone opens Tilleul in a browser already running. Either feature
 * alone left a page loading.
 */
export function chromiumLaunchOptions() {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium introuvable à ${executablePath}. Installez-le (Debian : apt-get install -y chromium) ` +
        'ou indiquez son chemin dans la variable CHROMIUM_PATH.',
    );
  }
  return {
    executablePath,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      // Chromium's own address-bar suggestions page, loaded at every launch (above).
      '--disable-features=WebUIOmniboxAimPopup,WebUIOmniboxPopup',
    ],
  };
}
