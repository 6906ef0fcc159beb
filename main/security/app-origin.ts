/**
 * The renderer is served from a custom scheme instead of `file://` (Electron security checklist
 * §18): `file://` pages share one origin with every file on disk, whereas `app://tilleul` is an
 * origin of its own that CSP, permissions and IPC checks can name exactly.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tilleul';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The renderer uses hash routing, so every screen is this one document. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges of the `app` scheme. `standard` gives it a real origin (IndexedDB, the RxDB
 * storage, is keyed by origin and refuses opaque ones); `secure` makes it a secure context, which
 * WebCrypto (PBKDF2 password hashing) and getUserMedia (the check-in scanner) require;
 * `supportFetchAPI` lets the renderer fetch its own assets; `codeCache` only speeds up start.
 * Deliberately absent: `bypassCSP`, `corsEnabled`, `allowServiceWorkers`.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
} as const;

/** Parses without throwing: anything that is not a URL is simply not ours. */
function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True only for URLs of the app's own origin (`app://tilleul/…`), whatever the path. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    parsed.protocol === `${APP_SCHEME}:` &&
    // Chromium lowercases the host of a standard scheme; Node's URL keeps it as typed.
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Same as `isAppUrl`, for APIs that hand us an origin (`app://tilleul`) rather than a URL. */
export function isAppOrigin(origin: string | null | undefined): boolean {
  return origin === APP_ORIGIN || origin === `${APP_ORIGIN}/`;
}
