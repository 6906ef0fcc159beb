import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoBackupError, AutoBackupWriter } from '@main/backups/auto-backups';
import { autoBackupName, instantOf, rotationPlan } from '@main/backups/rotation';
import { createIpcDispatcher } from '@main/ipc/dispatcher';
import { createIpcHandlers } from '@main/ipc/handlers';
import { CertificatePins } from '@main/security/certificate-pins';
import { AUTO_BACKUP_CHUNK_MAX_BYTES } from '@shared/ipc/contract';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tilleul-auto-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('rotation', () => {
  it('keeps the newest of 7 days, 4 weeks and 12 months, and nothing else', () => {
    // Two backups a day, every day for 500 days up to Tuesday 14 July 2026.
    const end = Date.UTC(2026, 6, 14, 20);
    const names: string[] = [];
    for (let day = 0; day < 500; day++) {
      names.push(autoBackupName(new Date(end - day * 86_400_000)));
      names.push(autoBackupName(new Date(end - day * 86_400_000 - 8 * 3_600_000)));
    }
    const { keep, remove } = rotationPlan([...names, 'notes.txt', 'tilleul-Les-Amis-2026-07-01.tilleul']);
    expect(keep.length + remove.length).toBe(names.length);
    const days = keep.map((name) => instantOf(name)?.toISOString().slice(0, 16));
    // 7 daily (14 → 8 July); 4 weekly: the newest of ISO weeks 29 (14 July) and 28 (12 July),
    // already kept, then 27 (Sunday 5 July) and 26 (28 June); 12 monthly: July (14th, kept),
    // then the last day of each month back to August 2025.
    expect(days).toEqual([
      '2026-07-14T20:00',
      '2026-07-13T20:00',
      '2026-07-12T20:00',
      '2026-07-11T20:00',
      '2026-07-10T20:00',
      '2026-07-09T20:00',
      '2026-07-08T20:00',
      '2026-07-05T20:00',
      '2026-06-30T20:00',
      '2026-06-28T20:00',
      '2026-05-31T20:00',
      '2026-04-30T20:00',
      '2026-03-31T20:00',
      '2026-02-28T20:00',
      '2026-01-31T20:00',
      '2025-12-31T20:00',
      '2025-11-30T20:00',
      '2025-10-31T20:00',
      '2025-09-30T20:00',
      '2025-08-31T20:00',
    ]);
    expect(remove).not.toContain('notes.txt');
  });
});

describe('automatic backups on disk', () => {
  it('writes chunk by chunk into a hidden temp file, then the final name at once', async () => {
    const writer = new AutoBackupWriter(folder, () => new Date('2026-07-14T02:00:00Z'));
    const id = await writer.begin();
    await writer.append(id, new TextEncoder().encode('{"format":'));
    expect((await readdir(folder)).filter((n) => !n.startsWith('.'))).toEqual([]);
    await writer.append(id, new TextEncoder().encode('"tilleul-backup"}\n'));
    const { path } = await writer.finish(id);
    expect(path).toBe(join(folder, 'tilleul-auto-2026-07-14T02-00-00Z.tilleul'));
    expect(await readFile(path, 'utf8')).toBe('{"format":"tilleul-backup"}\n');
    expect(await readdir(folder)).toEqual(['tilleul-auto-2026-07-14T02-00-00Z.tilleul']);
    await expect(writer.append(id, new Uint8Array(1))).rejects.toBeInstanceOf(AutoBackupError);
  });

  it('rotates after each backup, and leaves no temp file after an abort or a crash', async () => {
    await writeFile(join(folder, autoBackupName(new Date('2026-07-14T01:00:00Z'))), 'older, same day');
    await writeFile(join(folder, '.3f1c2a4e-1111-4222-8333-444455556666.tmp'), 'a crash');
    const writer = new AutoBackupWriter(folder, () => new Date('2026-07-14T02:00:00Z'));
    expect(await writer.removeLeftovers()).toHaveLength(1);
    const aborted = await writer.begin();
    await writer.append(aborted, new Uint8Array(10));
    await writer.abort(aborted);
    const id = await writer.begin();
    await writer.append(id, new Uint8Array(10));
    const { removed } = await writer.finish(id);
    expect(removed).toEqual(['tilleul-auto-2026-07-14T01-00-00Z.tilleul']);
    expect(await readdir(folder)).toEqual(['tilleul-auto-2026-07-14T02-00-00Z.tilleul']);
  });
});

