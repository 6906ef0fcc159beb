import type { DeviceId } from '@shared/ids';
import { z } from 'zod';
import { tooLong } from '@shared/schema/messages';
import type { LockoutState } from '@shared/auth/lockout';
import { NO_LOCKOUT, recordFailure, recordSuccess, waitRemaining } from '@shared/auth/lockout';
import type { Role } from '@shared/auth/roles';
import { PASSWORD_MIN_LENGTH, PIN_MIN_DIGITS, ROLES, secretKindFor } from '@shared/auth/roles';
import type { SecretHash, UserDocument } from '@shared/auth/user';
import { PBKDF2_ITERATIONS, userDocumentSchema } from '@shared/auth/user';
import type { WriteContext } from '@shared/schema/common';
import { editStamps, newStamps } from '@shared/schema/stamps';
import { hashSecret, verifySecret } from '@renderer/data/users/password';
import type { SessionUser } from '@renderer/data/session';
import type { AuditActor } from '@renderer/data/audit/write';
import { appendAudit } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';
import { addAdminKey, removeAdminKey, rewrapAdminKey, unlockAdminKey } from '@renderer/data/backup/keyring';

/** The rule for a new secret, by role: a PIN of 6+ digits at the door, a password elsewhere. */
export function secretSchemaFor(role: Role) {
  return secretKindFor(role) === 'pin'
    ? z.string().regex(new RegExp(`^[0-9]{${PIN_MIN_DIGITS},12}$`), { error: 'errors.users.pinFormat' })
    : z
        .string()
        .min(PASSWORD_MIN_LENGTH, { error: 'errors.users.passwordTooShort' })
        .max(200, { error: tooLong(200) });
}

export const newUserSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { error: 'errors.users.nameRequired' })
      .max(80, { error: tooLong(80) }),
    role: z.enum(ROLES, { error: 'errors.users.roleRequired' }),
    secret: z.string(),
    confirm: z.string(),
  })
  .superRefine((input, ctx) => {
    const secret = secretSchemaFor(input.role).safeParse(input.secret);
    if (!secret.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['secret'],
        message: secret.error.issues[0]?.message ?? 'errors.common.invalid',
      });
    } else if (input.secret !== input.confirm) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'errors.users.confirmMismatch' });
    }
  });
export type NewUserInput = z.input<typeof newUserSchema>;

/** Tests may lower the iteration count; the app always uses OWASP's. */
export interface HashOptions {
  iterations?: number;
}

/** A new password or PIN chosen by its owner: the rule of the role, typed twice alike. */
export function newSecretSchema(role: Role) {
  return z.object({ secret: z.string(), confirm: z.string() }).superRefine((input, ctx) => {
    const secret = secretSchemaFor(role).safeParse(input.secret);
    if (!secret.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['secret'],
        message: secret.error.issues[0]?.message ?? 'errors.common.invalid',
      });
    } else if (input.secret !== input.confirm) {
      ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'errors.users.confirmMismatch' });
    }
  });
}
export type NewSecretInput = z.input<ReturnType<typeof newSecretSchema>>;

export async function createUser(
  db: TilleulDatabase,
  context: WriteContext,
  input: NewUserInput,
  options: HashOptions & { recovery?: SecretHash; recoveryCode?: string } = {},
): Promise<UserDocument> {
  const valid = newUserSchema.parse(input);
  const user = userDocumentSchema.parse({
    ...newStamps(context),
    name: valid.name,
    role: valid.role,
    secretKind: secretKindFor(valid.role),
    secret: await hashSecret(valid.secret, options.iterations ?? PBKDF2_ITERATIONS),
    disabled: false,
    ...(options.recovery ? { recovery: options.recovery } : {}),
  });
  await db.users.insert(user);
  // The automatic backups open with this administrator's password (and recovery code) too.
  if (user.role === 'admin') {
    await addAdminKey(db, user.id, { password: valid.secret, recoveryCode: options.recoveryCode ?? null });
  }
  return user;
}

/** An administrator sets a new password or PIN (the user forgot it, or left the club). */
export async function resetSecret(
  db: TilleulDatabase,
  context: WriteContext,
  userId: string,
  secret: string,
  options: HashOptions = {},
): Promise<void> {
  const user = await db.users.findOne(userId).exec();
  if (!user) throw new Error(`Unknown user ${userId}`);
  secretSchemaFor(user.role).parse(secret);
  const hashed = await hashSecret(secret, options.iterations ?? PBKDF2_ITERATIONS);
  await user.incrementalPatch({ secret: hashed, ...editStamps(context) });
  await db.upsertLocal(lockoutKey(userId), NO_LOCKOUT);
  if (user.role === 'admin') await rewrapAdminKey(db, userId, { password: secret });
}

