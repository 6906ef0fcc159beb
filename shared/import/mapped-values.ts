import { parseFrenchDate, type DatePivot, type DateErrorKey } from '@shared/dates/parse-date';
import type { DonationMethod } from '@shared/donations/donation';
import { normaliseLabel, readCents, readEmail, type Read } from '@shared/import/helloasso-values';
import type { PaymentMethod } from '@shared/members/membership';

/**
 * Cells of an ordinary spreadsheet read the French way, each into its value or a French reason
 * the dry run shows beside the row's line: dates day first through the app's one date parser
 * (`parseFrenchDate`: 14/07/1985, 14.07.85, 1985-07-14), amounts with a decimal comma and
 * thousands spaces (`1 250,00`, `12,5`), payment methods as people write them (« Chq »,
 * « CB », « Espèces »), yes/no consents. A cell is always text: a formula written in a cell
 * (`=HYPERLINK(...)`) is kept as the text it is, never run.
 */

const DATE_REASONS: Record<DateErrorKey, string> = {
  'errors.date.required': 'manquante',
  'errors.date.invalid': 'illisible : attendu JJ/MM/AAAA (le jour d’abord)',
  'errors.date.incomplete': 'incomplète : attendu JJ/MM/AAAA',
  'errors.date.impossible': 'impossible (ce jour n’existe pas dans le calendrier)',
  'errors.date.beforeMin': 'trop ancienne',
  'errors.date.afterMax': 'dans le futur',
};

// « 05/09/2025 18:02 » of a spreadsheet that kept the time: the day is what counts here.
const TIME_AFTER = /^(.*\d)[ T]+\d{1,2}[:h]\d{2}(?::\d{2})?$/;

/** A date cell (`label`: « date de naissance ») to `YYYY-MM-DD`; `today` for two-digit years. */
export function readFrenchDay(
  cell: string,
  label: string,
  options: { today: string; pivot: DatePivot; max?: string; min?: string },
): Read<string> {
  const text = cell.trim();
  const day = TIME_AFTER.exec(text)?.[1] ?? text;
  const parsed = parseFrenchDate(day, options);
  if (parsed.ok) return { ok: true, value: parsed.iso };
  const shown = text === '' ? '' : ` « ${text} »`;
  return { ok: false, message: `${label}${shown} ${DATE_REASONS[parsed.error]}.` };
}

/** An amount cell to cents; empty is `undefined` (the tariff's amount, or nothing). */
export function readAmount(cell: string, label: string): Read<number | undefined> {
  if (cell.trim() === '') return { ok: true, value: undefined };
  return readCents(cell, label);
}

const METHODS: [RegExp, PaymentMethod | 'prelevement'][] = [
  [/^(especes?|liquide|cash|esp)\b/, 'especes'],
  [/^(cheques?|chq|chq\.|ch)\b/, 'cheque'],
  [/^(virement|vir|vrt)\b/, 'virement'],
  [/^(prelevement|prlv|sepa)\b/, 'prelevement'],
  [/^(carte|cb|tpe|carte bancaire|sumup)\b/, 'carte'],
  [/^(helloasso|hello asso)\b/, 'helloasso'],
];

const METHODS_SAID = 'Espèces, Chèque, Virement, Carte ou HelloAsso';

function methodOf(cell: string): PaymentMethod | 'prelevement' | undefined {
  const text = normaliseLabel(cell)
    .replace(/[^a-z ]+/g, ' ')
    .trim();
  return METHODS.find(([pattern]) => pattern.test(text))?.[1];
}

export function readMembershipMethod(cell: string, label: string): Read<PaymentMethod> {
  const method = methodOf(cell);
  if (method && method !== 'prelevement') return { ok: true, value: method };
  if (cell.trim() === '') return { ok: false, message: `${label} manquant (${METHODS_SAID}).` };
  return { ok: false, message: `${label} « ${cell.trim()} » inconnu : attendu ${METHODS_SAID}.` };
}

