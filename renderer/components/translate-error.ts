import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Decision } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';
import { readMessage } from '@shared/schema/messages';
import { PermissionDeniedError } from '@renderer/data/write-guard';

/**
 * zod messages in shared/ are i18n keys (`errors.…`). An unknown key, which would be a bug,
 * still shows a sentence rather than a raw code.
 */
export function translateError(t: TFunction, message: unknown): string {
  if (typeof message !== 'string') return t('errors.common.invalid');
  const { key, params } = readMessage(message);
  const translated = t(key as 'errors.common.invalid', { ...params, defaultValue: '' });
  return translated || t('errors.common.invalid');
}

/** A refusal in words: what was refused, the user's role, and who may do it. */
export function describeDenial(
  t: TFunction,
  role: Role,
  decision: Extract<Decision, { allowed: false }>,
): string {
  if (decision.reason !== 'permissions.denied' || !decision.action) return translateError(t, decision.reason);
  return t('permissions.denied', {
    role: t(`roles.${role}`),
    action: t(`permissions.actions.${decision.action}`),
    roles: decision.allowedRoles.map((r) => t(`roles.${r}`)).join(', '),
  });
}

/** Any error a write can end with, in a sentence. */
export function describeWriteError(t: TFunction, role: Role | null, error: unknown): string {
  if (error instanceof PermissionDeniedError) {
    return role ? describeDenial(t, role, error.decision) : translateError(t, error.decision.reason);
  }
  return t('errors.common.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

/** A zod error as form errors: the first message (an i18n key) of each field path. */
export function issuesByPath(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}
