import { parseAmount } from '@shared/money/parse-amount';

/**
 * Cell values of HelloAsso exports, read as written: statuses, French dates with or without the
 * time, amounts with a decimal comma and thousands spaces. Each reader returns the value or a
 * French reason that the import shows beside the row's line.
 */
export type HelloAssoStatus = 'valid' | 'pending' | 'cancelled' | 'refunded' | 'refused';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** Lower case, no accents, single spaces: « Statut  de la Commande » = « statut de la commande ». */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim()
    .toLowerCase();
}

const STATUSES: Record<string, HelloAssoStatus> = {
  valide: 'valid',
  paye: 'valid',
  'hors ligne': 'valid',
  autorise: 'valid',
  'en attente': 'pending',
  annule: 'cancelled',
  rembourse: 'refunded',
  refuse: 'refused',
};

export function readStatus(cell: string): Read<HelloAssoStatus> {
  const status = STATUSES[normaliseLabel(cell)];
  if (status) return { ok: true, value: status };
  return {
    ok: false,
    message:
      `statut « ${cell.trim()} » inconnu : attendu Validé, Payé, Hors Ligne, En attente, Annulé, ` +
      'Remboursé ou Refusé.',
  };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const two = (n: number) => String(n).padStart(2, '0');

/**
 * « 05/09/2025 18:02 » → `2025-09-05T18:02`, « 05/09/2025 18:02:41 » → `2025-09-05T18:02:41`,
 * « 20/12/2025 » → `2025-12-20`: the local time the file shows, never moved by a time zone.
 * An ISO date (a spreadsheet re-save) is read too.
 */
export function readDateTime(cell: string, label = 'date'): Read<string> {
  const text = cell.trim();
  const french = FRENCH.exec(text);
  const iso = french ? undefined : ISO.exec(text);
  const parts = french
    ? [french[3], french[2], french[1], french[4], french[5], french[6]]
    : iso
      ? [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]]
      : undefined;
  const invalid = {
    ok: false as const,
    message: `${label} « ${text} » illisible : attendu JJ/MM/AAAA, avec ou sans l’heure (JJ/MM/AAAA HH:MM).`,
  };
  if (!parts) return text === '' ? { ok: false, message: `${label} manquante.` } : invalid;
  const [year, month, day] = parts.slice(0, 3).map(Number) as [number, number, number];
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return invalid;
  }
  const date = `${year}-${two(month)}-${two(day)}`;
  if (parts[3] === undefined) return { ok: true, value: date };
  const [hours, minutes, seconds] = parts.slice(3).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
  ];
  if (hours > 23 || minutes > 59 || seconds > 59) return invalid;
  const time = `${two(hours)}:${two(minutes)}${parts[5] === undefined ? '' : `:${two(seconds)}`}`;
  return { ok: true, value: `${date}T${time}` };
}

/**
 * « 1 250,00 », « 15 », « -5,00 » (a promo code) to cents; an empty cell is 0. Negative amounts
 * only where `negative` allows them.
 */
export function readCents(cell: string, label: string, negative = false): Read<number> {
  const text = cell.trim();
  if (text === '') return { ok: true, value: 0 };
  const minus = /^[-−–]/.test(text);
  const parsed = parseAmount(minus ? text.slice(1) : text);
  if (!parsed.ok || (minus && !negative)) {
    return {
      ok: false,
      message: `${label} « ${text} » illisible : attendu un montant comme 15,00 ou 1 250,00.`,
    };
  }
  return { ok: true, value: minus ? -parsed.cents : parsed.cents };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function readEmail(cell: string, label: string): Read<string | undefined> {
  const text = cell.trim().toLowerCase();
  if (text === '') return { ok: true, value: undefined };
  if (text.length > 254 || !EMAIL.test(text)) {
    return { ok: false, message: `${label} « ${cell.trim()} » n’est pas une adresse e-mail valide.` };
  }
  return { ok: true, value: text };
}

/** « Oui » / « Non » of HelloAsso's yes-no fields; anything else is unknown. */
export function readYesNo(cell: string): boolean | undefined {
  const text = normaliseLabel(cell);
  if (text === 'oui' || text === 'yes') return true;
  if (text === 'non' || text === 'no') return false;
  return undefined;
}
