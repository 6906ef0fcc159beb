import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_VERSION } from '@server/version';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The packaged `tilleul-server` bin: build/bundle-server.mjs run as `npm run build:server` does,
 * into a temporary folder, then the bundle run by plain Node (no tsx, no TypeScript). Its only
 * run-time dependencies (better-sqlite3, pg) come from the project's node_modules, as they do
 * for an installed package, through NODE_PATH since the bundle sits outside the project here.
 */
describe('tilleul-server bundle (dist/server/cli.cjs)', () => {
  let dir = '';
  let bundle = '';
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
  const cli = async (...args: string[]) => {
    const { stdout } = await run(process.execPath, [bundle, ...args], { cwd: dir, env, timeout: 10_000 });
    return JSON.parse(stdout) as Record<string, unknown>;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-bundle-'));
    bundle = join(dir, 'bin', 'cli.cjs');
    await run(process.execPath, [join(ROOT, 'build/bundle-server.mjs'), '--outfile', bundle], {
      cwd: ROOT,
      timeout: 15_000,
    });
  }, 20_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // What it may require at run time (Node's modules, better-sqlite3, pg) is checked by the build
  // script itself, from esbuild's metafile: the build above would have failed otherwise.
  it('is one executable CommonJS file with a node shebang', () => {
    const text = readFileSync(bundle, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bundle).mode & 0o111).not.toBe(0);
  });

  it('runs init and devices with --json on a new data folder', async () => {
    const data = join(dir, 'data');
    const init = await cli('init', '--data', data, '--org', 'Essai', '--json');
    expect(init).toMatchObject({
      ok: true,
      name: 'Essai',
      scope: 'office',
      orgId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      code: expect.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/),
    });
    expect(await cli('devices', '--data', data, '--json')).toEqual({ ok: true, devices: [] });
    const invite = await cli(
      'invite',
      '--data',
      data,
      '--org',
      String(init.orgId),
      '--scope',
      'door',
      '--json',
    );
    expect(invite).toMatchObject({ ok: true, orgId: init.orgId, scope: 'door' });
  });

  it('serves: Fastify and its plugins work bundled, and it knows its version', async () => {
    const data = join(dir, 'data');
    const child = execFile(
      process.execPath,
      [bundle, 'serve', '--data', data, '--port', '0', '--host', '127.0.0.1', '--json'],
      { cwd: dir, env },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('\n')) resolve(stdout.split('\n')[0] as string);
        });
        child.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening`)));
      });
      const { url } = JSON.parse(line) as { url: string };
      const health = await fetch(`${url}/api/v1/health`);
      expect(await health.json()).toEqual({ ok: true, version: SERVER_VERSION, tlsFingerprint: null });
      // An unknown code (403), through @fastify/rate-limit: the enrolment route carries its headers.
      const enrol = await fetch(`${url}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: 'AAAA-BBBB-CCCC', name: 'Essai' }),
      });
      expect(enrol.status).toBe(403);
      expect(enrol.headers.get('x-ratelimit-limit')).not.toBeNull();
    } finally {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
