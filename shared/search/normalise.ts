/**
 * Text normalisation for search and duplicate detection: one definition, so "Hélène", "helene"
 * and "HELENE" are the same word at the door, in the member list and in the duplicate warning.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
const LIGATURE_PATTERN = /[œæßøłđ]/g;
// eslint-disable-next-line no-control-regex -- ASCII range on purpose
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, no accents, ligatures spelt out; punctuation and spacing left as they are. */
export function foldText(text: string): string {
  // Most names and every e-mail are plain ASCII: skip Unicode normalisation (index build time).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LIGATURE_PATTERN, (ligature) => LIGATURES[ligature] ?? ligature);
}

/**
 * Words of a name, folded: "Marie-Thérèse de La Tour d'Auvergne" gives marie, therese, de, la,
 * tour, d, auvergne, plus the joined forms of words written with hyphens or apostrophes
 * (marietherese, dauvergne), so "ndiaye" finds « N'Diaye » as well as "n diaye" does.
 */
export function nameTokens(text: string): string[] {
  return foldedNameTokens(foldText(text));
}

/** `nameTokens` of a text already folded by `foldText` (the index folds each name once). */
export function foldedNameTokens(folded: string): string[] {
  const tokens: string[] = [];
  for (const word of folded.split(/\s+/)) {
    const parts = word.split(/[^a-z0-9]+/).filter(Boolean);
    tokens.push(...parts);
    if (parts.length > 1) tokens.push(parts.join(''));
  }
  return tokens;
}

/** A name as one comparable string, word order ignored: "Dupont Jean" equals "jean DUPONT". */
export function nameKey(...names: string[]): string {
  return names
    .flatMap((name) => foldText(name).split(/[^a-z0-9]+/))
    .filter(Boolean)
    .sort()
    .join(' ');
}

export function normaliseEmail(email: string): string {
  return foldText(email.trim());
}

const MEMBER_NUMBER_SHAPE = /^\s*([a-z]{1,3})[\s-]*([0-9]+)\s*$/;
const PADDED_DIGITS = 4;

/**
 * Search tokens of a member number: "A-0042" gives `a0042` (series and padded digits, so typing
 * "A-004" narrows down to A-0040…A-0049) and `42` (the digits people say aloud).
 */
export function memberNumberTokens(memberNumber: string): string[] {
  const match = MEMBER_NUMBER_SHAPE.exec(foldText(memberNumber));
  if (!match?.[1] || !match[2]) return [];
  return [`${match[1]}${match[2]}`, match[2].replace(/^0+(?=[0-9])/, '')];
}

/**
 * A query word that looks like a member number, in the form of `memberNumberTokens`, or
 * `undefined`. "A-0042", "a0042", "A 42" and "a42" all give `a0042`; "0042" and "42" give `42`.
 */
export function memberNumberQuery(text: string): string | undefined {
  const folded = foldText(text).trim();
  if (/^[0-9]+$/.test(folded)) return folded.replace(/^0+(?=[0-9])/, '');
  const match = MEMBER_NUMBER_SHAPE.exec(folded);
  if (!match?.[1] || !match[2]) return undefined;
  const digits = match[2];
  // Typed without its zeros ("A42"): it can only mean that exact number.
  const padded = digits.startsWith('0') ? digits : digits.padStart(PADDED_DIGITS, '0');
  return `${match[1]}${padded}`;
}

/**
 * Whether a choice's label answers what was typed: every word typed is in the label, accents, case
 * and word order aside, so "zoe b" finds « Zoé Bernard » and "renovation" « Rénovation du lavoir ».
 * Nothing typed matches everything.
 */
export function labelMatches(label: string, typed: string): boolean {
  const folded = foldText(label);
  return foldText(typed)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word));
}
