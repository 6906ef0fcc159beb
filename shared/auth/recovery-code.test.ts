import { describe, expect, it } from 'vitest';
import {
  RECOVERY_ALPHABET,
  RECOVERY_CODE_BITS,
  newRecoveryCode,
  normaliseRecoveryCode,
  recoveryCodeInputSchema,
} from '@shared/auth/recovery-code';

describe('recovery code', () => {
  it('has at least 80 bits, in four groups of five unambiguous characters', () => {
    expect(RECOVERY_CODE_BITS).toBeGreaterThanOrEqual(80);
    for (const confusable of '01ILOU') expect(RECOVERY_ALPHABET).not.toContain(confusable);
    const codes = new Set(Array.from({ length: 200 }, () => newRecoveryCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-TV-Z2-9]{5}(-[A-HJKMNP-TV-Z2-9]{5}){3}$/);
  });

  it('draws again the bytes that would bias the alphabet', () => {
    // 240..255 are refused (240 = 8 × 30): a source giving only those, then zeros, yields « A ».
    let calls = 0;
    const code = newRecoveryCode((bytes) => {
      bytes.fill(calls++ === 0 ? 250 : 0);
    });
    expect(calls).toBe(2);
    expect(code).toBe('AAAAA-AAAAA-AAAAA-AAAAA');
  });

  it('accepts the code typed in lower case, with spaces or dashes, and refuses anything else', () => {
    const code = newRecoveryCode();
    const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
    expect(recoveryCodeInputSchema.parse(typed)).toBe(code.replaceAll('-', ''));
    expect(normaliseRecoveryCode('abcde–fghjk')).toBe('ABCDEFGHJK');
    for (const wrong of ['', 'ABCDE-FGHJK', `${code}A`, 'OOOOO-OOOOO-OOOOO-OOOOO', 'x'.repeat(500)]) {
      const result = recoveryCodeInputSchema.safeParse(wrong);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('recovery.errors.codeFormat');
    }
  });
});
