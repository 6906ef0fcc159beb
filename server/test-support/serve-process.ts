import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Served {
  url: string;
  /** SHA-256 of the certificate in https (`--https`, `--cert`), else null. */
  fingerprint: string | null;
  /** Sends SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
  stderr(): string;
}

/** `serve --data DIR --port 0 --host 127.0.0.1 --json …`, as people run it; resolves once listening. */
export async function serve(dir: string, ...extra: string[]): Promise<Served> {
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
      ...extra,
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
  const ready = JSON.parse(line) as { ok: boolean; url: string; store: string; fingerprint: string | null };
  expect(ready).toMatchObject({
    ok: true,
    store: 'sqlite',
    url: expect.stringMatching(/^https?:\/\/127\.0\.0\.1:\d+$/),
  });
  return {
    url: ready.url,
    fingerprint: ready.fingerprint,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
    stderr: () => stderr,
  };
}
