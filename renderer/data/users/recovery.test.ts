import { SYSTEM_WRITERS } from '@shared/ids';
import { deviceId } from '@shared/testing/ids';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { attemptLogin } from '@renderer/data/users/accounts';
import {
  attemptRecovery,
  chooseNewSecret,
  createFirstAdministrator,
  renewRecoveryCode,
} from '@renderer/data/users/recovery';
import type { SessionStore } from '@renderer/data/session';
import type { SessionUser } from '@renderer/data/session';
import type { TilleulDatabase } from '@renderer/data/database';
import { createGuardedMemoryDatabase, createMemoryDatabase } from '@renderer/data/memory-database';
import { userDocumentSchema, usersCollection } from '@shared/auth/user';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';

// Tests hash with fewer iterations; the count used by the app is tested in password.test.ts.
const fast = { iterations: 100_000 };

let db: TilleulDatabase;
let session: SessionStore;
let clock: number;
const now = () => new Date(clock);
const contextOf = (user: SessionUser | null) => ({
  userId: user?.id ?? SYSTEM_WRITERS.setup,
  deviceId: deviceId('pc-1'),
  now,
});

beforeEach(async () => {
  clock = Date.parse('2026-09-05T09:00:00.000Z');
  ({ db, session } = await createGuardedMemoryDatabase(now));
});
afterEach(async () => {
  if (!db.closed) await db.close();
});

async function firstAdmin() {
  return createFirstAdministrator(
    db,
    contextOf(null),
    { name: 'Anne Admin', secret: 'motdepasse', confirm: 'motdepasse' },
    fast,
  );
}

async function journal() {
  const entries = await db.audit.find({ sort: [{ createdAt: 'asc' }] }).exec();
  return entries.map((e) => `${e.action}${e.detail ? `:${e.detail}` : ''}`);
}

/** The code as a hurried hand types it: lower case, groups split by spaces. */
const sloppy = (code: string) => ` ${code.toLowerCase().replaceAll('-', ' ')} `;

