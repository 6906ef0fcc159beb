import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '@server/cli/run';
import { openEventStream } from '@server/test-support/event-stream';
import { call, enrol } from '@server/test-support/fixtures';
import { SqliteStore } from '@server/storage/sqlite-store';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One real process: the command people run, its JSON line, and a clean stop on SIGTERM. */
describe('tilleul-server serve (real process)', () => {
  let dir = '';
  let orgId = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-serve-'));
    const out: string[] = [];
    await runCli(['init', '--data', dir, '--org', 'Servie', '--json'], {
      stdout: (l) => out.push(l),
      stderr: () => {},
    });
    orgId = (JSON.parse(out[0] as string) as { orgId: string }).orgId;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('listens, serves the API, and stops cleanly on SIGTERM, closing event streams', async () => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        '--tsconfig',
        join(ROOT, 'server/tsconfig.json'),
        join(ROOT, 'server/cli.ts'),
        'serve',
        '--data',
        dir,
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--json',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const line = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0] as string);
      });
      void exited.then((code) => reject(new Error(`serve exited (${code}) before listening: ${stderr}`)));
    });
    const ready = JSON.parse(line) as { ok: boolean; url: string; store: string };
    expect(ready).toMatchObject({
      ok: true,
      store: 'sqlite',
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
    });

    expect(await call(ready.url, 'GET', '/api/v1/health')).toMatchObject({ status: 200, body: { ok: true } });
    // The CLI and the server share the SQLite file: a code made by one enrols through the other.
    const store = SqliteStore.open(dir, { create: false });
    const device = await enrol(ready.url, store, orgId);
    await store.close();
    const stream = await openEventStream(`${ready.url}/api/v1/sync/stream`, device.token);
    expect(await stream.next()).toEqual({ type: 'RESYNC' });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    stream.close();
    expect(stderr).toContain('arrêt demandé');
  }, 30_000);
});
