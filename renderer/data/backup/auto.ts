import { BackupError } from '@shared/backup/errors';
import type { AutoBackupList, AutoBackupPort } from '@shared/ipc/auto-backups';
import { BridgeError } from '@shared/ipc/result';
import type { TilleulDatabase } from '@renderer/data/database';
import { exportBackup } from '@renderer/data/backup/export';
import { encryptAutoBackup } from '@shared/backup/admin-keys';
import { onKeyringChange, readKeyring } from '@renderer/data/backup/keyring';

export const DAY_MS = 86_400_000;
/** How often, while the app runs, it looks whether a day has passed since the last backup. */
export const CHECK_EVERY_MS = 3_600_000;

/** A failure as the settings screen shows it: an i18n key, or an unexpected error's text. */
export function failureReason(error: unknown): string {
  if (error instanceof BackupError) return `backup.errors.${error.code}`;
  if (error instanceof BridgeError) return error.messageKey;
  return error instanceof Error ? error.message : String(error);
}

/** The newest daily backup's date (copies before an update do not count: they are not files). */
export function lastAutoBackup(list: AutoBackupList): Date | null {
  const newest = list.backups.find((backup) => backup.kind !== 'beforeUpdate');
  return newest ? new Date(newest.at) : null;
}

let running: Promise<void> | null = null;

/**
 * One automatic backup: the export, encrypted here for this PC's administrators (keyring.ts)
 * before a byte leaves for main, so main and the disk see only ciphertext. No administrator's
 * key yet: refused (`noAdminKey`), never written in clear.
 */
async function* encryptedExport(db: TilleulDatabase, appVersion: string): AsyncGenerator<Uint8Array> {
  const keyring = await readKeyring(db);
  yield* encryptAutoBackup(exportBackup(db, { appVersion, now: new Date() }), keyring);
}

/** One automatic backup now, streamed to main; one at a time (a second call joins the first). */
export function runAutoBackup(db: TilleulDatabase, port: AutoBackupPort, appVersion: string): Promise<void> {
  running ??= port.write(encryptedExport(db, appVersion), failureReason).finally(() => {
    running = null;
  });
  return running;
}

export interface AutoBackupSchedule {
  db: TilleulDatabase;
  port: AutoBackupPort;
  appVersion: string;
  now?: () => Date;
  /** Called after each attempt (the settings screen refreshes its list). */
  onAttempt?: (error: unknown) => void;
}

/** Backs up if the newest backup is a day old or more (or there is none). Never throws. */
export async function backupIfDue(schedule: AutoBackupSchedule): Promise<'done' | 'notDue' | 'failed'> {
  const now = schedule.now ?? (() => new Date());
  try {
    const last = lastAutoBackup(await schedule.port.list());
    if (last && now().getTime() - last.getTime() < DAY_MS) return 'notDue';
    // A new install before its first administrator: nothing to back up yet, nobody to encrypt
    // for (the first administrator's key starts it, `scheduleAutoBackups`). A database that
    // cannot say goes on to the backup, whose failure main records.
    if (await beforeFirstAdministrator(schedule.db).catch(() => false)) return 'notDue';
    await runAutoBackup(schedule.db, schedule.port, schedule.appVersion);
    schedule.onAttempt?.(null);
    return 'done';
  } catch (error) {
    // Recorded by main for Paramètres → Sauvegardes; the app goes on.
    console.error('[tilleul] automatic backup failed', error);
    schedule.onAttempt?.(error);
    return 'failed';
  }
}

async function beforeFirstAdministrator(db: TilleulDatabase): Promise<boolean> {
  if ((await readKeyring(db)).keys.length > 0) return false;
  // A handful of accounts: read whole (a count on unindexed fields is refused by RxDB).
  const users = await db.users.find().exec();
  return !users.some((user) => user.role === 'admin' && !user.disabled);
}

/**
 * At start, then every hour while the app runs: a backup when the last is a day old; and when
 * the keyring changes (the first administrator created or signed in on this PC).
 */
export function scheduleAutoBackups(schedule: AutoBackupSchedule, everyMs = CHECK_EVERY_MS): () => void {
  void backupIfDue(schedule);
  const timer = setInterval(() => void backupIfDue(schedule), everyMs);
  const stop = onKeyringChange(() => void backupIfDue(schedule));
  return () => {
    clearInterval(timer);
    stop();
  };
}
