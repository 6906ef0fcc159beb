import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncDocument } from '@shared/sync/protocol';
import { runCli } from '@server/cli/run';
import { SQLITE_FILE_NAME, SqliteStore } from '@server/storage/sqlite-store';
import { enrol, schemaHeaderFor } from '@server/test-support/fixtures';
import { serve } from '@server/test-support/serve-process';

/**
 * A device of another process pushing one document after the other as fast as the server
 * acknowledges them, until SIGTERM; one JSON line per acknowledged push.
 */
const PUSHER = `
const [url, token, schemaJson] = process.argv.slice(1);
const schema = JSON.parse(schemaJson);
let stopped = false;
process.on('SIGTERM', () => { stopped = true; });
for (let n = 0; !stopped; n++) {
  const now = new Date().toISOString();
  const id = 'pushed-' + n;
  const document = { id, createdAt: now, updatedAt: now, updatedBy: 'user-1', deviceId: 'device-1', value: { n }, _deleted: false };
  const sent = Date.now();
  const reply = await fetch(url + '/api/v1/sync/settings/push', {
    method: 'POST',
    headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json', ...schema },
    body: JSON.stringify([{ newDocumentState: document }]),
  });
  const body = await reply.text();
  if (reply.status !== 200) { console.error(reply.status, body); process.exit(1); }
  console.log(JSON.stringify({ id, sent, acked: Date.now() }));
}
`;

interface Ack {
  id: string;
  sent: number;
  acked: number;
}

