/** RxDB's error when a write meets a document already there (an insert of an existing id, a stale update). */
export const isConflict = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'CONFLICT';
