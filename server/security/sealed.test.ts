import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadServerKey, seal, ServerKeyError, unseal } from '@server/security/sealed';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('secrets sealed under the server key', () => {
  it('opens with its key only, and refuses an altered value', () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-key-'));
    const key = loadServerKey(join(dir, 'secret.key'), true);
    const other = loadServerKey(join(dir, 'other.key'), true);
    const sealed = seal(key, 'AvUYelYH1aSZZ3QNBiZOybmBlZTpUcNSonsufB5txuw=');
    expect(sealed).not.toContain('AvUYel');
    expect(seal(key, 'même secret')).not.toBe(seal(key, 'même secret'));
    expect(unseal(key, sealed)).toBe('AvUYelYH1aSZZ3QNBiZOybmBlZTpUcNSonsufB5txuw=');
    expect(unseal(other, sealed)).toBeUndefined();
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = `${v}.${iv}.${tag}.${body?.startsWith('A') ? 'B' : 'A'}${body?.slice(1)}`;
    expect(unseal(key, flipped)).toBeUndefined();
    expect(unseal(key, 'pas scellé')).toBeUndefined();
  });

  it('keeps the key in a file of its own (0600), read back the same; refuses a damaged one', () => {
    dir = mkdtempSync(join(tmpdir(), 'tilleul-key-'));
    const path = join(dir, 'secret.key');
    expect(() => loadServerKey(path, false)).toThrow(ServerKeyError);
    const key = loadServerKey(path, true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadServerKey(path, false).equals(key)).toBe(true);
    expect(readFileSync(path, 'utf8').trim()).toBe(key.toString('base64'));
    writeFileSync(path, 'trop court');
    expect(() => loadServerKey(path, false)).toThrow(/32 octets en base64/);
  });
});
