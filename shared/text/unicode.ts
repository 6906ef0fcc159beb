/**
 * Text that crosses a boundary (a push, a file, a terminal) must be well-formed UTF-16: a lone
 * surrogate (half of an emoji) is stored by SQLite but refused by PostgreSQL's jsonb, and turns
 * into « � » wherever it is printed. These helpers never make one and find those that exist.
 */

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The first `max` UTF-16 units of `text`, one fewer when the cut would fall between the two
 * halves of a surrogate pair: an emoji is kept whole or left out, never split.
 */
export function sliceWhole(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, Math.max(0, end));
}

/** `text` cut to `max` units at most, the cut marked with « … » (counted in `max`). */
export function truncateText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  return `${sliceWhole(text, max - ellipsis.length)}${ellipsis}`;
}

/** A surrogate without its other half (no `u` flag: the expression sees UTF-16 units). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** False when `text` holds a lone surrogate: ill-formed UTF-16. */
export function isWellFormedText(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(text);
}

/**
 * Characters that drive a terminal or reorder text rather than show it: C0 and C1 controls,
 * DEL, and the bidirectional overrides that can make a name print as another.
 */
const CONTROL = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function hasControlCharacters(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

/** `text` as it may be printed anywhere: controls removed, lone surrogates made « � ». */
export function printable(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd');
}
