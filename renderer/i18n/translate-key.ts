import type { TFunction } from 'i18next';
import type { Translate } from '@shared/export/list-export';

/**
 * `t` for keys that shared/ names as plain strings (column headers, coded values): their
 * existence in both languages is checked by a test, not by the compiler.
 */
export function keyTranslator(t: TFunction): Translate {
  return (key) => t(key as 'tables.actions');
}
