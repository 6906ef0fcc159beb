import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, never a browser downloaded by Playwright (`playwright install` cannot run
 * on the build machines). As root it needs --no-sandbox; the other flags keep it off the network.
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
    ],
  };
}
