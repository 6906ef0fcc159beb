import type { TFunction } from 'i18next';
import type { Role } from '@shared/auth/roles';
import { describeWriteError } from '@renderer/components/translate-error';
import { PeopleMergeError } from '@renderer/data/members/write';

/** A merge error in a sentence, saying what to do next. */
export function describeMergeError(t: TFunction, role: Role, error: unknown): string {
  if (!(error instanceof PeopleMergeError)) return describeWriteError(t, role, error);
  if (error.code === 'MERGE_NOT_FOUND') return t('merge.errors.notFound');
  if (error.code === 'MERGE_STALE') return t('merge.errors.stale');
  const message = describeWriteError(t, role, error.cause);
  if (error.step === 'audit') return t('merge.errors.auditFailed', { message });
  return t('merge.errors.incomplete', {
    step: t(`merge.errors.steps.${error.step ?? 'memberships'}`),
    message,
  });
}
