/**
 * An amount of euro cents in French words, as a tax receipt prints it (« somme en toutes
 * lettres »), e.g. `2121` → `vingt et un euros et vingt et un centimes`.
 *
 * The rules (Grevisse; Académie française; rectifications de 1990):
 * - `vingt` and `cent` take an s only when multiplied and final: quatre-vingts, deux cents, but
 *   quatre-vingt-un, deux cent un, and quatre-vingt mille (mille is a numeral, so they are not
 *   final); before million and milliard, which are nouns, they are final: deux cents millions.
 * - `mille` never varies and is never preceded by « un »; `million` and `milliard` are nouns and
 *   agree (deux millions).
 * - Traditional spelling joins tens and units with a hyphen under 100 and writes « et » in 21,
 *   31 … 71 (vingt et un, soixante et onze), never in 81 or 91 (quatre-vingt-un).
 * - The 1990 spelling hyphenates every numeral of the number (deux-cent-vingt-et-un-mille) but
 *   not million and milliard, which are nouns.
 * - A round number of millions or milliards takes « d'euros » (un million d'euros).
 */
export type AmountSpelling = 'traditional' | 'reformed1990';

export interface AmountInWordsOptions {
  spelling?: AmountSpelling;
}

/** The largest amount accepted, excluded: 10^14 cents, a thousand milliards of euros. */
export const AMOUNT_IN_WORDS_LIMIT = 100_000_000_000_000;

const UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
] as const;
const TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'] as const;

interface Spelling {
  /** Between hundreds, thousands and what follows: a space, or a hyphen in 1990 spelling. */
  join: string;
  /** « et » of 21, 31 … 71: ` et ` or `-et-`. */
  and: string;
}

const SPELLINGS: Record<AmountSpelling, Spelling> = {
  traditional: { join: ' ', and: ' et ' },
  reformed1990: { join: '-', and: '-et-' },
};

function below20(n: number): string {
  return n < 17 ? (UNITS[n] as string) : `dix-${UNITS[n - 10] as string}`;
}

/** 0 < n < 100. `final`: nothing multiplies it afterwards (quatre-vingts vs quatre-vingt mille). */
function below100(n: number, final: boolean, spelling: Spelling): string {
  if (n < 20) return below20(n);
  const ten = Math.floor(n / 10);
  const unit = n % 10;
  if (ten === 7 || ten === 9) {
    const base = ten === 7 ? 'soixante' : 'quatre-vingt';
    const rest = n - (ten === 7 ? 60 : 80);
    if (ten === 7 && rest === 11) return `soixante${spelling.and}onze`;
    return `${base}-${below20(rest)}`;
  }
  if (ten === 8)
    return unit === 0 ? (final ? 'quatre-vingts' : 'quatre-vingt') : `quatre-vingt-${UNITS[unit]}`;
  const tens = TENS[ten] as string;
  if (unit === 0) return tens;
  if (unit === 1) return `${tens}${spelling.and}un`;
  return `${tens}-${UNITS[unit]}`;
}

/** 0 < n < 1000. */
function below1000(n: number, final: boolean, spelling: Spelling): string {
  const hundred = Math.floor(n / 100);
  const rest = n % 100;
  if (hundred === 0) return below100(rest, final, spelling);
  const cent =
    hundred === 1 ? 'cent' : `${UNITS[hundred]}${spelling.join}${rest === 0 && final ? 'cents' : 'cent'}`;
  return rest === 0 ? cent : `${cent}${spelling.join}${below100(rest, final, spelling)}`;
}

/** A whole number 0 ≤ n < 10^12 in words. */
export function numberInWords(n: number, options: AmountInWordsOptions = {}): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1_000_000_000_000) {
    throw new RangeError(`Nombre hors limites : ${n}`);
  }
  if (n === 0) return 'zéro';
  const spelling = SPELLINGS[options.spelling ?? 'traditional'];
  const milliards = Math.floor(n / 1_000_000_000);
  const millions = Math.floor(n / 1_000_000) % 1000;
  const thousands = Math.floor(n / 1000) % 1000;
  const units = n % 1000;

  // Million and milliard are nouns: always set apart by spaces, in both spellings.
  const nouns: string[] = [];
  if (milliards > 0) {
    nouns.push(`${below1000(milliards, true, spelling)} ${milliards === 1 ? 'milliard' : 'milliards'}`);
  }
  if (millions > 0) {
    nouns.push(`${below1000(millions, true, spelling)} ${millions === 1 ? 'million' : 'millions'}`);
  }
  const numerals: string[] = [];
  if (thousands > 0) {
    numerals.push(
      thousands === 1 ? 'mille' : `${below1000(thousands, false, spelling)}${spelling.join}mille`,
    );
  }
  if (units > 0) numerals.push(below1000(units, true, spelling));
  if (numerals.length > 0) nouns.push(numerals.join(spelling.join));
  return nouns.join(' ');
}

/**
 * `cents` (0 ≤ cents < 10^14) in words: `un euro`, `deux cents euros`, `un million d'euros`,
 * `vingt et un euros et vingt et un centimes`, `un centime`, `zéro euro`.
 */
export function amountInWords(cents: number, options: AmountInWordsOptions = {}): string {
  if (!Number.isSafeInteger(cents) || cents < 0 || cents >= AMOUNT_IN_WORDS_LIMIT) {
    throw new RangeError(`Montant hors limites : ${cents} centimes`);
  }
  const euros = Math.floor(cents / 100);
  const centimes = cents % 100;
  const parts: string[] = [];
  if (euros > 0 || centimes === 0) {
    const words = numberInWords(euros, options);
    if (euros % 1_000_000 === 0 && euros > 0) parts.push(`${words} d'euros`);
    else parts.push(`${words} ${euros <= 1 ? 'euro' : 'euros'}`);
  }
  if (centimes > 0) {
    parts.push(`${numberInWords(centimes, options)} ${centimes === 1 ? 'centime' : 'centimes'}`);
  }
  return parts.join(' et ');
}
