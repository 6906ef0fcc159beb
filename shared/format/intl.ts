import type { Cents } from '@shared/money/cents';

/**
 * Display formats through `Intl`, French by default. Always pass the locale of the UI language;
 * the time zone defaults to the runtime's (the association's PC), tests pin it.
 */
export function formatMoney(amount: Cents, locale = 'fr-FR'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(amount / 100);
}

/** A calendar date `YYYY-MM-DD`, shown without any time-zone shift. */
export function formatDate(isoDate: string, locale = 'fr-FR'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoInstant: string, locale = 'fr-FR', timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(
    new Date(isoInstant),
  );
}
