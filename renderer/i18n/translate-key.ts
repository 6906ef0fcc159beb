import type { TFunction } from 'i18next';
import type { Translate } from '@shared/export/list-export';

/**
 * `t` for keys that shared/ names as plain strings (column headers, coded values): their
 * existence in both languages is checked by a test, not by the compiler.
 */
export function keyTranslator(t: TFunction): Translate {
  // With values, a sentence's key: typed as one of them (the values are checked by the test of the
  // columns that name it, read back in both languages).
  return (key, values) =>
    values
      ? t(key as 'closing.person.presentAt', { ...values } as { time: string })
      : t(key as 'tables.actions');
}
