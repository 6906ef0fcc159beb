import type { TFunction } from 'i18next';
import { ErasureTooLargeError } from '@shared/members/erasure';
import { ErasureError } from '@renderer/data/members/erase';

/** Why an erasure failed, in French: its own errors by code; any other, with a way to resume. */
export function describeErasureError(t: TFunction, described: string, error: unknown): string {
  if (error instanceof ErasureError) return t(`erasure.errors.${error.code}`);
  if (error instanceof ErasureTooLargeError)
    return t('erasure.errors.ERASURE_TOO_LARGE', { count: error.count });
  return t('erasure.errors.failed', { message: described });
}
