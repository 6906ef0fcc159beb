/**
 * Receipt numbers (DESIGN.md, Receipts): `<year>-<series>-<seq>`, e.g. `2026-B-0007`. The series
 * is the device's letter(s), so two devices offline never hand out the same number; within a
 * series numbers are gapless and chronological, and a cancelled number stays in the register and
 * is never given again.
 */
export interface ReceiptNumberParts {
  year: number;
  series: string;
  seq: number;
}

export const RECEIPT_SEQ_MAX = 999_999;
export const RECEIPT_NUMBER_PATTERN = /^([0-9]{4})-([A-Z]{1,3})-([0-9]{4,6})$/;
export const RECEIPT_NUMBER_MAX_LENGTH = 16;

export function formatReceiptNumber(parts: ReceiptNumberParts): string {
  const { year, series, seq } = parts;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`année invalide : ${year}`);
  if (!/^[A-Z]{1,3}$/.test(series)) throw new RangeError(`série invalide : ${series}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > RECEIPT_SEQ_MAX)
    throw new RangeError(`numéro invalide : ${seq}`);
  return `${year}-${series}-${String(seq).padStart(4, '0')}`;
}

/** `null` for anything that is not a well-formed number (seq 0 included). */
export function parseReceiptNumber(number: string): ReceiptNumberParts | null {
  const match = RECEIPT_NUMBER_PATTERN.exec(number);
  if (!match) return null;
  const [, year, series, seq] = match;
  const parts = { year: Number(year), series: series as string, seq: Number(seq) };
  // A padded number has one spelling only: `2026-A-00007` is not a second `2026-A-0007`.
  if (parts.seq < 1 || formatReceiptNumber(parts) !== number) return null;
  return parts;
}

/**
 * The next number of `series` for `year`, after the highest this device can see (issued or
 * cancelled: cancelled numbers are never reused). A device restored from an old backup may not
 * see its latest receipts; the server then refuses the duplicate rather than accept it.
 */
export function nextReceiptNumber(existing: Iterable<string>, year: number, series: string): string {
  let highest = 0;
  for (const number of existing) {
    const parts = parseReceiptNumber(number);
    if (parts && parts.year === year && parts.series === series) highest = Math.max(highest, parts.seq);
  }
  return formatReceiptNumber({ year, series, seq: highest + 1 });
}