function startPusher(url: string, token: string) {
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', PUSHER, url, token, JSON.stringify(schemaHeaderFor('/sync/settings/push'))],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const acks = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Ack);
  return {
    acks,
    /** Resolves once `count` more pushes were acknowledged. */
    async waitFor(count: number) {
      const target = acks().length + count;
      while (acks().length < target) {
        if (child.exitCode !== null) throw new Error(`pusher exited: ${err}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      return acks();
    },
  };
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `backup` as people run it, in a process of its own; `onPartial` once its copy has begun. */
function backupProcess(data: string, out: string, onPartial: (pid: number) => void) {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      join(ROOT, 'server/tsconfig.json'),
      join(ROOT, 'server/cli.ts'),
      'backup',
      '--data',
      data,
      '--out',
      out,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const watch = setInterval(() => {
    if (partials(out).length > 0) {
      clearInterval(watch);
      onPartial(child.pid as number);
    }
  }, 2);
  void exited.then(() => clearInterval(watch));
  return exited;
}

const partials = (out: string) =>
  readdirSync(join(out, '..')).filter((name) => name.startsWith(`${out.split('/').pop()}.partial`));

async function cli(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, json: JSON.parse(stdout[0] ?? '{}') as Record<string, unknown>, stderr };
}

async function everything(store: SqliteStore, orgId: string): Promise<SyncDocument[]> {
  const page = await store.pull(orgId, 'settings', 0, 1_000_000);
  return page.documents;
}

describe('server backup (SQLite) while a device keeps pushing', () => {
  let dir = '';
  let orgId = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-backup-'));
    const init = await cli('init', '--data', join(dir, 'data'), '--org', 'Sauvegardée', '--json');
    orgId = String(init.json.orgId);
    // About 24 MB of documents: the old page-by-page backup needed some 60 steps, and restarted
    // from the first page whenever another connection committed between two of them.
    const store = SqliteStore.open(join(dir, 'data'), { create: false });
    const pad = 'x'.repeat(8000);
    for (let batch = 0; batch < 3; batch++) {
      await store.push(
        orgId,
        'settings',
        Array.from({ length: 1000 }, (_, n) => {
          const now = new Date().toISOString();
          const id = `seed-${batch}-${n}`;
          return {
            newDocumentState: {
              id,
              createdAt: now,
              updatedAt: now,
              updatedBy: 'u',
              deviceId: 'd',
              value: { pad },
              _deleted: false,
            },
          };
        }),
      );
    }
    await store.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('completes under continuous writes; the restored copy is the database as of one commit', async () => {
    const data = join(dir, 'data');
    const server = await serve(data);
    const writer = SqliteStore.open(data, { create: false });
    const device = await enrol(server.url, writer, orgId);
    await writer.close();
    const pusher = startPusher(server.url, device.token);
    try {
      await pusher.waitFor(20);
      const acknowledgedBefore = pusher.acks().map((ack) => ack.id);
      const out = join(dir, 'copy.sqlite');
      const started = Date.now();
      const backup = await cli('backup', '--data', data, '--out', out, '--json');
      const finished = Date.now();
      expect(backup).toMatchObject({ code: 0, json: { ok: true, out } });
      await pusher.waitFor(20);
      const acks = await pusher.stop();
      // The device really pushed while the copy was taken (each push is a commit).
      expect(acks.filter((ack) => ack.acked > started && ack.sent < finished).length).toBeGreaterThan(0);
      expect(readdirSync(dir).filter((name) => name.includes('.partial'))).toEqual([]);

      // Restore: the copy becomes the database of a new data folder.
      const restoredDir = join(dir, 'restored');
      mkdirSync(restoredDir);
      copyFileSync(out, join(restoredDir, SQLITE_FILE_NAME));
      const restored = SqliteStore.open(restoredDir, { create: false });
      const live = SqliteStore.open(data, { create: false });
      try {
        const copy = await everything(restored, orgId);
        const now = await everything(live, orgId);
        const copySeq = (await restored.pull(orgId, 'settings', 0, 1_000_000)).seq;
        // Nothing acknowledged before the backup started is missing; every seed is there.
        const ids = new Set(copy.map((doc) => doc.id));
        for (const id of acknowledgedBefore) expect(ids.has(id), id).toBe(true);
        expect(copy.filter((doc) => doc.id.startsWith('seed-'))).toHaveLength(3000);
        // Nothing is ever changed here, only added: the copy is exactly the live database's
        // documents up to its last sequence, in the same order, with the same sequences.
        expect(copy).toEqual(now.slice(0, copy.length));
        expect(now.length).toBeGreaterThan(copy.length);
        expect((await live.pull(orgId, 'settings', 0, copy.length)).seq).toBe(copySeq);
        // The association's counter in the copy matches its last document: a push to the
        // restored server continues the sequence after it.
        const next = await restored.push(orgId, 'settings', [
          { newDocumentState: { ...(copy[0] as SyncDocument), id: 'after-restore' } },
        ]);
        expect(next.lastSeq).toBe(copySeq + 1);
      } finally {
        await restored.close();
        await live.close();
      }
    } finally {
      await pusher.stop();
      await server.stop();
    }
  }, 120_000);

  it('is not restarted by commits of another connection: every turn of the event loop commits', async () => {
    const data = join(dir, 'data');
    // Another connection in this process commits at every turn of the event loop, so between
    // any two steps of a page-by-page copy (which then starts over, forever).
    const writer = SqliteStore.open(data, { create: false });
    let stopped = false;
    let commits = 0;
    const tick = (): void => {
      if (stopped) return;
      const now = new Date().toISOString();
      const document = {
        id: `tick-${commits}`,
        createdAt: now,
        updatedAt: now,
        updatedBy: 'u',
        deviceId: 'd',
        value: {},
        _deleted: false,
      };
      void writer.push(orgId, 'settings', [{ newDocumentState: document }]).then(() => {
        commits += 1;
        setImmediate(tick);
      });
    };
    tick();
    try {
      const out = join(dir, 'busy.sqlite');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 20_000));
      const outcome = await Promise.race([cli('backup', '--data', data, '--out', out, '--json'), timeout]);
      expect(outcome).toMatchObject({ code: 0 });
      expect(commits).toBeGreaterThan(0);
    } finally {
      stopped = true;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await writer.close();
    }
  }, 60_000);

  it('removes what a killed backup left, and leaves nothing behind when it fails', async () => {
    const data = join(dir, 'data');
    const out = join(dir, 'again.sqlite');
    // A process id that no longer runs: a child that has exited.
    const gone = spawn(process.execPath, ['-e', '']);
    const pid = gone.pid as number;
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(`${out}.partial-${pid}`, 'half a copy');
    writeFileSync(`${out}.partial-${pid}-journal`, 'its journal');
    writeFileSync(`${out}.partial-${process.pid}-keep`, 'not a leftover of ours');
    expect((await cli('backup', '--data', data, '--out', out, '--json')).code).toBe(0);
    expect(existsSync(`${out}.partial-${pid}`)).toBe(false);
    expect(existsSync(`${out}.partial-${pid}-journal`)).toBe(false);
    expect(existsSync(out)).toBe(true);

    // The copy cannot take the name asked for (a folder is there): it is removed, not left.
    const blocked = join(dir, 'blocked');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'a-file'), '');
    const failed = await cli('backup', '--data', data, '--out', blocked, '--json');
    expect(failed).toMatchObject({ code: 1, json: { ok: false } });
    expect(readdirSync(dir).filter((name) => name.startsWith('blocked'))).toEqual(['blocked']);
  }, 60_000);

  it('leaves no partial file when stopped mid-copy by Ctrl+C or SIGTERM', async () => {
    const data = join(dir, 'data');
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const out = join(dir, `stopped-${signal}.sqlite`);
      const exit = await backupProcess(data, out, (pid) => process.kill(pid, signal));
      // Stopped during the copy, not after it: no backup, the process ended by the signal.
      expect(existsSync(out), signal).toBe(false);
      expect(exit.code === 0, signal).toBe(false);
      for (let waited = 0; partials(out).length > 0 && waited < 5000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(partials(out), signal).toEqual([]);
    }
  }, 60_000);
});
