import { userId, deviceId } from '@shared/testing/ids';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
import { enableBackupKeyring, readKeyring } from '@renderer/data/backup/keyring';
import { attemptLogin, createUser, setUserDisabled } from '@renderer/data/users/accounts';
import { chooseNewSecret, createFirstAdministrator } from '@renderer/data/users/recovery';
import { lockApp } from '@renderer/data/users/lock';
import { SessionStore } from '@renderer/data/session';

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

// Tests derive keys with fewer PBKDF2 rounds; the app uses OWASP's (PBKDF2_ITERATIONS).
const fast = { iterations: 100_000 };
const CLAIRE = 'Tilleul-en-fleur-2026';
const SAM = 'Secretariat-du-club';
let recoveryCode: string;
let claireId: string;
let samId: string;
const context: WriteContext = { userId: userId('setup'), deviceId: deviceId('pc-1'), now };

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tilleul-daily-'));
  clock = new Date('2026-07-14T08:00:00Z');
  db = await createMemoryDatabase();
  enableBackupKeyring(true, fast);
  await loadDemo(db, context, 'small');
  const first = await createFirstAdministrator(
    db,
    context,
    { name: 'Claire', secret: CLAIRE, confirm: CLAIRE },
    fast,
  );
  recoveryCode = first.recoveryCode;
  claireId = first.user.id;
  const sam = await createUser(
    db,
    context,
    { name: 'Sam', role: 'secretary', secret: SAM, confirm: SAM },
    fast,
  );
  samId = sam.id;
});
afterEach(async () => {
  enableBackupKeyring(false);
  if (!db.closed) await db.close();
  await rm(folder, { recursive: true, force: true });
});

/** A backup file's bytes as main wrote them on disk. */
async function onDisk(name: string): Promise<string> {
  return (await readFile(join(folder, name))).toString('latin1');
}

