import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupBeforeUpdate } from '@main/backups/pre-migration';
import {
  applyBeforeUpdateRestore,
  BeforeUpdateRestoreError,
  requestBeforeUpdateRestore,
  RESTORE_REQUEST_FILE,
} from '@main/backups/restore-before-update';

let userData: string;
let folder: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'tilleul-restore-copy-'));
  folder = join(userData, 'sauvegardes');
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

const LEVELDB = join('app_tilleul_0.indexeddb.leveldb', '000003.log');

/** A profile's database as Chromium leaves it, holding `content`. */
async function database(content: string) {
  const leveldb = join(userData, 'IndexedDB', 'app_tilleul_0.indexeddb.leveldb');
  await rm(join(userData, 'IndexedDB'), { recursive: true, force: true });
  await mkdir(leveldb, { recursive: true });
  await writeFile(join(leveldb, '000003.log'), content);
  await writeFile(join(leveldb, 'CURRENT'), 'MANIFEST-000001\n');
}

const at = (iso: string) => () => new Date(iso);

describe('restoring a copy taken before an update', () => {
  it('replaces the database with the copy at the next start, the replaced one kept aside', async () => {
    await database('before the update');
    const copied = await backupBeforeUpdate({
      userData,
      folder,
      signature: 'people@1',
      now: at('2026-07-14T08:00:00Z'),
    });
    if (copied.kind !== 'copied') throw new Error(`not copied: ${copied.kind}`);
    // The update ran and the data changed since.
    await database('after the update');

    await requestBeforeUpdateRestore(userData, folder, copied.name, at('2026-07-15T09:00:00Z'));
    // Nothing changes until the next start: Chromium holds the folder open.
    expect(await readFile(join(userData, 'IndexedDB', LEVELDB), 'utf8')).toBe('after the update');

    const outcome = await applyBeforeUpdateRestore({ userData, folder, now: at('2026-07-15T09:00:05Z') });
    expect(outcome).toEqual({
      kind: 'restored',
      name: copied.name,
      replacedBy: 'IndexedDB-remplacee-2026-07-15T09-00-05Z',
    });
    expect(await readFile(join(userData, 'IndexedDB', LEVELDB), 'utf8')).toBe('before the update');
    expect(
      await readFile(
        join(userData, outcome.kind === 'restored' ? String(outcome.replacedBy) : '', LEVELDB),
        'utf8',
      ),
    ).toBe('after the update');
    // The copy stays whole in the backups' folder; the request is spent; no temp folder left.
    expect(await readFile(join(folder, copied.name, LEVELDB), 'utf8')).toBe('before the update');
    const left = await readdir(userData);
    expect(left).not.toContain(RESTORE_REQUEST_FILE);
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await applyBeforeUpdateRestore({ userData, folder })).toEqual({ kind: 'none' });
  });

  it('refuses what is not a copy of the folder, and never loops on a bad request', async () => {
    await database('now');
    await expect(requestBeforeUpdateRestore(userData, folder, '../IndexedDB')).rejects.toBeInstanceOf(
      BeforeUpdateRestoreError,
    );
    await expect(
      requestBeforeUpdateRestore(userData, folder, 'tilleul-avant-maj-2026-07-14T08-00-00Z'),
    ).rejects.toMatchObject({ reason: 'notFound' });

    // A request whose copy vanished since: the database is left as it is, the request dropped.
    await writeFile(
      join(userData, RESTORE_REQUEST_FILE),
      JSON.stringify({
        name: 'tilleul-avant-maj-2026-07-14T08-00-00Z',
        requestedAt: '2026-07-15T09:00:00.000Z',
      }),
    );
    expect(await applyBeforeUpdateRestore({ userData, folder })).toMatchObject({ kind: 'failed' });
    expect(await readFile(join(userData, 'IndexedDB', LEVELDB), 'utf8')).toBe('now');
    expect(await readdir(userData)).not.toContain(RESTORE_REQUEST_FILE);

    // A damaged request (a path slipped in): dropped, nothing moved.
    await writeFile(join(userData, RESTORE_REQUEST_FILE), '{"name":"../../etc","requestedAt":"hier"}');
    expect(await applyBeforeUpdateRestore({ userData, folder })).toMatchObject({
      kind: 'failed',
      name: null,
    });
    expect(await readFile(join(userData, 'IndexedDB', LEVELDB), 'utf8')).toBe('now');
    expect(await readdir(userData)).not.toContain(RESTORE_REQUEST_FILE);
  });
});
