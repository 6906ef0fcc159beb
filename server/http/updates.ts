import { lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where the desktop app's update feed lives on the server (electron-updater's generic provider). */
export const UPDATES_PREFIX = '/updates/';

/**
 * The names the feed serves: what electron-builder writes (`latest.yml`, `latest-linux.yml`,
 * `Tilleul-Setup-1.2.0.exe`, `….blockmap`) and the release signatures beside them (`….sig`):
 * one flat folder, no sub-folder, nothing hidden, no `..`.
 */
const FEED_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;

/**
 * True when `pathname` (`/latest.yml`, as the static plugin asks) names a regular file directly
 * in `folder`: looked at when asked, since a release is dropped in while the server runs, and
 * never through a symbolic link (it could lead out of the folder).
 */
export function isFeedFile(folder: string, pathname: string): boolean {
  let name: string;
  try {
    name = decodeURIComponent(pathname.replace(/^\/+/, ''));
  } catch {
    return false;
  }
  if (!FEED_NAME.test(name) || name.includes('..')) return false;
  const path = join(folder, name);
  if (resolve(path) !== resolve(folder, name)) return false;
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

/** `latest*.yml` tells what is current: always asked again. Artefacts carry their version. */
export function feedHeaders(name: string): Record<string, string> {
  if (/^latest[A-Za-z0-9-]*\.yml$/.test(name)) {
    return { 'content-type': 'text/yaml; charset=utf-8', 'cache-control': 'no-cache' };
  }
  return { 'content-type': 'application/octet-stream', 'cache-control': 'public, max-age=86400' };
}

/**
 * Serves the update feed from `folder` at `/updates/` (issue 20): a club with its own server
 * updates its desktops from the local network. Range requests work (electron-updater downloads
 * only the changed blocks of a new version). Whether an update may be installed is decided by
 * the app (the release signature), never by this route.
 */
export async function installUpdateFeed(app: FastifyInstance, folder: string): Promise<void> {
  const root = resolve(folder);
  await app.register(fastifyStatic, {
    root,
    prefix: UPDATES_PREFIX,
    decorateReply: false,
    wildcard: true,
    index: false,
    list: false,
    dotfiles: 'deny',
    serveDotFiles: false,
    etag: true,
    lastModified: true,
    cacheControl: false,
    contentType: false,
    allowedPath: (pathname) => isFeedFile(root, pathname),
    setHeaders: (reply, path) => {
      reply.headers(feedHeaders(path.slice(path.lastIndexOf('/') + 1)));
    },
  });
}
