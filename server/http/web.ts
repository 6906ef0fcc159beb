import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { buildContentSecurityPolicy } from '@shared/security/csp';
import { SYNC_API_PREFIX } from '@shared/sync/protocol';
import { notFoundBody } from '@server/http/error-handler';

/**
 * The same policy as the desktop window (main/security/csp.ts) and the web build's meta tag,
 * sent as a header: a header also covers the files a meta tag cannot (SVG, JSON).
 */
export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy();

const isApi = (url: string) => url === SYNC_API_PREFIX || url.startsWith(`${SYNC_API_PREFIX}/`);

/**
 * Security headers on every response, and CORS on the API: the desktop app runs from its own
 * `app://` origin, so its calls are cross-origin. `*` is safe here because the API authenticates
 * with a bearer token, never a cookie: a page on another site has no credential to borrow.
 */
export function installHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (isApi(request.url)) {
      reply.header('access-control-allow-origin', '*');
      reply.header('cache-control', 'no-store');
    }
  });
  app.options(`${SYNC_API_PREFIX}/*`, async (_request, reply) => {
    reply
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', '600')
      .status(204)
      .send();
  });
}

/** True when `webRoot` holds a web build (its index.html). */
export function hasWebBuild(webRoot: string | undefined): webRoot is string {
  return webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
}

/**
 * The renderer's web build at `/`, same origin as the API, so a phone on the association's
 * Wi-Fi opens the app and enrols with no other setup. Unknown non-API paths get index.html, so
 * the app's own routes survive a reload. Without a build, unknown paths are plain JSON 404s.
 */
export async function installWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<boolean> {
  const serveWeb = hasWebBuild(webRoot);
  if (serveWeb) {
    await app.register(fastifyStatic, { root: resolve(webRoot), wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (serveWeb && !isApi(request.url) && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.status(404).send(notFoundBody());
  });
  return serveWeb;
}
