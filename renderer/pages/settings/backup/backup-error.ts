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
