import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '@main/security/csp';
import { createAppProtocolHandler } from './app-handler';

let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'tilleul-protocol-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Tilleul</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  // A file next to the build folder that no URL may reach.
  await writeFile(join(base, 'secret.txt'), 'secret');
  handle = createAppProtocolHandler({ rootDir: root });
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('app protocol handler', () => {
  it('serves the entry document with its type and the security policy', async () => {
    const response = await handle(new Request('app://tilleul/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Tilleul</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets', async () => {
    const response = await handle(new Request('app://tilleul/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await handle(new Request('app://tilleul/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 with the policy for a missing file or a directory', async () => {
    for (const url of ['app://tilleul/nope.js', 'app://tilleul/assets']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    }
  });

  it('never reads outside the build folder', async () => {
    const refused = await handle(new Request('app://tilleul/..%2fsecret.txt'));
    expect(refused.status).toBe(403);
    // Literal dot segments are resolved by the URL parser, inside the build folder.
    const normalised = await handle(new Request('app://tilleul/../secret.txt'));
    expect(normalised.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://tilleul/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('reports an unexpected read error as 500 without details', async () => {
    const failing = createAppProtocolHandler({
      rootDir: base,
      readFile: () =>
        Promise.reject(Object.assign(new Error('EACCES: /very/private/path'), { code: 'EACCES' })),
    });
    const response = await failing(new Request('app://tilleul/index.html'));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('');
  });
});
