import { describe, expect, it } from 'vitest';
import { formatReceiptNumber, nextReceiptNumber, parseReceiptNumber } from '@shared/receipts/receipt-number';

describe('receipt numbers', () => {
  it('reads and writes <year>-<series>-<seq>, padded to four digits', () => {
    expect(formatReceiptNumber({ year: 2026, series: 'B', seq: 7 })).toBe('2026-B-0007');
    expect(formatReceiptNumber({ year: 2026, series: 'AB', seq: 12345 })).toBe('2026-AB-12345');
    expect(parseReceiptNumber('2026-B-0007')).toEqual({ year: 2026, series: 'B', seq: 7 });
  });

  it('refuses what is not one: seq 0, a second spelling of a number, lower case, bad parts', () => {
    for (const bad of [
      '2026-B-0000',
      '2026-B-00007',
      '2026-b-0007',
      '26-B-0007',
      '2026-B-7',
      '2026--0007',
      '',
    ]) {
      expect(parseReceiptNumber(bad), bad).toBeNull();
    }
    expect(() => formatReceiptNumber({ year: 2026, series: 'B', seq: 0 })).toThrow(RangeError);
    expect(() => formatReceiptNumber({ year: 2026, series: 'b', seq: 1 })).toThrow(RangeError);
  });

  it('continues after the highest number of the series and year, cancelled ones included', () => {
    const seen = ['2026-A-0003', '2026-B-0001', '2026-A-0009', '2025-A-0040', 'not-a-number'];
    expect(nextReceiptNumber(seen, 2026, 'A')).toBe('2026-A-0010');
    expect(nextReceiptNumber(seen, 2026, 'B')).toBe('2026-B-0002');
    expect(nextReceiptNumber(seen, 2026, 'C')).toBe('2026-C-0001');
    expect(nextReceiptNumber([], 2027, 'A')).toBe('2027-A-0001');
  });
});
