import { isAppUrl } from './app-origin';

/**
 * A window may only ever show the app itself. Links to the outside world (the association's
 * website, a help page) will be opened by main in the system browser through an explicit IPC
 * call, never by letting the renderer navigate: a page from the internet inside this window
 * would inherit the preload bridge.
 */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** `window.open` and `target="_blank"` never create a window: the app has exactly one. */
export const WINDOW_OPEN_DENIED = { action: 'deny' } as const;
