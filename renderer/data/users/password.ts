import type { SecretHash } from '@shared/auth/user';
import { PBKDF2_ITERATIONS } from '@shared/auth/user';
import { hasSubtleCrypto, pbkdf2Sha256 } from '@shared/crypto/hashes';

/**
 * Passwords and PINs are hashed with PBKDF2-SHA256 through WebCrypto (native, in the browser and
 * in Node), with a random 16-byte salt per user. Where the page is not a secure context (a phone
 * opening the server over plain http), WebCrypto is absent and the same derivation runs in
 * JavaScript, with the same bytes. Login works offline: the hash syncs with the
 * `users` document, the secret never leaves the device.
 */
const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  // NFC so that « é » typed on two keyboards gives the same bytes.
  const secretBytes = encoder.encode(secret.normalize('NFC'));
  if (!hasSubtleCrypto()) return pbkdf2Sha256(secretBytes, salt, iterations);
  const key = await crypto.subtle.importKey('raw', secretBytes, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function hashSecret(secret: string, iterations = PBKDF2_ITERATIONS): Promise<SecretHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(secret, salt, iterations);
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Compares every byte whatever the first difference, so timing tells nothing. */
export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(secret, fromBase64(stored.salt), stored.iterations);
  if (actual.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < actual.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
