import type { AdminKey, AdminKeyring, Secrets } from '@shared/backup/admin-keys';
import {
  adminKeyringSchema,
  EMPTY_KEYRING,
  newAdminKey,
  openAdminKey,
  wrapPrivateKey,
} from '@shared/backup/admin-keys';
import type { Key } from '@shared/backup/crypto';
import { PBKDF2_ITERATIONS } from '@shared/auth/user';
import type { TilleulDatabase } from '@renderer/data/database';

/**
 * This PC's keyring of the automatic backups (shared/backup/admin-keys.ts): one entry per
 * administrator, in an RxDB local document (never synced: the backups are this PC's). It follows
 * the accounts: an administrator's entry is made at their creation or first sign-in here,
 * wrapped again when their password or recovery code changes, removed when they are disabled.
 *
 * An administrator's private key is held in memory only from their sign-in (unwrapped with what
 * they typed) until the app locks, so that a new password or recovery code wraps the same key:
 * the backups made before still open with the new secret.
 */
export const KEYRING_DOCUMENT = 'backup-admin-keys';

let enabled = false;
let iterations = PBKDF2_ITERATIONS;
/** The signed-in administrator's private key, in memory only. */
let held: { userId: string; keyId: string; privateKey: Key } | null = null;

/**
 * On the desktop only (main.tsx): elsewhere there are no automatic backups to encrypt. Tests
 * may lower the PBKDF2 iteration count; the app always uses OWASP's.
 */
export function enableBackupKeyring(on = true, options: { iterations?: number } = {}): void {
  enabled = on;
  iterations = options.iterations ?? PBKDF2_ITERATIONS;
  if (!on) held = null;
}

/** Is the keyring kept here (the desktop)? */
export function backupKeyringEnabled(): boolean {
  return enabled;
}

export async function readKeyring(db: TilleulDatabase): Promise<AdminKeyring> {
  const found = await db.getLocal<AdminKeyring>(KEYRING_DOCUMENT);
  const parsed = adminKeyringSchema.safeParse(found?.toJSON().data);
  // A damaged keyring is replaced as administrators sign in again: backups made before keep
  // their own copy of the wrapped keys in their header.
  return parsed.success ? parsed.data : EMPTY_KEYRING;
}

const listeners = new Set<() => void>();

/** Called after each change of the keyring (the first administrator's key: a backup is due). */
export function onKeyringChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function saveEntry(db: TilleulDatabase, userId: string, entry: AdminKey | null): Promise<void> {
  const keyring = await readKeyring(db);
  const keys = keyring.keys.filter((key) => key.userId !== userId);
  if (entry) keys.push(entry);
  await db.upsertLocal(KEYRING_DOCUMENT, adminKeyringSchema.parse({ version: 1, keys }));
  for (const listener of listeners) listener();
}

/** Keyring work never stops the account's own operation: it is logged, the next sign-in redoes it. */
async function guarded(what: string, work: () => Promise<void>): Promise<void> {
  if (!enabled) return;
  try {
    await work();
  } catch (error) {
    console.error(`[tilleul] backup keys: ${what}`, error);
  }
}

/** A new administrator (first of the install, or added by one): a key pair wrapped for them. */
export function addAdminKey(db: TilleulDatabase, userId: string, secrets: Secrets): Promise<void> {
  return guarded('add', async () => {
    const { entry } = await newAdminKey(userId, secrets, iterations);
    await saveEntry(db, userId, entry);
  });
}

/**
 * An administrator signed in with their password (or their recovery code): their private key
 * is held in memory. With a password and no entry that opens with it (first sign-in on this PC,
 * or a password changed on another device), a new key pair is made for them.
 */
export function unlockAdminKey(
  db: TilleulDatabase,
  userId: string,
  kind: 'password' | 'recovery',
  secret: string,
): Promise<void> {
  return guarded('unlock', async () => {
    held = null;
    const entry = (await readKeyring(db)).keys.find((key) => key.userId === userId);
    const privateKey = entry ? await openAdminKey(entry, kind, secret) : null;
    if (entry && privateKey) {
      held = { userId, keyId: entry.keyId, privateKey };
      return;
    }
    if (kind !== 'password') return;
    const made = await newAdminKey(userId, { password: secret }, iterations);
    await saveEntry(db, userId, made.entry);
    held = { userId, keyId: made.entry.keyId, privateKey: made.privateKey };
  });
}

/**
 * New secrets for an administrator (their new password, a reset, a new recovery code): the key
 * held in memory wrapped again, the backups made before still open. Without it (a reset by
 * another administrator), a new key pair: the earlier backups open with the others' secrets.
 * `recoveryCode: undefined` keeps the recovery wrap as it is; `null` drops it (code unknown).
 */
export function rewrapAdminKey(
  db: TilleulDatabase,
  userId: string,
  secrets: { password?: string; recoveryCode?: string | null },
): Promise<void> {
  return guarded('rewrap', async () => {
    const entry = (await readKeyring(db)).keys.find((key) => key.userId === userId);
    const mine = held && held.userId === userId && entry?.keyId === held.keyId ? held : null;
    if (!mine || !entry) {
      // Nothing to wrap again: a new pair needs the password (a new code alone waits for sign-in).
      if (!secrets.password) return;
      const { entry: made } = await newAdminKey(
        userId,
        { password: secrets.password, recoveryCode: secrets.recoveryCode ?? null },
        iterations,
      );
      await saveEntry(db, userId, made);
      return;
    }
    const { recovery, ...kept } = entry;
    const wrap = (kind: 'password' | 'recovery', secret: string) =>
      wrapPrivateKey(mine.privateKey, entry.keyId, kind, secret, iterations);
    const password = secrets.password ? await wrap('password', secrets.password) : entry.password;
    let nextRecovery = recovery;
    if (secrets.recoveryCode) nextRecovery = await wrap('recovery', secrets.recoveryCode);
    else if (secrets.recoveryCode === null) nextRecovery = undefined;
    await saveEntry(db, userId, { ...kept, password, ...(nextRecovery ? { recovery: nextRecovery } : {}) });
  });
}

/** A disabled administrator: their entry goes, the next backups are not sealed for them. */
export function removeAdminKey(db: TilleulDatabase, userId: string): Promise<void> {
  return guarded('remove', async () => {
    if (held?.userId === userId) held = null;
    await saveEntry(db, userId, null);
  });
}

/** The app locks: the private key leaves the memory. */
export function forgetAdminKey(): void {
  held = null;
}