export function readDonationMethod(cell: string, label: string): Read<DonationMethod> {
  const method = methodOf(cell);
  if (method && method !== 'helloasso') return { ok: true, value: method };
  // A donation through HelloAsso was paid by card (the Cerfa knows no HelloAsso box).
  if (method === 'helloasso') return { ok: true, value: 'carte' };
  if (cell.trim() === '')
    return { ok: false, message: `${label} manquant (Espèces, Chèque, Virement, Prélèvement ou Carte).` };
  return {
    ok: false,
    message: `${label} « ${cell.trim()} » inconnu : attendu Espèces, Chèque, Virement, Prélèvement ou Carte.`,
  };
}

/** « Oui », « x », « 1 », « Accepte » give true; « Non », « 0 », « Refuse » false; empty: unknown. */
export function readConsent(cell: string, label: string): Read<boolean | undefined> {
  const text = normaliseLabel(cell);
  if (text === '') return { ok: true, value: undefined };
  // Tilleul's own export writes « Accordé », « Refusé », « Non demandé » (people.list.consent).
  if (['non demande', 'non demandee', 'inconnu', 'unknown'].includes(text))
    return { ok: true, value: undefined };
  const yes = ['oui', 'o', 'yes', 'y', 'x', '1', 'vrai', 'true', 'ok', 'accepte', 'acceptee', 'autorise'];
  if ([...yes, 'autorisee', 'd accord', 'accorde', 'accordee', 'granted'].includes(text))
    return { ok: true, value: true };
  if (['non', 'n', 'no', '0', 'faux', 'false', 'refuse', 'refusee', 'refus', 'refused'].includes(text))
    return { ok: true, value: false };
  return { ok: false, message: `${label} « ${cell.trim()} » : attendu Oui ou Non.` };
}

/** « M. », « Mme », « Monsieur », « Madame »…, as a short civility; anything else as written. */
export function readCivility(cell: string): string {
  const text = normaliseLabel(cell).replace(/\.$/, '');
  if (['m', 'mr', 'monsieur', 'homme', 'h'].includes(text)) return 'M.';
  if (['mme', 'madame', 'mlle', 'mademoiselle', 'femme', 'f'].includes(text)) return 'Mme';
  return cell.trim().slice(0, 20);
}

export function readMappedEmail(cell: string, label: string): Read<string> {
  const read = readEmail(cell, label);
  return read.ok ? { ok: true, value: read.value ?? '' } : read;
}

/** A phone number as people write it: digits, spaces, dots, dashes, +, parentheses. */
export function readPhone(cell: string, label: string): Read<string> {
  const text = cell.trim();
  if (text === '') return { ok: true, value: '' };
  // A number Excel turned into a figure lost its leading 0: 612345678 is 06 12 34 56 78.
  const digits = /^[1-9]\d{8}$/.test(text) ? `0${text}` : text;
  if (digits.length > 30 || !/^[0-9+().\s-]*$/.test(digits) || !/\d{2}/.test(digits)) {
    return { ok: false, message: `${label} « ${text} » illisible : attendu un numéro comme 06 12 34 56 78.` };
  }
  return { ok: true, value: digits };
}

/** A French postal code that Excel turned into a number (1000 for 01000) gets its 0 back. */
export function readPostalCode(cell: string, label: string): Read<string> {
  const text = cell.trim().replace(/\s+/g, '');
  if (text === '') return { ok: true, value: '' };
  const code = /^\d{4}$/.test(text) ? `0${text}` : text;
  if (!/^\d{5}$/.test(code)) {
    return { ok: false, message: `${label} « ${cell.trim()} » : attendu 5 chiffres, comme 75011.` };
  }
  return { ok: true, value: code };
}

/**
 * A member number: one of Tilleul's form (« A-0012 ») is kept; another (« 12 », an old register's)
 * is kept as `former`, for the notes, and the person gets a number of this device's series.
 */
export function readMemberNumber(cell: string): { number: string; former: string } {
  const text = cell.trim().toUpperCase();
  if (/^[A-Z]{1,3}-[0-9]{4,8}$/.test(text)) return { number: text, former: '' };
  return { number: '', former: cell.trim().slice(0, 40) };
}
