import { z } from 'zod';

/**
 * The administrator's recovery code (issue 15, item 14): shown once when the account is created
 * or renewed, noted on paper, and typed on the lock screen by an administrator who forgot the
 * password. Only a PBKDF2 verifier of it is stored, like a password's.
 *
 * 20 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U): 20 × log2(30) ≈ 98
 * bits, out of reach of an offline search of the verifier, and read back from paper right the
 * first time. Printed in four groups of five.
 */
export const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
export const RECOVERY_CODE_LENGTH = 20;
const GROUP = 5;

/** log2 of the number of codes: what the tests hold to (at least 80). */
export const RECOVERY_CODE_BITS = RECOVERY_CODE_LENGTH * Math.log2(RECOVERY_ALPHABET.length);

/** A new code, from the platform's cryptographic random source, without modulo bias. */
export function newRecoveryCode(
  random: (bytes: Uint8Array<ArrayBuffer>) => void = (b) => crypto.getRandomValues(b),
): string {
  const size = RECOVERY_ALPHABET.length;
  // The largest multiple of the alphabet's size under 256: bytes above it are drawn again.
  const limit = 256 - (256 % size);
  let code = '';
  const bytes = new Uint8Array(RECOVERY_CODE_LENGTH * 2);
  while (code.length < RECOVERY_CODE_LENGTH) {
    random(bytes);
    for (const byte of bytes) {
      if (byte < limit && code.length < RECOVERY_CODE_LENGTH) code += RECOVERY_ALPHABET[byte % size];
    }
  }
  return formatRecoveryCode(code);
}

/** « ABCDE-FGHJK-MNPQR-STVWX »: what is shown and printed. */
export function formatRecoveryCode(normalised: string): string {
  const groups: string[] = [];
  for (let i = 0; i < normalised.length; i += GROUP) groups.push(normalised.slice(i, i + GROUP));
  return groups.join('-');
}

/** What people type: any case, with or without spaces and dashes. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-‐‑–—_.]/g, '');
}

/** A typed code, normalised: 20 characters of the alphabet, or the error the form shows. */
export const recoveryCodeInputSchema = z
  .string()
  .max(100, { error: 'recovery.errors.codeFormat' })
  .transform(normaliseRecoveryCode)
  .pipe(
    z
      .string()
      .length(RECOVERY_CODE_LENGTH, { error: 'recovery.errors.codeFormat' })
      .refine((code) => [...code].every((char) => RECOVERY_ALPHABET.includes(char)), {
        error: 'recovery.errors.codeFormat',
      }),
  );
