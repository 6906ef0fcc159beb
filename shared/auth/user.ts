import { z } from 'zod';
import { ROLES } from '@shared/auth/roles';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { trimmedText } from '@shared/schema/common';

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
  name: trimmedText(80, { required: 'errors.users.nameRequired' }).min(1, {
    error: 'errors.users.nameRequired',
  }),
  role: z.enum(ROLES, { error: 'errors.users.roleRequired' }),
  secretKind: z.enum(['password', 'pin']),
  secret: secretHashSchema,
  disabled: z.boolean(),
}).superRefine((user, ctx) => {
  if ((user.role === 'door') !== (user.secretKind === 'pin')) {
    ctx.addIssue({ code: 'custom', path: ['secretKind'], message: 'errors.users.secretKindMismatch' });
  }
});
export type UserDocument = z.output<typeof userDocumentSchema>;

export const usersCollection = defineCollection({
  name: 'users',
  version: 0,
  schema: userDocumentSchema,
  indexes: ['name'],
});
