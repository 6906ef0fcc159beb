import type { Cents } from '@shared/money/cents';

/**
 * Display formats through `Intl`, French by default. Always pass the locale of the UI language;
 * the time zone defaults to the runtime's (the association's PC), tests pin it.
 */
export function formatMoney(amount: Cents, locale = 'fr-FR'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amount / 100);
}

/**
 * French writes the first of the month as an ordinal, « 1er septembre »; `Intl` writes « 1 »
 * (it has no ordinal days). Only a leading day number 1 changes.
 */
function firstOfMonth(text: string, locale: string): string {
  return locale.startsWith('fr') ? text.replace(/^1(?= )/, '1er') : text;
}

/** A calendar date `YYYY-MM-DD`, shown without any time-zone shift. */
export function formatDate(isoDate: string, locale = 'fr-FR'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
  return firstOfMonth(
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date),
    locale,
  );
}

export function formatDateTime(isoInstant: string, locale = 'fr-FR', timeZone?: string): string {
  return firstOfMonth(
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
      new Date(isoInstant),
    ),
    locale,
  );
}

/** « 14:02 » (« 2:02 PM » in English): the time of an instant, in this device's time zone. */
export function formatTime(isoInstant: string, locale = 'fr-FR', timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(isoInstant));
}

/** « 5 000 » (« 5,000 » in English): a count of things, with the locale's thousands separator. */
export function formatCount(count: number, locale = 'fr-FR'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}

/** « 1,4 » (« 1.4 »): bytes as megabytes (10⁶), one decimal. */
export function formatMegabytes(bytes: number, locale = 'fr-FR'): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    bytes / 1e6,
  );
}
