import { createHash, randomBytes, randomInt } from 'node:crypto';

/**
 * Device tokens and enrolment codes are stored only as SHA-256 hashes: a copy of the database
 * (a backup left on a USB key) does not let anyone sync as a device. A plain hash is enough
 * because both are long random values, not passwords a person chose.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** 32 random bytes, base64url: 43 characters, 256 bits. */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** No 0/O, 1/I/L, U: a code read aloud or copied from paper is typed right the first time. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const CODE_LENGTH = 12;

/** About 59 bits: guessing is out of reach within an expiry window behind the rate limit. */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** What people type: any case, with or without dashes and spaces. */
export function normaliseEnrolmentCode(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function hashEnrolmentCode(typed: string): string {
  return hashSecret(normaliseEnrolmentCode(typed));
}
