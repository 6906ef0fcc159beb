import * as nodePath from 'node:path';
import { isAppUrl } from './app-origin';

/**
 * Maps an `app://tilleul/…` URL to a file of the renderer build. The URL comes from the
 * renderer, which we treat as potentially hostile: whatever it asks for, the answer must be a
 * file inside the build folder or a refusal.
 */

export type AppFileResolution =
  | { ok: true; filePath: string; mimeType: string }
  /** 400: malformed URL encoding; 403: a path that tries to leave the build folder; 404: not ours. */
  | { ok: false; status: 400 | 403 | 404 };

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** Unknown types are served as opaque bytes; with `nosniff` they can never run as a script. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[nodePath.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A segment is refused if, once decoded, it could mean anything but a plain name: dot
 * segments, separators of either OS (an encoded `%2f` or `%5c`), a drive or stream colon
 * (`C:`, `file:stream` on NTFS), or control characters. Chromium already removes literal and
 * `%2e` dot segments before we see the URL; this is the second lock, not the only one.
 */
function isPlainSegment(segment: string): boolean {
  return (
    segment !== '' &&
    segment !== '.' &&
    segment !== '..' &&
    !/[/\\:]/.test(segment) &&
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
    !/[\u0000-\u001f\u007f]/.test(segment)
  );
}

export function resolveAppFile(
  url: string,
  rootDir: string,
  path: typeof nodePath.posix = nodePath,
): AppFileResolution {
  if (!isAppUrl(url)) return { ok: false, status: 404 };
  const { pathname } = new URL(url);
  const encodedSegments = pathname === '/' || pathname === '' ? ['index.html'] : pathname.slice(1).split('/');

  const segments: string[] = [];
  for (const encoded of encodedSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { ok: false, status: 400 };
    }
    // An empty segment is `//` or a trailing `/`: a directory listing we never serve.
    if (segment === '') return { ok: false, status: 404 };
    if (!isPlainSegment(segment)) return { ok: false, status: 403 };
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, filePath, mimeType: mimeTypeFor(filePath) };
}