describe('daily automatic backups on the desktop', { timeout: 60_000 }, () => {
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
    // Read back through main, chunk by chunk, with the administrator's password: it validates
    // whole and holds the demo's people.
    const name = 'tilleul-auto-2026-07-15T08-00-00Z.tilleul';
    const summary = await inspectBackup(port.read(name), { password: CLAIRE });
    expect(summary.counts.people).toBe(await db.people.count().exec());
    expect(summary.counts.people).toBeGreaterThan(0);
    expect(summary.encrypted).toBe(true);
  });

  it('writes only ciphertext: no member name on disk, opened by an administrator only', async () => {
    const port = await desktop();
    expect(await backupIfDue({ db, port, appVersion: '0.1.0', now })).toBe('done');
    const name = 'tilleul-auto-2026-07-14T08-00-00Z.tilleul';
    const raw = await onDisk(name);
    const people = (await db.people.find().exec()).map((person) => person.toJSON());
    expect(people.length).toBeGreaterThan(5);
    for (const person of people) {
      expect(raw).not.toContain(person.lastName);
      if (person.email) expect(raw).not.toContain(person.email);
    }
    expect(raw).not.toContain('tilleul-backup');
    expect(raw.startsWith('TILLEUL-AUTO1\n')).toBe(true);

    // The administrator's password, or their recovery code typed any way, opens it.
    const spaced = recoveryCode.toLowerCase().replace(/-/g, ' ');
    for (const secret of [CLAIRE, recoveryCode, spaced]) {
      const summary = await inspectBackup(port.read(name), { password: secret });
      expect(summary.counts.people).toBe(people.length);
    }
    // A secretary's password, a wrong one, none: a clear refusal.
    await expect(inspectBackup(port.read(name), { password: SAM })).rejects.toMatchObject({
      code: 'wrongAdminSecret',
    });
    await expect(inspectBackup(port.read(name), { password: `${CLAIRE}!` })).rejects.toMatchObject({
      code: 'wrongAdminSecret',
    });
    await expect(inspectBackup(port.read(name))).rejects.toMatchObject({ code: 'passwordRequired' });
    // Only administrators are in the keyring: the secretary has no key at all.
    expect((await readKeyring(db)).keys.map((key) => key.userId)).toEqual([claireId]);
    expect(samId).not.toBe(claireId);
  });

  it('follows the administrators: added, password changed, disabled', async () => {
    const port = await desktop();
    // As the restore screen reads them: with this PC's keyring of now.
    const read = async (name: string, password: string) =>
      inspectBackup(port.read(name), { password, adminKeys: (await readKeyring(db)).keys });
    await backupIfDue({ db, port, appVersion: '0.1.0', now });
    const first = 'tilleul-auto-2026-07-14T08-00-00Z.tilleul';

    // A second administrator, added by Claire: the next backups open with her password too.
    const LEA = 'Lea-tresoriere-2026';
    const lea = await createUser(
      db,
      context,
      { name: 'Léa', role: 'admin', secret: LEA, confirm: LEA },
      fast,
    );
    clock = new Date('2026-07-15T08:00:00Z');
    await backupIfDue({ db, port, appVersion: '0.1.0', now });
    const second = 'tilleul-auto-2026-07-15T08-00-00Z.tilleul';
    expect((await read(second, LEA)).encrypted).toBe(true);
    await expect(read(first, LEA)).rejects.toMatchObject({ code: 'wrongAdminSecret' });

    // Claire signs in, changes her password: her key is wrapped again, so the earlier backups
    // open with the new password, and the old one opens nothing new.
    const NEW = 'Nouveau-mot-de-passe-2026';
    expect((await attemptLogin(db, deviceId('pc-1'), claireId, CLAIRE, now)).ok).toBe(true);
    await chooseNewSecret(
      db,
      context,
      claireId,
      { secret: NEW, confirm: NEW },
      { ...fast, recovering: false },
    );
    const session = new SessionStore();
    await lockApp(db, session, deviceId('pc-1'), 'manual');
    expect((await read(first, NEW)).encrypted).toBe(true);
    // The file alone (another PC, a lost database) opens with the password of its day.
    expect((await inspectBackup(port.read(first), { password: CLAIRE })).encrypted).toBe(true);
    clock = new Date('2026-07-16T08:00:00Z');
    await backupIfDue({ db, port, appVersion: '0.1.0', now });
    const third = 'tilleul-auto-2026-07-16T08-00-00Z.tilleul';
    await expect(read(third, CLAIRE)).rejects.toMatchObject({ code: 'wrongAdminSecret' });
    expect((await read(third, NEW)).encrypted).toBe(true);
    // Her recovery code still opens them (unchanged: not a recovery).
    expect((await read(third, recoveryCode)).encrypted).toBe(true);

    // Léa disabled: the next backups are no longer sealed for her; the older ones still are.
    await setUserDisabled(db, context, lea.id, true);
    clock = new Date('2026-07-17T08:00:00Z');
    await backupIfDue({ db, port, appVersion: '0.1.0', now });
    await expect(read('tilleul-auto-2026-07-17T08-00-00Z.tilleul', LEA)).rejects.toMatchObject({
      code: 'wrongAdminSecret',
    });
    expect((await read(third, LEA)).encrypted).toBe(true);
    expect((await readKeyring(db)).keys.map((key) => key.userId)).toEqual([claireId]);
  });

  it('refuses to write a backup in clear when no administrator has a key on this PC', async () => {
    const port = await desktop();
    // An administrator made before the keys existed (an install from before this), who has not
    // signed in on this PC since; Claire disabled.
    enableBackupKeyring(false);
    const LEA = 'Lea-tresoriere-2026';
    await createUser(db, context, { name: 'Léa', role: 'admin', secret: LEA, confirm: LEA }, fast);
    enableBackupKeyring(true, fast);
    await setUserDisabled(db, context, claireId, true);
    expect(await backupIfDue({ db, port, appVersion: '0.1.0', now })).toBe('failed');
    const { backups, failure } = await port.list();
    expect(backups).toEqual([]);
    expect(failure?.message).toBe('backup.errors.noAdminKey');
    expect(await readdir(folder)).not.toContain('tilleul-auto-2026-07-14T08-00-00Z.tilleul');

    // A new install before its first administrator: nothing to do yet, no failure shown (one
    // database open at a time: RxDB's free tier counts the collections of all of them).
    await db.close();
    const fresh = await createMemoryDatabase();
    const freshPort = await desktop(join(folder, 'fresh'));
    expect(await backupIfDue({ db: fresh, port: freshPort, appVersion: '0.1.0', now })).toBe('notDue');
    expect((await freshPort.list()).failure).toBeNull();
    await fresh.close();
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
    expect(after.failure?.message).toMatch(/localDocuments/);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
