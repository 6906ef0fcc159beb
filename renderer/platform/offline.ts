/**
 * Whether this device can open Tilleul with no network, and keep its data.
 *
 * - The app shell: in a browser, a service worker keeps the web build so that a reload or a
 *   restarted browser opens Tilleul offline. Browsers allow one only on secure origins (https,
 *   localhost): a phone opening `http://192.168.1.20:8787/` gets none, and must not reload
 *   without network. The desktop app carries its files with it.
 * - The data: browsers may clear a site's storage under pressure unless it is made persistent
 *   (Safari on iPhone also clears sites unused for a week). Tilleul asks; the answer is shown.
 */
export type AppShellState = 'desktop' | 'kept' | 'insecure-origin' | 'unsupported' | 'failed';
export type StorageState = 'persistent' | 'may-be-cleared' | 'unknown';

export interface OfflineReadiness {
  appShell: AppShellState;
  storage: StorageState;
}

export const DESKTOP_READINESS: OfflineReadiness = { appShell: 'desktop', storage: 'persistent' };

interface BrowserFacts {
  secureContext: boolean;
  storage?: Pick<StorageManager, 'persist' | 'persisted'>;
  hasServiceWorker: boolean;
  /** Registers the build's service worker; resolves once it is registered (not yet active). */
  register: () => Promise<void>;
}

async function askPersistence(storage: BrowserFacts['storage']): Promise<StorageState> {
  if (!storage?.persist) return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'may-be-cleared';
  } catch {
    return 'unknown';
  }
}

async function keepAppShell(facts: BrowserFacts): Promise<AppShellState> {
  if (!facts.secureContext) return 'insecure-origin';
  if (!facts.hasServiceWorker) return 'unsupported';
  try {
    await facts.register();
    return 'kept';
  } catch {
    return 'failed';
  }
}

export async function prepareOffline(facts: BrowserFacts): Promise<OfflineReadiness> {
  const [appShell, storage] = await Promise.all([keepAppShell(facts), askPersistence(facts.storage)]);
  return { appShell, storage };
}
