import { userId, deviceId } from '@shared/testing/ids';
import { afterEach, describe, expect, it } from 'vitest';
import type { RxCollection, RxStorage } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { collectBytes, fromChunks } from '@shared/backup/bytes';
import { BackupError } from '@shared/backup/errors';
import { makePerson } from '@shared/members/testing';
import { collectionSpecs } from '@shared/schema/collections';
import type { WriteContext } from '@shared/schema/common';
import type { TilleulDatabase } from '@renderer/data/database';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { readAll } from '@renderer/data/read-all';
import { createUser } from '@renderer/data/users/accounts';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard } from '@renderer/data/write-guard';
import { loadDemo } from '@renderer/data/demo/write';
import { backupFileName, exportBackup } from '@renderer/data/backup/export';
import { restoreBackup, resumeRestore } from '@renderer/data/backup/restore';
import { readMarker, stageChunk, writeMarker, chunkId } from '@renderer/data/backup/staging';

const now = () => new Date('2026-01-15T10:00:00.000Z');
const actor = { userId: userId('admin-1'), userName: 'Anne Admin', deviceId: deviceId('pc-2'), now };
const opened: TilleulDatabase[] = [];

async function open(name?: string, storage?: RxStorage<unknown, unknown>) {
  const db = await createMemoryDatabase(name, undefined, storage);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) if (!db.closed) await db.close();
});

/** An association with an admin, the small demo (households, people, memberships, settings) and its journal. */
async function association(): Promise<TilleulDatabase> {
  const db = await open();
  const session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), now);
  const user = await createUser(
    db,
    { userId: userId('setup'), deviceId: deviceId('pc-1'), now },
    { name: 'Anne Admin', role: 'admin', secret: 'motdepasse', confirm: 'motdepasse' },
    { iterations: 100_000 },
  );
  session.set({ id: user.id, name: user.name, role: 'admin' });
  const admin: WriteContext = { userId: user.id, deviceId: deviceId('pc-1'), now };
  await loadDemo(db, admin, 'small');
  return db;
}

async function contents(db: TilleulDatabase) {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const name of Object.keys(collectionSpecs)) {
    const docs = await readAll(
      db.collections[name as keyof typeof collectionSpecs] as unknown as RxCollection<object>,
    );
    out[name] = (docs as Record<string, unknown>[]).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}

const withoutRestoreEntry = (audit: Record<string, unknown>[]) =>
  audit.filter((entry) => !String(entry.detail).startsWith('backup-restore:'));

async function backupOf(db: TilleulDatabase, password?: string) {
  return collectBytes(exportBackup(db, { appVersion: '0.1.0', now: now(), password, iterations: 10_000 }));
}

/**
 * The association's contents and its backup, the database then closed: RxDB's free tier opens at
 * most 13 collections per process, so the fresh database is opened only once this one is closed.
 */
async function backedUp(password?: string) {
  const source = await association();
  const before = await contents(source);
  const file = await backupOf(source, password);
  await source.close();
  return { before, file };
}

