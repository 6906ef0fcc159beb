/**
 * Member numbers: `<series>-<sequence>`, e.g. `A-0042`.
 *
 * - The series is the device's series letter(s) (DESIGN.md, Sync: `A` when standalone, `B`, `C`…
 *   for enrolled devices). Two devices never share a series, so they can both number members
 *   offline without ever producing the same number.
 * - No year in it, unlike receipt numbers: a member keeps one number for life, printed on every
 *   season's card and encoded in its QR code.
 * - Four digits at least, so numbers of a small club line up on cards and lists (`A-0042`); it grows
 *   to five digits past 9999 instead of wrapping. Sort with `compareMemberNumbers`, not as strings.
 * - The dash keeps the series readable on a card; search accepts `A42`, `a-0042` or `42`.
 */

export const MEMBER_NUMBER_PATTERN = /^([A-Z]{1,3})-([0-9]{4,8})$/;
export const MEMBER_NUMBER_MAX_LENGTH = 12;
const SERIES_PATTERN = /^[A-Z]{1,3}$/;
const MIN_DIGITS = 4;

export interface ParsedMemberNumber {
  series: string;
  sequence: number;
}

/** `undefined` for anything that is not a well-formed member number. */
export function parseMemberNumber(value: string): ParsedMemberNumber | undefined {
  const match = MEMBER_NUMBER_PATTERN.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  const sequence = Number(match[2]);
  return sequence > 0 ? { series: match[1], sequence } : undefined;
}

export function formatMemberNumber(series: string, sequence: number): string {
  if (!SERIES_PATTERN.test(series)) throw new RangeError(`Invalid series: ${series}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > 99_999_999) {
    throw new RangeError(`Invalid member sequence: ${sequence}`);
  }
  return `${series}-${String(sequence).padStart(MIN_DIGITS, '0')}`;
}

/**
 * The next number of `series`, after the highest one of that series among `knownNumbers`.
 *
 * Pass every number the device can see, including deleted people's and `formerMemberNumbers`
 * of merged people: a number once printed on a card is never given to someone else.
 */
export function nextMemberNumber(series: string, knownNumbers: Iterable<string>): string {
  let highest = 0;
  for (const number of knownNumbers) {
    const parsed = parseMemberNumber(number);
    if (parsed?.series === series && parsed.sequence > highest) highest = parsed.sequence;
  }
  return formatMemberNumber(series, highest + 1);
}

/**
 * Keeps an existing number (stable once given, even if the device's series changed since) and
 * only numbers someone who has none.
 */
export function ensureMemberNumber<T extends { memberNumber: string }>(
  person: T,
  series: string,
  knownNumbers: Iterable<string>,
): T {
  if (person.memberNumber !== '') return person;
  return { ...person, memberNumber: nextMemberNumber(series, knownNumbers) };
}

/**
 * Numbers several people at once (a bulk import, a renewal campaign) in the order given,
 * without reusing a number handed out earlier in the same batch.
 */
export function assignMemberNumbers<T extends { memberNumber: string }>(
  people: readonly T[],
  series: string,
  knownNumbers: Iterable<string>,
): T[] {
  let next = parseMemberNumber(nextMemberNumber(series, knownNumbers))?.sequence ?? 1;
  return people.map((person) =>
    person.memberNumber !== '' ? person : { ...person, memberNumber: formatMemberNumber(series, next++) },
  );
}

/** Series first, then numerically: `A-9999` before `A-10000`; empty numbers last. */
export function compareMemberNumbers(a: string, b: string): number {
  const pa = parseMemberNumber(a);
  const pb = parseMemberNumber(b);
  if (!pa || !pb) return (pa ? -1 : pb ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0);
  if (pa.series !== pb.series) return pa.series < pb.series ? -1 : 1;
  return pa.sequence - pb.sequence;
}
