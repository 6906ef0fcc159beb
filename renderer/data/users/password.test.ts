import { describe, expect, it } from 'vitest';
import { secretHashSchema, PBKDF2_ITERATIONS } from '@shared/auth/user';
import { hashSecret, verifySecret } from '@renderer/data/users/password';

describe('password hashing (PBKDF2-SHA256, WebCrypto)', () => {
  it('uses OWASP’s iteration count by default and a fresh salt each time', async () => {
    const a = await hashSecret('correct horse');
    const b = await hashSecret('correct horse');
    expect(a.iterations).toBe(600_000);
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(secretHashSchema.parse(a)).toEqual(a);
    expect(await verifySecret('correct horse', a)).toBe(true);
  });

  it('refuses a wrong secret, and a PIN typed on the wrong account', async () => {
    const pin = await hashSecret('123456', 100_000);
    expect(await verifySecret('123457', pin)).toBe(false);
    expect(await verifySecret('', pin)).toBe(false);
    const other = await hashSecret('654321', 100_000);
    expect(await verifySecret('123456', other)).toBe(false);
  });

  it('treats the same accented text typed two ways as the same password', async () => {
    const stored = await hashSecret('Crème brûlée', 100_000);
    expect(await verifySecret('Cre\u0300me bru\u0302le\u0301e', stored)).toBe(true);
  });
});
