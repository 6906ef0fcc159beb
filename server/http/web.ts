import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFoundBody } from '@server/http/error-handler';
import { SCHEMA_VERSION_HEADER, SYNC_API_PREFIX } from '@shared/sync/protocol';
import { isApi, securityHeaders } from '@server/http/security-headers';
import { UPDATES_PREFIX } from '@server/http/updates';

/** Security headers on every response (`securityHeaders`), and the API's CORS preflight. */
export function installHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.headers(securityHeaders(request.url));
  });
  app.options(`${SYNC_API_PREFIX}/*`, async (_request, reply) => {
    reply
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', `authorization, content-type, ${SCHEMA_VERSION_HEADER}`)
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
 * The files of the build, as URL paths (`/assets/app.js`), listed once at start-up: regular
 * files only, none whose name or folder starts with a dot (`.env`, `.git/`), no symbolic link
 * (it could lead out of the folder). Whatever is added to the folder later is not served.
 */
export function buildFiles(webRoot: string): Set<string> {
  const files = new Set<string>();
  const pending = [''];
  while (pending.length > 0) {
    const folder = pending.pop() as string;
    for (const entry of readdirSync(join(webRoot, folder), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.add(path);
    }
  }
  return files;
}

/**
 * A path whose last segment has an extension (`/assets/index-3f2a.js`) asks for a file: one the
 * build does not have (replaced since the server started, or never there) is a 404, not
 * index.html — a page would otherwise run HTML as its script and wait on its start screen forever.
 */
function looksLikeFile(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return /\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * The renderer's web build at `/`, same origin as the API, so a phone on the association's
 * Wi-Fi opens the app and enrols with no other setup. Only the build's own files are served
 * (`buildFiles`); unknown non-API paths that do not name a file get index.html, so the app's own
 * routes survive a reload. Without a build, unknown paths are plain JSON 404s.
 */
export async function installWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<boolean> {
  const serveWeb = hasWebBuild(webRoot);
  if (serveWeb) {
    const root = resolve(webRoot);
    const files = buildFiles(root);
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      index: ['index.html'],
      dotfiles: 'ignore',
      serveDotFiles: false,
      // `sendFile('index.html')` asks without the leading slash.
      allowedPath: (pathname) =>
        pathname === '/' || files.has(pathname.startsWith('/') ? pathname : `/${pathname}`),
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const appRoute =
      !isApi(request.url) && !request.url.startsWith(UPDATES_PREFIX) && !looksLikeFile(request.url);
    if (serveWeb && appRoute && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return reply.status(404).send(notFoundBody());
  });
  return serveWeb;
}
