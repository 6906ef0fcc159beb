import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WriteContext } from '@shared/schema/common';
import { inspectBackup } from '@shared/backup/read';
import { AutoBackupWriter } from '@main/backups/auto-backups';
import { createIpcDispatcher } from '@main/ipc/dispatcher';
import { createIpcHandlers } from '@main/ipc/handlers';
import { createBridge } from '@main/preload-bridge';
import { APP_ENTRY_URL } from '@main/security/app-origin';
import { CertificatePins } from '@main/security/certificate-pins';
import type { TilleulDatabase } from '@renderer/data/database';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { loadDemo } from '@renderer/data/demo/write';
import { backupIfDue } from '@renderer/data/backup/auto';
import { createDesktopBackups } from '@renderer/platform/desktop-backups';

// The renderer's daily backups through the real preload bridge, the real IPC dispatcher with its
// zod contract, and main's writer on a real folder: only Electron's ipcRenderer/ipcMain pair is
// replaced by a direct call (Electron cannot run here).

let folder: string;
let db: TilleulDatabase;
let clock = new Date('2026-07-14T08:00:00Z');
const now = () => clock;

async function desktop(backupsFolder = folder) {
  const writer = new AutoBackupWriter(backupsFolder, now);
  const app = { getVersion: () => '0.1.0', getPath: () => folder };
  const dispatch = createIpcDispatcher(
    createIpcHandlers({
      app,
      dialog: { showSaveDialog: () => Promise.reject(new Error('no dialog')) },
      getWindow: () => null,
      autoBackups: writer,
      pins: await CertificatePins.load(join(folder, 'pins.json')),
    }),
  );
  const bridge = createBridge((channel, ...args) =>
    dispatch(APP_ENTRY_URL, channel.replace(/^tilleul:/, ''), args),
  );
  return createDesktopBackups(bridge);
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tilleul-daily-'));
  clock = new Date('2026-07-14T08:00:00Z');
  db = await createMemoryDatabase();
  const admin: WriteContext = { userId: 'setup', deviceId: 'pc-1', now };
  await loadDemo(db, admin, 'small');
});
afterEach(async () => {
  if (!db.closed) await db.close();
  await rm(folder, { recursive: true, force: true });
});

describe('daily automatic backups on the desktop', () => {
  it('backs up at start when none is a day old, then once a day, each a whole valid backup', async () => {
    const port = await desktop();
    const schedule = { db, port, appVersion: '0.1.0', now };
    expect(await backupIfDue(schedule)).toBe('done');
    expect(await readdir(folder)).toContain('tilleul-auto-2026-07-14T08-00-00Z.tilleul');

    clock = new Date('2026-07-15T07:59:00Z');
    expect(await backupIfDue(schedule)).toBe('notDue');
    clock = new Date('2026-07-15T08:00:00Z');
    expect(await backupIfDue(schedule)).toBe('done');

    const { backups, failure } = await port.list();
    expect(failure).toBeNull();
    expect(backups.map((b) => [b.name, b.kind])).toEqual([
      ['tilleul-auto-2026-07-15T08-00-00Z.tilleul', 'daily'],
      ['tilleul-auto-2026-07-14T08-00-00Z.tilleul', 'daily'],
    ]);
    // Read back through main, chunk by chunk, it validates whole and holds the demo's people.
    const summary = await inspectBackup(port.read('tilleul-auto-2026-07-15T08-00-00Z.tilleul'));
    expect(summary.counts.people).toBe(await db.people.count().exec());
    expect(summary.counts.people).toBeGreaterThan(0);
    expect(summary.encrypted).toBe(false);
  });

  it('shows a failure instead of crashing, and leaves no partial file', async () => {
    // The backups' folder cannot be created: a file stands at its path.
    const blocked = join(folder, 'sauvegardes');
    await writeFile(blocked, 'not a folder');
    const port = await desktop(blocked);
    expect(await backupIfDue({ db, port, appVersion: '0.1.0', now })).toBe('failed');
    expect((await port.list()).failure).toEqual({
      at: '2026-07-14T08:00:00.000Z',
      message: 'errors.ipc.writeFailed',
    });

    // The export itself fails midway (the database closed under it): aborted, reason recorded.
    const working = await desktop();
    await db.close();
    expect(await backupIfDue({ db, port: working, appVersion: '0.1.0', now })).toBe('failed');
    const after = await working.list();
    expect(after.backups).toEqual([]);
    // Not a known error: its own text, which the screen shows as an unexpected error.
    expect(after.failure?.message).toMatch(/count/);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
