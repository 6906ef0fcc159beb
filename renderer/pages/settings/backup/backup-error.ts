import type { TFunction } from 'i18next';
import { BackupError } from '@shared/backup/errors';

/** A backup's problem in a sentence that says what to do; anything else as an unexpected error. */
export function describeBackupError(t: TFunction, error: unknown): string {
  if (error instanceof BackupError) {
    const params = { line: '?', collection: '?', ...error.params };
    if (typeof error.params.collection === 'string') {
      params.collection = t(`journal.collections.${error.params.collection}`, {
        defaultValue: error.params.collection,
      });
    }
    return t(`backup.errors.${error.code}`, params);
  }
  return t('errors.common.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

/**
 * Why a confirmed restore stopped. Before anything was applied (the file's checks, its staging),
 * nothing was restored; once applying (`phase` of the restore's marker left behind), the
 * collections already applied stay, and the next start finishes it from its staging.
 */
export function describeRestoreFailure(
  t: TFunction,
  error: unknown,
  phase: 'staging' | 'applying' | null,
): string {
  const message = describeBackupError(t, error);
  const halfway =
    phase === 'applying' && !(error instanceof BackupError && error.code === 'restoreInProgress');
  return halfway ? t('backup.restore.failedHalfway', { message }) : t('backup.restore.failed', { message });
}
