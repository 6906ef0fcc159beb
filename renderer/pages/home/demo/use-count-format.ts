import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** Counts as the screen's language writes them: « 1 234 » in French, « 1,234 » in English. */
export function useCountFormat(): (count: number) => string {
  const { language } = useLanguage();
  const locale = localeOf(language);
  return (count) => count.toLocaleString(locale);
}
