/**
 * Times and dates of an event as people type and read them in France: « 20h », « 20 h 30 »,
 * « 2030 » are all 20:30 stored as `HH:MM`; an event reads « samedi 14 novembre 2026 à 20 h ».
 */

/** `HH:MM` from what was typed, `''` for an empty field, `undefined` when it is not a time. */
export function parseTime(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (text === '') return '';
  const match = /^(\d{1,2})(?:\s*[h:.]\s*(\d{2})?)?$/.exec(text) ?? /^(\d{2})(\d{2})$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** « 20 h », « 20 h 30 », « 9 h 05 » in French; « 20:30 » otherwise. */
export function formatTime(time: string, locale = 'fr-FR'): string {
  if (!locale.startsWith('fr')) return time;
  const [hours = '', minutes = ''] = time.split(':');
  const h = String(Number(hours));
  return minutes === '00' ? `${h} h` : `${h} h ${minutes}`;
}

/** « samedi 14 novembre 2026 », « mardi 1er septembre 2026 »: a calendar day, no time-zone shift. */
export function formatLongDate(isoDate: string, locale = 'fr-FR'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
  const text = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return locale.startsWith('fr') ? text.replace(/^(\S+ )1(?= )/, '$11er') : text;
}

/** « samedi 14 novembre 2026 à 20 h », or the day alone when no time is set. */
export function formatEventStart(event: { startsOn: string; startTime: string }, locale = 'fr-FR'): string {
  const day = formatLongDate(event.startsOn, locale);
  if (event.startTime === '') return day;
  const at = locale.startsWith('fr') ? 'à' : 'at';
  return `${day} ${at} ${formatTime(event.startTime, locale)}`;
}

/** The clock time of an instant (a check-in), « 14:02 », in the association's time zone. */
export function formatClockTime(isoInstant: string, locale = 'fr-FR', timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
  }).format(new Date(isoInstant));
}