describe('backup → restore', () => {
  it('gives identical documents in a fresh database, every collection', async () => {
    const { before, file } = await backedUp();
    expect(before.people?.length).toBeGreaterThan(200);
    expect(before.audit?.length).toBeGreaterThan(200);

    const target = await open();
    const result = await restoreBackup(target, () => fromChunks([file]), { actor });
    expect(result.people).toEqual({ restored: before.people?.length, unchanged: 0, kept: 0 });
    const after = await contents(target);
    expect({ ...after, audit: withoutRestoreEntry(after.audit ?? []) }).toEqual(before);
    expect(after.audit?.filter((e) => String(e.detail).startsWith('backup-restore:'))).toHaveLength(1);
    expect(await readMarker(target)).toBeNull();

    // Restoring the same file again writes nothing: every document is already identical.
    const again = await restoreBackup(target, () => fromChunks([file]), { actor });
    expect(again.people).toEqual({ restored: 0, unchanged: before.people?.length, kept: 0 });
  });

  it('brings back a person deleted since, and keeps a person created since', async () => {
    const db = await association();
    const file = await backupOf(db, 'secret du tilleul');
    const victim = await db.people.findOne().exec();
    await victim?.remove();
    await db.people.insert(makePerson({ id: 'arrivee-depuis', firstName: 'Nina', lastName: 'Nouvelle' }));
    const result = await restoreBackup(db, () => fromChunks([file]), {
      actor,
      password: 'secret du tilleul',
    });
    expect(result.people?.restored).toBe(1);
    const back = await db.people.findOne(victim?.id).exec();
    expect(back?.toJSON()).toEqual(victim?.toJSON());
    expect((await db.people.findOne('arrivee-depuis').exec())?.lastName).toBe('Nouvelle');
  });

  it('writes nothing when the file is wrong anywhere, even in its last line', async () => {
    const source = await association();
    const file = new TextDecoder().decode(await backupOf(source));
    const broken = new TextEncoder().encode(file.replace(/"sha256":"[0-9a-f]{4}/, '"sha256":"0000'));
    const encrypted = await backupOf(source, 'bon mot de passe');
    await source.close();
    const target = await open();
    const error = await restoreBackup(target, () => fromChunks([broken]), { actor }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('checksumMismatch');
    const after = await contents(target);
    expect(Object.values(after).every((docs) => docs.length === 0)).toBe(true);
    expect(await readMarker(target)).toBeNull();

    const wrong = await restoreBackup(target, () => fromChunks([encrypted]), {
      actor,
      password: 'mauvais',
    }).catch((e: unknown) => e);
    expect((wrong as BackupError).code).toBe('wrongPassword');
    expect((await contents(target)).people).toEqual([]);
  });

  it('is finished at the next start when interrupted between collections', async () => {
    const { before, file } = await backedUp();
    const storage = getRxStorageMemory();
    const name = `interrupted-${Date.now()}`;
    const target = await open(name, storage);
    const crash = new Error('tab closed');
    const error = await restoreBackup(target, () => fromChunks([file]), {
      actor,
      afterCollection: (collection) => {
        if (collection === 'households') throw crash;
      },
    }).catch((e: unknown) => e);
    expect(error).toBe(crash);
    // Half-applied at this point: people and households are there, memberships not yet.
    const half = await contents(target);
    expect(half.people).toEqual(before.people);
    expect(half.memberships).toEqual([]);
    await target.close();

    const reopened = await open(name, storage);
    expect((await readMarker(reopened))?.phase).toBe('applying');
    const outcome = await resumeRestore(reopened, deviceId('pc-2'));
    expect(outcome.kind).toBe('finished');
    const after = await contents(reopened);
    expect({ ...after, audit: withoutRestoreEntry(after.audit ?? []) }).toEqual(before);
    expect(await readMarker(reopened)).toBeNull();
    expect(await reopened.getLocal(chunkId('people', 0))).toBeNull();
  });

  it('is undone at the next start when interrupted while staging: nothing applied, nothing left', async () => {
    const storage = getRxStorageMemory();
    const name = `staging-${Date.now()}`;
    const db = await open(name, storage);
    await writeMarker(db, {
      phase: 'staging',
      startedAt: now().toISOString(),
      association: 'Les Amis',
      backupCreatedAt: now().toISOString(),
      userId: userId('admin-1'),
      userName: 'Anne',
      collections: [{ name: 'people', chunks: 0 }],
      applied: [],
    });
    await stageChunk(db, 'people', 0, [{ id: 'p1' }]);
    await db.close();
    const reopened = await open(name, storage);
    expect(await resumeRestore(reopened, deviceId('pc-2'))).toEqual({ kind: 'undone' });
    expect(await readMarker(reopened)).toBeNull();
    expect(await reopened.getLocal(chunkId('people', 0))).toBeNull();
    expect(await reopened.people.count().exec()).toBe(0);
    expect(await resumeRestore(reopened, deviceId('pc-2'))).toEqual({ kind: 'none' });
  });

  it('names the file after the association and the day', () => {
    expect(backupFileName('Les Amis du Tilleul · Œuvres', new Date('2026-07-14T10:00:00Z'))).toBe(
      'tilleul-Les-Amis-du-Tilleul-OEuvres-2026-07-14.tilleul',
    );
    expect(backupFileName('', new Date('2026-07-14T10:00:00Z'))).toBe(
      'tilleul-association-2026-07-14.tilleul',
    );
  });
});
