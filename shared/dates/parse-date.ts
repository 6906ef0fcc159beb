/**
 * Reads a date as people type it in France — always day first — into the ISO `YYYY-MM-DD`
 * string the app stores. Pure arithmetic on the digits: no `Date`, no time zone, so 03/04/2027
 * can neither become 4 March nor slide to the day before at midnight UTC.
 */
export const DATE_ERROR_KEYS = [
  'errors.date.required',
  'errors.date.invalid',
  'errors.date.incomplete',
  'errors.date.impossible',
  'errors.date.beforeMin',
  'errors.date.afterMax',
] as const;
export type DateErrorKey = (typeof DATE_ERROR_KEYS)[number];
type BoundErrorKey = 'errors.date.beforeMin' | 'errors.date.afterMax';

/**
 * How a two-digit year is read. `past`: the most recent such date not after today (birth dates:
 * 85 → 1985, 12 → 2012). `around`: the year closest to today's, from 50 years back to 49 ahead
 * (seasons, payments, consents: 27 → 2027).
 */
export type DatePivot = 'past' | 'around';

export interface FrenchDateOptions {
  /** Today as `YYYY-MM-DD` (see `localToday`): passed in so that parsing stays deterministic. */
  today: string;
  pivot: DatePivot;
  /** Earliest accepted date, ISO, inclusive. */
  min?: string;
  /** Latest accepted date, ISO, inclusive. */
  max?: string;
}

export type ParsedDate =
  | { ok: true; iso: string }
  | { ok: false; error: Exclude<DateErrorKey, BoundErrorKey> }
  /** `bound` is the ISO limit that was crossed, for the message to quote it. */
  | { ok: false; error: BoundErrorKey; bound: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// "14/07/1985", "14.07.1985", "14-07-1985", "14 07 1985", spaces around a mark tolerated.
const SEPARATOR = /\s*[/.-]\s*|\s+/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const toIso = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

function readToday(today: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(today);
  if (!match) throw new Error(`parseFrenchDate: today must be YYYY-MM-DD, got "${today}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function fullYear(twoDigits: number, month: number, day: number, options: FrenchDateOptions): number {
  const today = readToday(options.today);
  const year = today.year - (today.year % 100) + twoDigits;
  if (options.pivot === 'past') {
    const later = year * 10_000 + month * 100 + day > today.year * 10_000 + today.month * 100 + today.day;
    return later ? year - 100 : year;
  }
  if (year > today.year + 49) return year - 100;
  if (year < today.year - 50) return year + 100;
  return year;
}

type Parts = { day: string; month: string; year: string } | 'invalid' | 'incomplete';

/** Splits the text into day, month and year digits, before any arithmetic. */
function split(text: string): Parts {
  if (/^\d+$/.test(text)) {
    // Digits only: JJMMAAAA or JJMMAA. Fewer digits is a date still being typed.
    if (text.length === 8 || text.length === 6) {
      return { day: text.slice(0, 2), month: text.slice(2, 4), year: text.slice(4) };
    }
    return text.length < 6 ? 'incomplete' : 'invalid';
  }
  const parts = text.split(SEPARATOR);
  // A trailing mark ("14/07/") is someone who stopped typing, not a different format.
  if (parts.at(-1) === '') parts.pop();
  if (parts.some((part) => !/^\d+$/.test(part)) || parts.length > 3) return 'invalid';
  const [first = '', second = '', third] = parts;
  if (first.length === 4) {
    // Year first: the ISO date of a spreadsheet or a copy-paste (a day never has 4 digits).
    if (third === undefined) return 'incomplete';
    if (second.length > 2 || third.length > 2) return 'invalid';
    return { day: third, month: second, year: first };
  }
  if (first.length > 2 || second.length > 2) return 'invalid';
  if (third === undefined) return 'incomplete';
  if (third.length === 1 || third.length === 3) return 'incomplete';
  if (third.length !== 2 && third.length !== 4) return 'invalid';
  return { day: first, month: second, year: third };
}

export function parseFrenchDate(input: string, options: FrenchDateOptions): ParsedDate {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'errors.date.required' };
  const parts = split(text);
  if (parts === 'invalid') return { ok: false, error: 'errors.date.invalid' };
  if (parts === 'incomplete') return { ok: false, error: 'errors.date.incomplete' };

  const day = Number(parts.day);
  const month = Number(parts.month);
  const year =
    parts.year.length === 2 ? fullYear(Number(parts.year), month, day, options) : Number(parts.year);
  // "0985" is a slipped key, not the Middle Ages: years keep their four digits.
  if (year < 1000) return { ok: false, error: 'errors.date.invalid' };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: 'errors.date.impossible' };
  }

  const iso = toIso(year, month, day);
  if (options.min !== undefined && iso < options.min) {
    return { ok: false, error: 'errors.date.beforeMin', bound: options.min };
  }
  if (options.max !== undefined && iso > options.max) {
    return { ok: false, error: 'errors.date.afterMax', bound: options.max };
  }
  return { ok: true, iso };
}

/** `YYYY-MM-DD` → `JJ/MM/AAAA`. Anything else comes back unchanged rather than made up. */
export function formatFrenchDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * Today on this computer's calendar, `YYYY-MM-DD`. Not `toISOString()`, which gives the UTC day:
 * in France, between midnight and 1 or 2 a.m., that is still yesterday.
 */
export function localToday(now: Date): string {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
