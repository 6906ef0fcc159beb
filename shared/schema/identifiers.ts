/** Upper-case and drop spaces, dots and dashes people type in official numbers. */
export function normaliseIdentifier(value: string): string {
  return value.toUpperCase().replace(/[\s.\-\u00a0]/g, '');
}

/**
 * SIREN numbers carry a Luhn check digit. La Poste's establishments (SIREN 356 000 000) are
 * the documented exception: the sum of their digits is a multiple of 5 instead.
 */
export function isValidSiren(siren: string): boolean {
  if (!/^[0-9]{9}$/.test(siren)) return false;
  if (siren === '356000000') return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(siren[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
