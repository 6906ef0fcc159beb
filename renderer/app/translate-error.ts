import type { TFunction } from 'i18next';

/**
 * zod messages in shared/ are i18n keys (`errors.…`). An unknown key, which would be a bug,
 * still shows a sentence rather than a raw code.
 */
export function translateError(t: TFunction, key: unknown): string {
  if (typeof key !== 'string') return t('errors.common.invalid');
  const translated = t(key as 'errors.common.invalid', { defaultValue: '' });
  return translated || t('errors.common.invalid');
}