describe('the list and the read-back for a restore', () => {
  it('lists each kept backup with why it is kept, its size, and the last failure until one works', async () => {
    // 10 days of one backup a day up to Tuesday 14 July 2026.
    for (let day = 0; day < 10; day++) {
      const at = new Date(Date.UTC(2026, 6, 14 - day, 2));
      await writeFile(join(folder, autoBackupName(at)), 'x'.repeat(day + 1));
    }
    const writer = new AutoBackupWriter(folder, () => new Date('2026-07-14T09:00:00Z'));
    const { backups, failure } = await writer.list();
    expect(failure).toBeNull();
    expect(backups.map((b) => `${b.at.slice(0, 10)} ${b.kind} ${b.bytes}`)).toEqual([
      '2026-07-14 daily 1',
      '2026-07-13 daily 2',
      '2026-07-12 daily 3',
      '2026-07-11 daily 4',
      '2026-07-10 daily 5',
      '2026-07-09 daily 6',
      '2026-07-08 daily 7',
      // 6 and 7 July are neither among the last 7 days nor their week's newest (12 July is):
      // the next rotation removes them. Sunday 5 July is the newest of ISO week 27.
      '2026-07-05 weekly 10',
    ]);

    const id = await writer.begin();
    await writer.abort(id, 'backup.errors.truncated');
    expect((await writer.list()).failure).toEqual({
      at: '2026-07-14T09:00:00.000Z',
      message: 'backup.errors.truncated',
    });
    const next = await writer.begin();
    await writer.append(next, new Uint8Array(3));
    await writer.finish(next);
    expect((await writer.list()).failure).toBeNull();
  });

  it('remembers the last failure across a restart, until a backup works', async () => {
    const statePath = join(folder, 'state', 'sauvegardes-etat.json');
    const backups = join(folder, 'sauvegardes');
    const first = new AutoBackupWriter(backups, () => new Date('2026-07-14T09:00:00Z'), statePath);
    await first.loadState();
    expect((await first.list()).failure).toBeNull();
    const id = await first.begin();
    await first.abort(id, 'errors.ipc.diskFull');
    await first.flushed();

    // The app quits and starts again: a new writer on the same state file.
    const second = new AutoBackupWriter(backups, () => new Date('2026-07-15T09:00:00Z'), statePath);
    expect((await second.list()).failure).toBeNull();
    await second.loadState();
    expect((await second.list()).failure).toEqual({
      at: '2026-07-14T09:00:00.000Z',
      message: 'errors.ipc.diskFull',
    });
    const next = await second.begin();
    await second.append(next, new Uint8Array(3));
    await second.finish(next);
    await second.flushed();
    const third = new AutoBackupWriter(backups, () => new Date('2026-07-16T09:00:00Z'), statePath);
    await third.loadState();
    expect((await third.list()).failure).toBeNull();
    expect(JSON.parse(await readFile(statePath, 'utf8'))).toEqual({ failure: null });

    // A damaged state file is not a failure of the app: nothing remembered.
    await writeFile(statePath, '{"failure": {"at": "hier", "message": 12}}');
    const fourth = new AutoBackupWriter(backups, undefined, statePath);
    await fourth.loadState();
    expect((await fourth.list()).failure).toBeNull();
  });

  it('reads a backup back in chunks, and nothing outside the folder', async () => {
    const name = autoBackupName(new Date('2026-07-14T02:00:00Z'));
    const content = new Uint8Array(AUTO_BACKUP_CHUNK_MAX_BYTES + 10).map((_, i) => i % 251);
    await writeFile(join(folder, name), content);
    const writer = new AutoBackupWriter(folder);
    const first = await writer.read(name, 0);
    expect(first.byteLength).toBe(AUTO_BACKUP_CHUNK_MAX_BYTES);
    const second = await writer.read(name, first.byteLength);
    expect([...second]).toEqual([...content.subarray(AUTO_BACKUP_CHUNK_MAX_BYTES)]);
    expect((await writer.read(name, content.byteLength)).byteLength).toBe(0);
    await expect(writer.read('../pins.json', 0)).rejects.toBeInstanceOf(AutoBackupError);
    await expect(writer.read(autoBackupName(new Date('2020-01-01T00:00:00Z')), 0)).rejects.toMatchObject({
      reason: 'notFound',
    });
  });
});