describe('recovery code', () => {
  it('is made with the first administrator; only its verifier is stored', async () => {
    const { user, recoveryCode } = await firstAdmin();
    expect(recoveryCode).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    const stored = (await db.users.findOne(user.id).exec())?.toJSON();
    expect(stored?.recovery).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 100_000 });
    const text = JSON.stringify(stored);
    expect(text).not.toContain(recoveryCode);
    expect(text).not.toContain(recoveryCode.replaceAll('-', ''));
    // The journal says the account was made, never the verifier.
    const entries = await db.audit.find().exec();
    expect(JSON.stringify(entries.map((e) => e.toJSON()))).not.toContain(stored?.recovery?.hash);
  });

  it('opens the account typed in lower case with spaces, then asks for a new password and spends the code', async () => {
    const { user, recoveryCode } = await firstAdmin();
    const result = await attemptRecovery(db, deviceId('pc-1'), user.id, sloppy(recoveryCode), now);
    expect(result).toEqual({
      ok: true,
      user: {
        id: user.id,
        name: 'Anne Admin',
        role: 'admin',
        pending: { kind: 'change-secret', recovering: true },
      },
    });
    if (!result.ok) return;
    session.set(result.user);
    await expect(
      chooseNewSecret(
        db,
        contextOf(result.user),
        user.id,
        { secret: 'court', confirm: 'court' },
        { recovering: true, ...fast },
      ),
    ).rejects.toThrow(/errors.users.passwordTooShort/);
    await expect(
      chooseNewSecret(
        db,
        contextOf(result.user),
        user.id,
        { secret: 'nouveau secret', confirm: 'autre' },
        { recovering: true, ...fast },
      ),
    ).rejects.toThrow(/errors.users.confirmMismatch/);
    const { recoveryCode: next } = await chooseNewSecret(
      db,
      contextOf(result.user),
      user.id,
      { secret: 'nouveau secret', confirm: 'nouveau secret' },
      { recovering: true, ...fast },
    );
    expect(next).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    expect(next).not.toBe(recoveryCode);
    session.set(null);

    // Spent: the old code opens nothing; the new one and the new password do.
    expect(await attemptRecovery(db, deviceId('pc-1'), user.id, recoveryCode, now)).toEqual({
      ok: false,
      reason: 'wrong-secret',
    });
    expect((await attemptRecovery(db, deviceId('pc-1'), user.id, next ?? '', now)).ok).toBe(true);
    expect((await attemptLogin(db, deviceId('pc-1'), user.id, 'motdepasse', now)).ok).toBe(false);
    expect(await attemptLogin(db, deviceId('pc-1'), user.id, 'nouveau secret', now)).toMatchObject({
      ok: true,
    });
    expect(await journal()).toEqual(
      expect.arrayContaining([
        'login:recovery.audit.signedIn',
        'update',
        'login-failed:recovery.audit.wrongCode',
      ]),
    );
    const update = (await db.audit.find({ selector: { action: 'update' } }).exec())[0]?.toJSON();
    expect(update?.changes.map((c) => [c.field, c.after])).toEqual(
      expect.arrayContaining([
        ['secret', '[masqué]'],
        ['recovery', '[masqué]'],
      ]),
    );
  });

  it('counts wrong codes toward the lock-out; a mistyped shape costs nothing', async () => {
    const { user, recoveryCode } = await firstAdmin();
    expect(await attemptRecovery(db, deviceId('pc-1'), user.id, 'ABCDE', now)).toEqual({
      ok: false,
      reason: 'code-format',
    });
    const wrong = recoveryCode.startsWith('A') ? `B${recoveryCode.slice(1)}` : `A${recoveryCode.slice(1)}`;
    for (let i = 0; i < 4; i++)
      expect(await attemptRecovery(db, deviceId('pc-1'), user.id, wrong, now)).toEqual({
        ok: false,
        reason: 'wrong-secret',
      });
    expect(await attemptRecovery(db, deviceId('pc-1'), user.id, wrong, now)).toEqual({
      ok: false,
      reason: 'locked',
      waitMs: 30_000,
    });
    // The lock-out is the account's: the right code and the right password wait alike.
    expect((await attemptRecovery(db, deviceId('pc-1'), user.id, recoveryCode, now)).ok).toBe(false);
    expect(await attemptLogin(db, deviceId('pc-1'), user.id, 'motdepasse', now)).toMatchObject({
      reason: 'locked',
    });
    clock += 30_001;
    expect((await attemptRecovery(db, deviceId('pc-1'), user.id, recoveryCode, now)).ok).toBe(true);
  });

  it('is renewed by the administrator: the old code no longer opens anything', async () => {
    const { user, recoveryCode } = await firstAdmin();
    session.set({ id: user.id, name: user.name, role: 'admin' });
    const renewed = await renewRecoveryCode(db, contextOf(session.get()), user.id, fast);
    session.set(null);
    expect(renewed).not.toBe(recoveryCode);
    expect((await attemptRecovery(db, deviceId('pc-1'), user.id, recoveryCode, now)).ok).toBe(false);
    expect((await attemptRecovery(db, deviceId('pc-1'), user.id, renewed, now)).ok).toBe(true);
    // Locked, nobody can renew it.
    await expect(renewRecoveryCode(db, contextOf(null), user.id, fast)).rejects.toThrow(/PERMISSION_DENIED/);
  });

  it('is only for administrators, and a flagged account signs in to change its password first', async () => {
    const { user } = await firstAdmin();
    const secretary = userDocumentSchema.safeParse({
      ...(await db.users.findOne(user.id).exec())?.toJSON(),
      role: 'secretary',
    });
    expect(secretary.error?.issues.map((i) => i.message)).toContain('recovery.errors.adminOnly');

    session.set({ id: user.id, name: user.name, role: 'admin' });
    await (await db.users.findOne(user.id).exec())?.incrementalPatch({ mustChangeSecret: true });
    session.set(null);
    const login = await attemptLogin(db, deviceId('pc-1'), user.id, 'motdepasse', now);
    expect(login).toMatchObject({
      ok: true,
      user: { pending: { kind: 'change-secret', recovering: false } },
    });
    if (!login.ok) return;
    session.set(login.user);
    expect(
      await chooseNewSecret(
        db,
        contextOf(login.user),
        user.id,
        { secret: 'encore un autre', confirm: 'encore un autre' },
        { recovering: false, ...fast },
      ),
    ).toEqual({ recoveryCode: null });
    session.set(null);
    expect(await attemptLogin(db, deviceId('pc-1'), user.id, 'encore un autre', now)).toEqual({
      ok: true,
      user: { id: user.id, name: user.name, role: 'admin' },
    });
  });
});

describe('accounts of version 0', () => {
  it('migrate to version 1 as they were: no recovery code yet, nothing to change', async () => {
    const name = `users-migration-${Date.now()}`;
    const v0 = defineCollection({
      name: 'users',
      version: 0,
      schema: documentSchema({
        name: z.string().max(80),
        role: z.enum(['admin', 'secretary', 'treasurer', 'door']),
        secretKind: z.enum(['password', 'pin']),
        secret: z.object({
          algorithm: z.literal('PBKDF2-SHA256'),
          iterations: z.int().max(10_000_000),
          salt: z.string().max(64),
          hash: z.string().max(64),
        }),
        disabled: z.boolean(),
      }),
      indexes: ['name'],
    });
    const account = {
      id: 'u1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'setup',
      deviceId: deviceId('pc-1'),
      name: 'Anne Admin',
      role: 'admin',
      secretKind: 'password',
      secret: {
        algorithm: 'PBKDF2-SHA256',
        iterations: 600_000,
        salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
        hash: 'x'.repeat(44),
      },
      disabled: false,
    } as const;
    const db0 = await createMemoryDatabase(name, { users: v0 });
    await db0.users.insert(account as never);
    await db0.close();

    const db1 = await createMemoryDatabase(name, { users: usersCollection });
    try {
      const migrated = (await db1.users.findOne('u1').exec())?.toJSON();
      expect(userDocumentSchema.parse(migrated)).toEqual(account);
      expect(migrated?.recovery).toBeUndefined();
      expect(usersCollection.version).toBe(1);
    } finally {
      await db1.close();
    }
  });
});
