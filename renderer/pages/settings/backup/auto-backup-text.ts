import type { TFunction } from 'i18next';

/** A failure main recorded: an i18n key (`errors.ipc.*`, `backup.*`) or an unexpected error's text. */
export function describeAutoFailure(t: TFunction, message: string): string {
  if (/^(errors|backup)\.[\w.]+$/.test(message))
    return t(message, { line: '?', collection: '?', defaultValue: message });
  return t('errors.common.unexpected', { message });
}

/** `12,3 Mo`, `850 Ko`: the units of the user's language. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
