import { describe, expect, it } from 'vitest';
import { hasSubtleCrypto, pbkdf2Sha256, sha256Hex } from './hashes';

const encoder = new TextEncoder();

async function webCryptoSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function webCryptoPbkdf2(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

describe('hashes without WebCrypto', () => {
  it('knows WebCrypto is here in Node (the fallback is for insecure browser origins)', () => {
    expect(hasSubtleCrypto()).toBe(true);
  });

  it('SHA-256 gives WebCrypto’s bytes for text, accents, emoji and the empty string', async () => {
    for (const text of ['', 'abc', 'Élodie Dupont-Martin', '🎉 loto du samedi', 'x'.repeat(10_000)]) {
      expect(await sha256Hex(text)).toBe(await webCryptoSha256(text));
    }
    // The published test vector, so both cannot be wrong the same way.
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('SHA-256 reads ArrayBuffers and Blobs like RxDB hands them', async () => {
    const bytes = encoder.encode('Rénovation du lavoir');
    const expected = await webCryptoSha256('Rénovation du lavoir');
    expect(await sha256Hex(bytes.slice().buffer)).toBe(expected);
    expect(await sha256Hex(new Blob([bytes]))).toBe(expected);
  });

  it('PBKDF2-SHA256 gives WebCrypto’s bytes for the same secret, salt and count', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    for (const [secret, iterations] of [
      ['1234', 1_000],
      ['mot de passe très long avec des accents éàç', 5_000],
      ['', 10],
    ] as const) {
      const js = await pbkdf2Sha256(encoder.encode(secret), salt, iterations);
      expect(Array.from(js)).toEqual(Array.from(await webCryptoPbkdf2(secret, salt, iterations)));
    }
  });
});
