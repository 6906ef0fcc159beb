import { useCallback } from 'react';
import { formatMoney } from '@shared/format/intl';
import type { Cents } from '@shared/money/cents';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** Euros the way the screen's language writes them: « 1 250,50 € » in French, « €1,250.50 » in English. */
export function useMoney(): (cents: number) => string {
  const locale = useLocale();
  return useCallback((cents: number) => formatMoney(cents as Cents, locale), [locale]);
}

/** The locale of the screen's language, for `Intl` (dates, numbers, money). */
export function useLocale(): string {
  return localeOf(useLanguage().language);
}