export async function setUserDisabled(
  db: TilleulDatabase,
  context: WriteContext,
  userId: string,
  disabled: boolean,
) {
  const user = await db.users.findOne(userId).exec();
  if (!user) throw new Error(`Unknown user ${userId}`);
  await user.incrementalPatch({ disabled, ...editStamps(context) });
  // A disabled administrator no longer opens the next automatic backups.
  if (disabled && user.role === 'admin') await removeAdminKey(db, userId);
}

/** Lock-out counters stay on this device (RxDB local documents are not synced). */
export function lockoutKey(userId: string) {
  return `lockout-${userId}`;
}

const lockoutSchema = z.object({ failures: z.int().min(0), lockedUntil: z.number().min(0) });

export async function readLockout(db: TilleulDatabase, userId: string): Promise<LockoutState> {
  const doc = await db.getLocal<LockoutState>(lockoutKey(userId));
  const parsed = lockoutSchema.safeParse(doc?.toJSON().data);
  return parsed.success ? parsed.data : NO_LOCKOUT;
}

export type LoginResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: 'wrong-secret' | 'disabled' | 'unknown-user' }
  | { ok: false; reason: 'locked'; waitMs: number };

export async function attemptLogin(
  db: TilleulDatabase,
  deviceId: DeviceId,
  userId: string,
  secret: string,
  now: () => Date = () => new Date(),
): Promise<LoginResult> {
  const user = await db.users.findOne(userId).exec();
  if (!user) return { ok: false, reason: 'unknown-user' };
  const actor = { userId: user.id, userName: user.name, deviceId, now };
  const tried = await tryWayIn(db, actor, user, () => verifySecret(secret, user.secret), {
    wrong: 'wrong-secret',
  });
  if (!tried.ok) return tried.reason === 'malformed' ? { ok: false, reason: 'wrong-secret' } : tried;
  if (user.role === 'admin') await unlockAdminKey(db, user.id, 'password', secret);
  return {
    ok: true,
    user: {
      id: user.id,
      name: user.name,
      role: user.role,
      // A temporary password (tilleul-server reset-admin) opens nothing but its replacement.
      ...(user.mustChangeSecret ? { pending: { kind: 'change-secret', recovering: false } as const } : {}),
    },
  };
}

export type WayInResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-secret' | 'disabled' }
  | { ok: false; reason: 'malformed' }
  | { ok: false; reason: 'locked'; waitMs: number };

/**
 * One try at a way in (a password or PIN, or a recovery code), with what every way shares: the
 * lock-out's wait, then a disabled account, refused first; a wrong answer counted toward the
 * lock-out; each outcome in the journal (`journal.wrong` and `journal.signedIn` are its details).
 * `check` answers `'malformed'` for input of the wrong shape, which costs nothing: a slip of the
 * finger, not a guess.
 */
export async function tryWayIn(
  db: TilleulDatabase,
  actor: AuditActor,
  user: { id: string; disabled: boolean },
  check: () => Promise<boolean | 'malformed'>,
  journal: { wrong: string; signedIn?: string },
): Promise<WayInResult> {
  const clock = actor.now().getTime();
  const state = await readLockout(db, user.id);
  const wait = waitRemaining(state, clock);
  if (wait > 0) {
    await appendAudit(db, actor, { action: 'login-failed', detail: 'locked' });
    return { ok: false, reason: 'locked', waitMs: wait };
  }
  if (user.disabled) {
    await appendAudit(db, actor, { action: 'login-failed', detail: 'disabled' });
    return { ok: false, reason: 'disabled' };
  }
  const right = await check();
  if (right === 'malformed') return { ok: false, reason: 'malformed' };
  if (!right) {
    const next = recordFailure(state, clock);
    await db.upsertLocal(lockoutKey(user.id), next);
    await appendAudit(db, actor, { action: 'login-failed', detail: journal.wrong });
    const nextWait = waitRemaining(next, clock);
    return nextWait > 0
      ? { ok: false, reason: 'locked', waitMs: nextWait }
      : { ok: false, reason: 'wrong-secret' };
  }
  await db.upsertLocal(lockoutKey(user.id), recordSuccess());
  await appendAudit(db, actor, {
    action: 'login',
    ...(journal.signedIn ? { detail: journal.signedIn } : {}),
  });
  return { ok: true };
}
