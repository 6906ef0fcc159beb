/**
 * Why a backup file cannot be read or restored. `code` names an i18n key under
 * `backup.errors.` (the screen says what happened and what to do); `params` fill it in.
 */
export const BACKUP_ERROR_CODES = [
  'notABackup',
  'newerFormat',
  'newerSchema',
  'unknownCollection',
  'badHeader',
  'badDocument',
  'badTrailer',
  'countMismatch',
  'checksumMismatch',
  'truncated',
  'notUtf8',
  'lineTooLong',
  'passwordRequired',
  'wrongPassword',
  'noWebCrypto',
  'duplicateDocument',
  'restoreInProgress',
  'wrongAdminSecret',
  'noAdminKey',
] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(`BACKUP_${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'BackupError';
  }
}
