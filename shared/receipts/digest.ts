import type { Digest } from '@shared/receipts/issue';

/** The part of WebCrypto this needs; `shared/` has neither the DOM's nor Node's types. */
interface SubtleDigest {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

/**
 * SHA-256 of UTF-8 text as lower-case hex, through WebCrypto: native in the browser, in
 * Electron's renderer and in Node (globalThis.crypto), so the hash is the same everywhere.
 */
export const sha256Hex: Digest = async (text) => {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: SubtleDigest } }).crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) est indisponible : impossible de sceller le reçu.');
  const bytes = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
};
