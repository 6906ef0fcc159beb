/**
 * French typography for what Tilleul writes: the space before `:` `;` `!` `?` and the spaces
 * inside « » become non-breaking, so a line never starts with « : » or « » ». Only spaces already
 * there are changed: `10:30`, `https://` and `A-0001` stay as they are. U+00A0 everywhere (not
 * the narrow U+202F), which every font of the app and of its PDFs has.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u202f]([:;!?])/g, '\u00a0$1')
    .replace(/«[ \u202f]/g, '«\u00a0')
    .replace(/[ \u202f]»/g, '\u00a0»');
}
