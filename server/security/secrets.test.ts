import { describe, expect, it } from 'vitest';
import {
  hashEnrolmentCode,
  hashSecret,
  newDeviceToken,
  newEnrolmentCode,
  normaliseEnrolmentCode,
} from '@server/security/secrets';
import { seriesForIndex } from '@server/security/series';

describe('secrets', () => {
  it('makes long random tokens and never keeps them in clear', () => {
    const token = newDeviceToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newDeviceToken()).not.toBe(token);
    expect(hashSecret(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes enrolment codes people can type, in any case and with or without dashes', () => {
    const code = newEnrolmentCode();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(code).not.toMatch(/[01ILOU]/);
    expect(normaliseEnrolmentCode(` ${code.toLowerCase().replaceAll('-', ' ')} `)).toBe(
      code.replaceAll('-', ''),
    );
    expect(hashEnrolmentCode(code.toLowerCase())).toBe(hashEnrolmentCode(code.replaceAll('-', '')));
  });
});

describe('seriesForIndex', () => {
  it('goes A…Z then AA, AB…', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(seriesForIndex)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(() => seriesForIndex(-1)).toThrow(RangeError);
  });
});
