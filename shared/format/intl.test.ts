import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatMegabytes,
  formatMoney,
  formatTime,
} from '@shared/format/intl';
import { toCents } from '@shared/money/cents';

// Intl puts narrow no-break spaces in French numbers and dates; compare on plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('French formats', () => {
  it('formats cents as euros the French way', () => {
    expect(plain(formatMoney(toCents(1550)))).toBe('15,50 €');
    expect(plain(formatMoney(toCents(123456789)))).toBe('1 234 567,89 €');
    expect(formatMoney(toCents(1550), 'en-GB')).toBe('€15.50');
  });

  it('writes counts and megabytes with the thousands separator and the decimal comma of French', () => {
    expect(plain(formatCount(5000))).toBe('5 000');
    expect(plain(formatCount(319532))).toBe('319 532');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(5000, 'en-GB')).toBe('5,000');
    expect(formatMegabytes(1_450_000)).toBe('1,5');
    expect(plain(formatMegabytes(1_234_000_000))).toBe('1 234,0');
    expect(formatMegabytes(1_450_000, 'en-GB')).toBe('1.5');
  });

  it('refuses fractional cents', () => {
    expect(() => toCents(15.5)).toThrow(RangeError);
  });

  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2026-09-01')).toBe('1er septembre 2026');
    expect(formatDate('2026-09-11')).toBe('11 septembre 2026');
    expect(formatDate('2026-09-21')).toBe('21 septembre 2026');
    expect(formatDate('2026-09-01', 'en-GB')).toBe('1 September 2026');
    expect(formatDate('2026-12-31', 'en-GB')).toBe('31 December 2026');
  });

  it('formats instants in the given time zone', () => {
    expect(plain(formatDateTime('2026-09-01T08:05:00.000Z', 'fr-FR', 'Europe/Paris'))).toBe(
      '1er septembre 2026 à 10:05',
    );
  });
});

describe('times', () => {
  it('says the time of an instant the French way, in the given time zone', () => {
    expect(formatTime('2026-11-14T13:02:00.000Z', 'fr-FR', 'Europe/Paris')).toBe('14:02');
    expect(plain(formatTime('2026-11-14T13:02:00.000Z', 'en-GB', 'Europe/Paris'))).toBe('14:02');
  });
});
