import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '@server/http/app';
import { SqliteStore } from '@server/storage/sqlite-store';
import { call } from '@server/test-support/fixtures';

describe('web build served by the sync server', () => {
  let dir = '';
  let store: SqliteStore;
  let app: FastifyInstance;
  let base = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-web-'));
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Tilleul</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log("tilleul")');
    // What must never be served: dotfiles, a dot folder, a link out of the build.
    writeFileSync(join(web, '.secret'), 'SECRET-DOTFILE');
    writeFileSync(join(web, 'assets', '.env'), 'SECRET-ENV');
    mkdirSync(join(web, '.git'));
    writeFileSync(join(web, '.git', 'config'), 'SECRET-GIT');
    writeFileSync(join(dir, 'outside.txt'), 'SECRET-OUTSIDE');
    symlinkSync(join(dir, 'outside.txt'), join(web, 'assets', 'linked.txt'));
    store = SqliteStore.open(join(dir, 'data'), { create: true });
    app = await buildServer({ store, webRoot: web });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the app at / with a strict content security policy', async () => {
    const reply = await call<string>(base, 'GET', '/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>Tilleul</title>');
    const policy = reply.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await call<string>(base, 'GET', '/assets/app.js')).body).toContain('tilleul');
  });

  it('serves only the build’s files: no dotfile, no dot folder, no link, nothing added later', async () => {
    writeFileSync(join(dir, 'web', 'assets', 'late.js'), 'SECRET-LATE');
    for (const path of [
      '/.secret',
      '/%2esecret',
      '/assets/.env',
      '/.git/config',
      '/assets/../.secret',
      '/assets/linked.txt',
      '/assets/late.js',
    ]) {
      const reply = await call<string>(base, 'GET', path);
      expect(String(reply.body), path).not.toContain('SECRET');
      expect(reply.headers.get('content-security-policy'), path).toContain("default-src 'self'");
    }
  });

  it('answers a malformed URL through the one error handler: JSON, security headers, no echo', async () => {
    for (const path of ['/%E0%A4%A', '/api/v1/sync/%zz<script>/pull']) {
      const reply = await call(base, 'GET', path);
      expect(reply.status, path).toBe(400);
      expect(reply.body, path).toMatchObject({ code: 'BAD_REQUEST' });
      expect(JSON.stringify(reply.body)).not.toMatch(/%E0|%zz|script/);
      expect(reply.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(reply.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('answers the app’s own routes with index.html, and unknown API paths with JSON', async () => {
    const route = await call<string>(base, 'GET', '/parametres/synchronisation');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<title>Tilleul</title>');
    const api = await call(base, 'GET', '/api/v1/nothing-here');
    expect(api).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });

  it('answers a file the build does not have with a 404, never index.html as a script', async () => {
    for (const path of [
      '/assets/index-0ld.js',
      '/assets/index-0ld.js?v=2',
      '/assets/style.css',
      '/icons/x.png',
    ]) {
      const reply = await call(base, 'GET', path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers.get('content-type'), path).toMatch(/^application\/json/);
    }
  });

  it('without a web build, answers / with a JSON 404', async () => {
    const bare = await buildServer({ store, webRoot: join(dir, 'missing') });
    const url = await bare.listen({ port: 0, host: '127.0.0.1' });
    try {
      expect(await call(url, 'GET', '/')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    } finally {
      await bare.close();
    }
  });
});
