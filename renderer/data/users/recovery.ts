import type { DeviceId } from '@shared/ids';
import { NO_LOCKOUT } from '@shared/auth/lockout';
import { newRecoveryCode, recoveryCodeInputSchema } from '@shared/auth/recovery-code';
import type { SecretHash, UserDocument } from '@shared/auth/user';
import { PBKDF2_ITERATIONS } from '@shared/auth/user';
import type { WriteContext } from '@shared/schema/common';
import { editStamps } from '@shared/schema/stamps';
import type { HashOptions, LoginResult, NewSecretInput, NewUserInput } from '@renderer/data/users/accounts';
import { createUser, lockoutKey, newSecretSchema, tryWayIn } from '@renderer/data/users/accounts';
import { hashSecret, verifySecret } from '@renderer/data/users/password';
import type { TilleulDatabase } from '@renderer/data/database';
import { rewrapAdminKey, unlockAdminKey } from '@renderer/data/backup/keyring';

/**
 * The way back in for an administrator who forgot the password (issue 15, item 14), without
 * weakening the shared PC: a one-time recovery code, shown once, of which only a PBKDF2 verifier
 * is stored (it syncs to office devices only), and whose wrong guesses count toward the account's
 * lock-out like wrong passwords. The other way, `tilleul-server reset-admin`, sets a temporary
 * password that must be changed at first sign-in (`mustChangeSecret`).
 */

/** A code and its verifier: the code is shown once, the verifier stored. */
async function freshCode(options: HashOptions): Promise<{ code: string; verifier: SecretHash }> {
  const code = newRecoveryCode();
  const normalised = recoveryCodeInputSchema.parse(code);
  return { code, verifier: await hashSecret(normalised, options.iterations ?? PBKDF2_ITERATIONS) };
}

/** The first administrator of this install, with a recovery code to note. */
export async function createFirstAdministrator(
  db: TilleulDatabase,
  context: WriteContext,
  input: Omit<NewUserInput, 'role'>,
  options: HashOptions = {},
): Promise<{ user: UserDocument; recoveryCode: string }> {
  const { code, verifier } = await freshCode(options);
  const user = await createUser(
    db,
    context,
    { ...input, role: 'admin' },
    { ...options, recovery: verifier, recoveryCode: code },
  );
  return { user, recoveryCode: code };
}

/** « Nouveau code de secours »: the new code replaces the old one, which no longer opens anything. */
export async function renewRecoveryCode(
  db: TilleulDatabase,
  context: WriteContext,
  userId: string,
  options: HashOptions = {},
): Promise<string> {
  const user = await db.users.findOne(userId).exec();
  if (!user) throw new Error(`Unknown user ${userId}`);
  if (user.role !== 'admin') throw new RecoveryError('recovery.errors.adminOnly');
  const { code, verifier } = await freshCode(options);
  await user.incrementalPatch({ recovery: verifier, ...editStamps(context) });
  await rewrapAdminKey(db, userId, { recoveryCode: code });
  return code;
}

/** A refusal a form shows as is (its message is an i18n key). */
export class RecoveryError extends Error {
  readonly code = 'RECOVERY';
  constructor(readonly key: string) {
    super(key);
    this.name = 'RecoveryError';
  }
}

export type RecoveryResult = LoginResult | { ok: false; reason: 'no-recovery-code' | 'code-format' };

/**
 * « Mot de passe oublié ? »: the typed code (any case, spaces, dashes) against the account's
 * verifier. A wrong code counts toward the account's lock-out like a wrong password. On success
 * the session opens on « Choisissez un nouveau mot de passe » only; the code is spent when the new
 * password is saved (`chooseNewSecret`), which gives a new code to note.
 */
export async function attemptRecovery(
  db: TilleulDatabase,
  deviceId: DeviceId,
  userId: string,
  typed: string,
  now: () => Date = () => new Date(),
): Promise<RecoveryResult> {
  const user = await db.users.findOne(userId).exec();
  if (!user) return { ok: false, reason: 'unknown-user' };
  const actor = { userId: user.id, userName: user.name, deviceId, now };
  const verifier = user.recovery;
  if (user.role !== 'admin' || !verifier) return { ok: false, reason: 'no-recovery-code' };
  const check = async () => {
    const code = recoveryCodeInputSchema.safeParse(typed);
    return code.success ? verifySecret(code.data, verifier) : ('malformed' as const);
  };
  const tried = await tryWayIn(db, actor, user, check, {
    wrong: 'recovery.audit.wrongCode',
    signedIn: 'recovery.audit.signedIn',
  });
  if (!tried.ok) return tried.reason === 'malformed' ? { ok: false, reason: 'code-format' } : tried;
  // The key of the automatic backups, opened with the code, is wrapped under the new password.
  await unlockAdminKey(db, user.id, 'recovery', typed);
  return {
    ok: true,
    user: {
      id: user.id,
      name: user.name,
      role: user.role,
      pending: { kind: 'change-secret', recovering: true },
    },
  };
}

/**
 * The signed-in user's new password, typed twice: clears « must change », and after a recovery
 * spends the code by giving a new one, returned to be shown once.
 */
export async function chooseNewSecret(
  db: TilleulDatabase,
  context: WriteContext,
  userId: string,
  input: NewSecretInput,
  { recovering, ...options }: HashOptions & { recovering: boolean },
): Promise<{ recoveryCode: string | null }> {
  const user = await db.users.findOne(userId).exec();
  if (!user) throw new Error(`Unknown user ${userId}`);
  const valid = newSecretSchema(user.role).parse(input);
  const secret = await hashSecret(valid.secret, options.iterations ?? PBKDF2_ITERATIONS);
  const fresh = recovering ? await freshCode(options) : null;
  await user.incrementalPatch({
    secret,
    mustChangeSecret: false,
    ...(fresh ? { recovery: fresh.verifier } : {}),
    ...editStamps(context),
  });
  await db.upsertLocal(lockoutKey(userId), NO_LOCKOUT);
  if (user.role === 'admin') {
    await rewrapAdminKey(db, userId, {
      password: valid.secret,
      ...(fresh ? { recoveryCode: fresh.code } : {}),
    });
  }
  return { recoveryCode: fresh?.code ?? null };
}