describe('automatic backups over IPC', () => {
  const app = { getVersion: () => '0.1.0', getPath: () => folder };
  const dialog = { showSaveDialog: () => Promise.reject(new Error('no dialog for automatic backups')) };
  const APP = 'app://tilleul/index.html#/';

  it('streams a backup through the validated channels into the folder', async () => {
    const writer = new AutoBackupWriter(folder, () => new Date('2026-07-14T02:00:00Z'));
    const pins = await CertificatePins.load(join(folder, 'pins.json'));
    const dispatch = createIpcDispatcher(
      createIpcHandlers({ app, dialog, getWindow: () => null, autoBackups: writer, pins }),
    );
    const begun = await dispatch(APP, 'autoBackupBegin', []);
    if (!begun.ok) throw new Error('begin failed');
    const { id } = begun.value as { id: string };
    expect(await dispatch(APP, 'autoBackupChunk', [{ id, data: new TextEncoder().encode('abc') }])).toEqual({
      ok: true,
      value: null,
    });
    // Not bytes, too many bytes, an unknown id, from a page that is not the app: refused.
    expect(await dispatch(APP, 'autoBackupChunk', [{ id, data: 'abc' }])).toMatchObject({
      ok: false,
      error: { code: 'BAD_PAYLOAD' },
    });
    const huge = new Uint8Array(AUTO_BACKUP_CHUNK_MAX_BYTES + 1);
    expect(await dispatch(APP, 'autoBackupChunk', [{ id, data: huge }])).toMatchObject({
      ok: false,
      error: { code: 'BAD_PAYLOAD', message: 'errors.ipc.fileTooLarge' },
    });
    const stranger = '3f1c2a4e-1111-4222-8333-444455556666';
    expect(await dispatch(APP, 'autoBackupFinish', [{ id: stranger }])).toMatchObject({
      ok: false,
      error: { code: 'WRITE_FAILED', message: 'errors.ipc.writeFailed' },
    });
    expect(await dispatch('https://example.org/', 'autoBackupFinish', [{ id }])).toMatchObject({ ok: false });
    expect(await dispatch(APP, 'autoBackupFinish', [{ id }])).toEqual({
      ok: true,
      value: { path: join(folder, 'tilleul-auto-2026-07-14T02-00-00Z.tilleul'), removed: 0 },
    });
    expect(await readFile(join(folder, 'tilleul-auto-2026-07-14T02-00-00Z.tilleul'), 'utf8')).toBe('abc');

    const listed = await dispatch(APP, 'autoBackupList', []);
    expect(listed).toEqual({
      ok: true,
      value: {
        backups: [
          {
            name: 'tilleul-auto-2026-07-14T02-00-00Z.tilleul',
            at: '2026-07-14T02:00:00.000Z',
            kind: 'daily',
            bytes: 3,
          },
        ],
        failure: null,
      },
    });
    const read = await dispatch(APP, 'autoBackupRead', [
      { name: 'tilleul-auto-2026-07-14T02-00-00Z.tilleul', offset: 1 },
    ]);
    expect(read.ok && new TextDecoder().decode(read.value as Uint8Array)).toBe('bc');
    expect(await dispatch(APP, 'autoBackupRead', [{ name: '../../.ssh/id_rsa', offset: 0 }])).toMatchObject({
      ok: false,
      error: { code: 'BAD_PAYLOAD' },
    });
    // A renderer's failure, explained, is what the settings screen shows next.
    const again = await dispatch(APP, 'autoBackupBegin', []);
    const failedId = again.ok ? (again.value as { id: string }).id : '';
    await dispatch(APP, 'autoBackupAbort', [{ id: failedId, reason: 'backup.errors.truncated' }]);
    const after = await dispatch(APP, 'autoBackupList', []);
    expect(after.ok && (after.value as { failure: unknown }).failure).toMatchObject({
      message: 'backup.errors.truncated',
    });
  });
});
