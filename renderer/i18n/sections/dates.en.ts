import type { TranslationShape } from '@renderer/i18n/shape';
import type { dateFieldFr, datesFr } from '@renderer/i18n/sections/dates.fr';

export const datesEn: TranslationShape<typeof datesFr> = {
  required: 'Enter a date as DD/MM/YYYY (for example 14/07/1985).',
  invalid: 'Date not recognised: type it as DD/MM/YYYY (for example 14/07/1985).',
  incomplete:
    'Incomplete date: enter the day, the month and the year as DD/MM/YYYY (for example 14/07/1985).',
  impossible:
    'This date does not exist: check the day, then the month (the day comes first, and February has only 28 days, 29 in leap years).',
  beforeMin: 'This date is before {{bound}}: enter {{bound}} or a later date.',
  afterMax: 'This date is after {{bound}}: enter {{bound}} or an earlier date.',
};

export const dateFieldEn: TranslationShape<typeof dateFieldFr> = {
  placeholder: 'DD/MM/YYYY',
  openCalendar: 'Pick the date from a calendar',
  openCalendarHint: 'Pick the date from a calendar (Alt+↓ in the field)',
};
