import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutoBackupWriter } from '@main/backups/auto-backups';
import {
  BEFORE_UPDATE_KEEP,
  backupBeforeUpdate,
  beforeUpdateName,
  schemaSignature,
} from '@main/backups/pre-migration';
import { autoBackupName } from '@main/backups/rotation';
import { collectionSpecs } from '@shared/schema/collections';

let userData: string;
let folder: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'tilleul-profile-'));
  folder = join(userData, 'sauvegardes');
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

/** A profile as Chromium leaves it: the app origin's LevelDB folder, with a lock and logs. */
async function profileDatabase(content: string) {
  const leveldb = join(userData, 'IndexedDB', 'app_tilleul_0.indexeddb.leveldb');
  await mkdir(leveldb, { recursive: true });
  await writeFile(join(leveldb, '000003.log'), content);
  await writeFile(join(leveldb, 'CURRENT'), 'MANIFEST-000001\n');
  await writeFile(join(leveldb, 'LOCK'), '');
  return leveldb;
}

const at = (iso: string) => () => new Date(iso);

describe('the copy of the database before a schema migration', () => {
  it('signs the schemas by every collection and version', () => {
    const signature = schemaSignature(collectionSpecs);
    expect(signature).toContain('people@');
    expect(signature).toContain(`memberships@${collectionSpecs.memberships.version}`);
    const bumped = { ...collectionSpecs, people: { ...collectionSpecs.people, version: 99 } };
    expect(schemaSignature(bumped)).not.toBe(signature);
    expect(schemaSignature({ b: { version: 1 }, a: { version: 0 } })).toBe('a@0,b@1');
  });

  it('copies the whole IndexedDB folder when the schemas changed, once, and then not again', async () => {
    // A new install: nothing to copy, the signature is recorded.
    expect(await backupBeforeUpdate({ userData, folder, signature: 'people@1' })).toEqual({
      kind: 'firstStart',
    });
    await profileDatabase('documents of version 1');
    expect(await backupBeforeUpdate({ userData, folder, signature: 'people@1' })).toEqual({
      kind: 'unchanged',
    });

    const outcome = await backupBeforeUpdate({
      userData,
      folder,
      signature: 'people@2',
      now: at('2026-07-14T08:00:00Z'),
    });
    expect(outcome).toEqual({ kind: 'copied', name: 'tilleul-avant-maj-2026-07-14T08-00-00Z', removed: [] });
    const copy = join(folder, 'tilleul-avant-maj-2026-07-14T08-00-00Z', 'app_tilleul_0.indexeddb.leveldb');
    expect(await readFile(join(copy, '000003.log'), 'utf8')).toBe('documents of version 1');
    expect((await readdir(copy)).sort()).toEqual(['000003.log', 'CURRENT', 'LOCK']);
    expect(await readdir(folder)).toEqual(['tilleul-avant-maj-2026-07-14T08-00-00Z']);
    // The next start with the same schemas copies nothing.
    expect(await backupBeforeUpdate({ userData, folder, signature: 'people@2' })).toEqual({
      kind: 'unchanged',
    });
  });

  it('copies a database whose schemas were never recorded (an install from before this)', async () => {
    await profileDatabase('old install');
    const outcome = await backupBeforeUpdate({
      userData,
      folder,
      signature: 'people@1',
      now: at('2026-07-14T08:00:00Z'),
    });
    expect(outcome.kind).toBe('copied');
  });

  it('keeps the signature unrecorded when the copy fails, so the next start tries again', async () => {
    await backupBeforeUpdate({ userData, folder, signature: 'people@1' });
    await profileDatabase('documents');
    // The backups' folder cannot be created: a file stands at its path.
    await writeFile(folder, 'not a folder');
    const failed = await backupBeforeUpdate({ userData, folder, signature: 'people@2' });
    expect(failed.kind).toBe('failed');
    await rm(folder);
    const retried = await backupBeforeUpdate({
      userData,
      folder,
      signature: 'people@2',
      now: at('2026-07-15T08:00:00Z'),
    });
    expect(retried).toMatchObject({ kind: 'copied', name: 'tilleul-avant-maj-2026-07-15T08-00-00Z' });
  });

  it(`keeps the newest ${BEFORE_UPDATE_KEEP} copies, and lists them with the daily files`, async () => {
    await profileDatabase('12345');
    for (let version = 1; version <= 5; version++) {
      await backupBeforeUpdate({
        userData,
        folder,
        signature: `people@${version}`,
        now: at(`2026-07-1${version}T08:00:00Z`),
      });
    }
    await writeFile(join(folder, autoBackupName(new Date('2026-07-15T09:00:00Z'))), 'a daily backup');
    const names = (await readdir(folder)).sort();
    expect(names).toEqual([
      'tilleul-auto-2026-07-15T09-00-00Z.tilleul',
      beforeUpdateName(new Date('2026-07-13T08:00:00Z')),
      beforeUpdateName(new Date('2026-07-14T08:00:00Z')),
      beforeUpdateName(new Date('2026-07-15T08:00:00Z')),
    ]);
    const writer = new AutoBackupWriter(folder);
    const { backups } = await writer.list();
    expect(backups.map((b) => [b.kind, b.at, b.bytes])).toEqual([
      ['daily', '2026-07-15T09:00:00.000Z', 14],
      // The copy: the LevelDB log (5 bytes), CURRENT (16), LOCK (0).
      ['beforeUpdate', '2026-07-15T08:00:00.000Z', 21],
      ['beforeUpdate', '2026-07-14T08:00:00.000Z', 21],
      ['beforeUpdate', '2026-07-13T08:00:00.000Z', 21],
    ]);
    // A copy is a folder, restored whole; it is never read back as a file.
    await expect(writer.read(beforeUpdateName(new Date('2026-07-15T08:00:00Z')), 0)).rejects.toThrow();
  });
});
