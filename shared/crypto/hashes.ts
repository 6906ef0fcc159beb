import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';

/**
 * SHA-256 and PBKDF2-SHA256 in plain JavaScript (@noble/hashes: audited, no dependency), for the
 * origins where browsers withhold WebCrypto's `crypto.subtle`: a phone at the door opening the
 * association's server by its address on the local network (`http://192.168.1.20:8787/`) is not a
 * secure context. The output is byte for byte WebCrypto's (tested against it), so a PIN hashed on
 * a phone verifies on the desktop and the other way round.
 */

const encoder = new TextEncoder();

/** True where WebCrypto's digest and key derivation can be used (HTTPS, localhost, Electron, Node). */
export function hasSubtleCrypto(): boolean {
  return (
    typeof crypto !== 'undefined' &&
    typeof crypto.subtle !== 'undefined' &&
    typeof crypto.subtle.digest === 'function'
  );
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** SHA-256 as lowercase hex, the shape RxDB's `hashFunction` returns. */
export async function sha256Hex(input: string | ArrayBuffer | Blob): Promise<string> {
  let bytes: Uint8Array;
  if (typeof input === 'string') bytes = encoder.encode(input);
  else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
  else bytes = new Uint8Array(await input.arrayBuffer());
  return toHex(sha256(bytes));
}

/**
 * SHA-256 of a text, as lowercase hex, synchronously: for checks that run inside a zod schema (a
 * closed event's sheet carries the hash of its frozen content, checked wherever it is validated).
 */
export function sha256HexOfText(text: string): string {
  return toHex(sha256(encoder.encode(text)));
}

/** PBKDF2-HMAC-SHA256, 32 bytes; yields to the event loop now and then so the screen stays alive. */
export function pbkdf2Sha256(secret: Uint8Array, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  return pbkdf2Async(sha256, secret, salt, { c: iterations, dkLen: 32, asyncTick: 20 });
}
