import type { ApiErrorCode, FieldError } from '@shared/sync/protocol';

/**
 * Codes of what can go wrong talking to the server: the API's own stable codes, plus what only
 * the client can see (no network, an answer that is not the API's, an address it cannot use).
 */
export type SyncErrorCode = ApiErrorCode | 'NETWORK' | 'BAD_RESPONSE' | 'INVALID_ADDRESS';

/** An error crossing the network boundary: screens translate `code`, never parse `message`. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly status?: number,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** The server no longer accepts this device: retrying cannot help, people must re-enrol. */
export function isAuthFailure(error: unknown): boolean {
  return error instanceof SyncError && (error.code === 'UNAUTHENTICATED' || error.code === 'DEVICE_REVOKED');
}

/**
 * This device and the server hold different schema versions (issue 20): retrying cannot help,
 * an app must be updated — this one (`APP_OUTDATED`) or the server's (`SERVER_OUTDATED`).
 */
export function outdatedSide(error: unknown): 'app' | 'server' | null {
  if (!(error instanceof SyncError)) return null;
  if (error.code === 'APP_OUTDATED') return 'app';
  return error.code === 'SERVER_OUTDATED' ? 'server' : null;
}

export function isNetworkFailure(error: unknown): boolean {
  return error instanceof SyncError && error.code === 'NETWORK';
}

export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  return new SyncError('NETWORK', error instanceof Error ? error.message : String(error));
}
