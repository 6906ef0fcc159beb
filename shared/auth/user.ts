import { z } from 'zod';
import { ROLES } from '@shared/auth/roles';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { documentIdOf, trimmedText } from '@shared/schema/common';
import type { UserId } from '@shared/ids';

/** PBKDF2-SHA256 at OWASP's recommended count (Password Storage Cheat Sheet, 2023). */
export const PBKDF2_ITERATIONS = 600_000;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);

export const secretHashSchema = z
  .object({
    algorithm: z.literal('PBKDF2-SHA256'),
    iterations: z.int().min(100_000).max(10_000_000),
    salt: base64.min(16).max(64),
    hash: base64.min(40).max(64),
  })
  .strict();
export type SecretHash = z.infer<typeof secretHashSchema>;

export const userDocumentSchema = documentSchema({
  id: documentIdOf<UserId>(),
  name: trimmedText(80, { required: 'errors.users.nameRequired' }).min(1, {
    error: 'errors.users.nameRequired',
  }),
  role: z.enum(ROLES, { error: 'errors.users.roleRequired' }),
  secretKind: z.enum(['password', 'pin']),
  secret: secretHashSchema,
  disabled: z.boolean(),
  /**
   * An administrator's recovery code, as a PBKDF2 verifier (version 1 on): the code itself is
   * shown once and never stored. Office devices hold it, so that the lock screen of any of them
   * can take the code; a door device never receives it (shared/sync/read-scope.ts).
   */
  recovery: secretHashSchema.optional(),
  /**
   * Set by `tilleul-server reset-admin` (a temporary password): signing in leads straight to
   * « Choisissez un nouveau mot de passe », and nothing else opens until it is done (version 1 on).
   */
  mustChangeSecret: z.boolean().optional(),
}).superRefine((user, ctx) => {
  if ((user.role === 'door') !== (user.secretKind === 'pin')) {
    ctx.addIssue({ code: 'custom', path: ['secretKind'], message: 'errors.users.secretKindMismatch' });
  }
  if (user.recovery && user.role !== 'admin') {
    ctx.addIssue({ code: 'custom', path: ['recovery'], message: 'recovery.errors.adminOnly' });
  }
});
export type UserDocument = z.output<typeof userDocumentSchema>;

export const usersCollection = defineCollection({
  name: 'users',
  version: 1,
  schema: userDocumentSchema,
  indexes: ['name'],
  migrations: {
    // Version 1 adds the optional `recovery` verifier and `mustChangeSecret` flag: an account of
    // version 0 has no recovery code yet (its administrator makes one in Paramètres → Comptes)
    // and no password to change.
    1: (user) => user,
  },
});
