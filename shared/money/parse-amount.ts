import type { Cents } from '@shared/money/cents';
import { toCents } from '@shared/money/cents';

/**
 * Reads an amount as people type it in France — "15", "15,5", "15,50 €", "1 234,50", and the
 * "15.50" of a keypad or a spreadsheet — into integer cents. Never goes through a float, so
 * "0,29" is 29 cents, not 28.999….
 */
export const AMOUNT_ERROR_KEYS = [
  'errors.members.amountRequired',
  'errors.members.amountInvalid',
  'errors.members.amountNegative',
  'errors.members.amountTooManyDecimals',
  'errors.members.amountTooLarge',
] as const;
export type AmountErrorKey = (typeof AMOUNT_ERROR_KEYS)[number];

export type ParsedAmount = { ok: true; cents: Cents } | { ok: false; error: AmountErrorKey };

/** 1 000 000 € by default: far above any fee or gift typed by hand, catches a slipped key. */
export const DEFAULT_MAX_AMOUNT_CENTS = 100_000_000;

// Spaces of every kind: the French thousands separator is a (narrow) no-break space in Intl.
const SPACES = /[\s\u00a0\u202f\u2009]+/g;

export function parseAmount(input: string, maxCents: number = DEFAULT_MAX_AMOUNT_CENTS): ParsedAmount {
  let text = input
    .replace(SPACES, '')
    .replace(/(€|eur|euros?)$/i, '')
    .replace(/^€/, '');
  if (text === '') return { ok: false, error: 'errors.members.amountRequired' };
  if (/^[-−–]/.test(text)) return { ok: false, error: 'errors.members.amountNegative' };
  text = text.replace(/^\+/, '');

  // With both separators, the last one is the decimal mark and the other groups thousands.
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let integerPart: string;
  let decimalPart: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalMark = lastComma > lastDot ? ',' : '.';
    const groupMark = decimalMark === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimalMark);
    integerPart = text.slice(0, at);
    decimalPart = text.slice(at + 1);
    if (!/^[0-9]{1,3}([.,][0-9]{3})*$/.test(integerPart) || integerPart.includes(decimalMark)) {
      return { ok: false, error: 'errors.members.amountInvalid' };
    }
    integerPart = integerPart.split(groupMark).join('');
  } else {
    const mark = lastComma >= 0 ? ',' : '.';
    const parts = text.split(mark);
    if (parts.length > 2) return { ok: false, error: 'errors.members.amountInvalid' };
    integerPart = parts[0] ?? '';
    decimalPart = parts[1] ?? '';
    if (parts.length === 2 && decimalPart === '') return { ok: false, error: 'errors.members.amountInvalid' };
  }
  if (integerPart === '') integerPart = '0';
  if (!/^[0-9]+$/.test(integerPart) || !/^[0-9]*$/.test(decimalPart)) {
    return { ok: false, error: 'errors.members.amountInvalid' };
  }
  if (decimalPart.length > 2) return { ok: false, error: 'errors.members.amountTooManyDecimals' };
  if (integerPart.replace(/^0+/, '').length > 13)
    return { ok: false, error: 'errors.members.amountTooLarge' };

  const cents = Number(integerPart) * 100 + Number(decimalPart.padEnd(2, '0'));
  if (cents > maxCents) return { ok: false, error: 'errors.members.amountTooLarge' };
  return { ok: true, cents: toCents(cents) };
}
