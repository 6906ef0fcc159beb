import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '@server/http/app';
import { feedHeaders, isFeedFile } from '@server/http/updates';
import { SqliteStore } from '@server/storage/sqlite-store';
import { call } from '@server/test-support/fixtures';

/** A GET with the path sent exactly as written: fetch would resolve `..` and `%2e%2e` itself. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string; contentType: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const request = httpRequest({ host: hostname, port, path, method: 'GET' }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          contentType: String(response.headers['content-type'] ?? ''),
        }),
      );
    });
    request.on('error', fail);
    request.end();
  });
}

const LATEST = 'version: 1.2.0\nfiles:\n  - url: Tilleul-1.2.0-x86_64.AppImage\n';
const ARTEFACT = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));

describe('update feed served by the sync server (/updates/)', () => {
  let dir = '';
  let feed = '';
  let store: SqliteStore;
  let app: FastifyInstance;
  let base = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-updates-'));
    feed = join(dir, 'feed');
    const web = join(dir, 'web');
    mkdirSync(feed);
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Tilleul</title>');
    writeFileSync(join(feed, 'latest-linux.yml'), LATEST);
    writeFileSync(join(feed, 'Tilleul-1.2.0-x86_64.AppImage'), ARTEFACT);
    // What must never be served: a dotfile, a sub-folder, a link out of the feed, its neighbours.
    writeFileSync(join(feed, '.secret'), 'SECRET-DOTFILE');
    mkdirSync(join(feed, 'old'));
    writeFileSync(join(feed, 'old', 'latest.yml'), 'SECRET-SUBFOLDER');
    writeFileSync(join(dir, 'outside.yml'), 'SECRET-OUTSIDE');
    symlinkSync(join(dir, 'outside.yml'), join(feed, 'latest-mac.yml'));
    store = SqliteStore.open(join(dir, 'data'), { create: true });
    app = await buildServer({ store, webRoot: web, updatesRoot: feed });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves latest*.yml as YAML, asked again every time, with the security headers', async () => {
    const reply = await call<string>(base, 'GET', '/updates/latest-linux.yml');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(LATEST);
    expect(reply.headers.get('content-type')).toBe('text/yaml; charset=utf-8');
    expect(reply.headers.get('cache-control')).toBe('no-cache');
    expect(reply.headers.get('etag')).toBeTruthy();
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('serves an artefact whole and by ranges (electron-updater’s differential download)', async () => {
    const whole = await fetch(`${base}/updates/Tilleul-1.2.0-x86_64.AppImage`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('application/octet-stream');
    expect(whole.headers.get('content-length')).toBe(String(ARTEFACT.length));
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer()).equals(ARTEFACT)).toBe(true);
    const part = await fetch(`${base}/updates/Tilleul-1.2.0-x86_64.AppImage`, {
      headers: { range: 'bytes=100-199' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${ARTEFACT.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(ARTEFACT.subarray(100, 200))).toBe(true);
  });

  it('serves a release dropped in the folder while the server runs', async () => {
    writeFileSync(join(feed, 'latest.yml'), 'version: 1.3.0\n');
    const reply = await call<string>(base, 'GET', '/updates/latest.yml');
    expect(reply).toMatchObject({ status: 200, body: 'version: 1.3.0\n' });
  });

  it('refuses path traversal, hidden files, sub-folders and links, with a JSON 404, never the app', async () => {
    for (const path of [
      '/updates/../outside.yml',
      '/updates/%2e%2e/outside.yml',
      '/updates/..%2foutside.yml',
      '/updates/%2e%2e%2foutside.yml',
      '/updates/..%5coutside.yml',
      '/updates/.secret',
      '/updates/%2esecret',
      '/updates/old/latest.yml',
      '/updates/old%2flatest.yml',
      '/updates/latest-mac.yml',
      '/updates/',
      '/updates/missing.yml',
      '/updates/latest.yml%00.txt',
    ]) {
      const reply = await rawGet(base, path);
      expect(reply.body, path).not.toMatch(/SECRET|<title>/);
      expect([400, 403, 404], path).toContain(reply.status);
      expect(reply.contentType, path).toContain('application/json');
    }
  });

  it('checks names without the network: one flat folder of regular files', () => {
    expect(isFeedFile(feed, '/latest-linux.yml')).toBe(true);
    expect(isFeedFile(feed, '/latest-mac.yml')).toBe(false);
    expect(isFeedFile(feed, '/old')).toBe(false);
    expect(isFeedFile(feed, '/%')).toBe(false);
    expect(isFeedFile(feed, '/..')).toBe(false);
    expect(feedHeaders('latest-mac.yml')['cache-control']).toBe('no-cache');
    expect(feedHeaders('Tilleul-Setup-1.2.0.exe')['content-type']).toBe('application/octet-stream');
  });

  it('has no feed without the option', async () => {
    const bare = await buildServer({ store });
    const url = await bare.listen({ port: 0, host: '127.0.0.1' });
    try {
      expect(await call(url, 'GET', '/updates/latest-linux.yml')).toMatchObject({
        status: 404,
        body: { code: 'NOT_FOUND' },
      });
    } finally {
      await bare.close();
    }
  });
});
