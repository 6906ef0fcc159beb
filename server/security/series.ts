/**
 * Receipt series letters in enrolment order: A…Z, then AA, AB… (bijective base 26), so an
 * association with more than 26 devices still gets unique, short, upper-case series.
 */
export function seriesForIndex(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`index de série invalide : ${index}`);
  let rest = index + 1;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
