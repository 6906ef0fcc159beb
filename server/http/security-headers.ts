import { buildContentSecurityPolicy } from '@shared/security/csp';
import { SYNC_API_PREFIX } from '@shared/sync/protocol';

/**
 * The same policy as the desktop window (main/security/csp.ts) and the web build's meta tag,
 * sent as a header: a header also covers the files a meta tag cannot (SVG, JSON).
 */
export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy();

export const isApi = (url: string) => url === SYNC_API_PREFIX || url.startsWith(`${SYNC_API_PREFIX}/`);

/**
 * The headers of every response, errors included, and CORS on the API: the desktop app runs
 * from its own `app://` origin, so its calls are cross-origin. `*` is safe here because the API
 * authenticates with a bearer token, never a cookie: a page on another site has no credential
 * to borrow.
 */
export function securityHeaders(url: string): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  if (isApi(url)) {
    headers['access-control-allow-origin'] = '*';
    headers['cache-control'] = 'no-store';
  }
  return headers;
}
