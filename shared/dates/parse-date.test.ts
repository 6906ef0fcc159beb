import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatePivot, FrenchDateOptions } from '@shared/dates/parse-date';
import { formatFrenchDate, localToday, parseFrenchDate } from '@shared/dates/parse-date';

const around: FrenchDateOptions = { today: '2026-05-10', pivot: 'around' };
const past: FrenchDateOptions = { today: '2026-05-10', pivot: 'past' };

/** An independent oracle: the calendar of `Date.UTC`, which the parser itself never uses. */
function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const anyDate = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map(isoOf);
const recentDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map(isoOf);
const pivot = fc.constantFrom<DatePivot>('past', 'around');

describe('parseFrenchDate', () => {
  it.each([
    // The cases of the issue: day first, never month first.
    ['03/04/2027', '2027-04-03'],
    ['15/06/2027', '2027-06-15'],
    ['14/07/1985', '1985-07-14'],
    // Every way of typing it.
    ['3/4/2027', '2027-04-03'],
    ['3/4/27', '2027-04-03'],
    ['03/04/27', '2027-04-03'],
    ['03042027', '2027-04-03'],
    ['030427', '2027-04-03'],
    ['03.04.2027', '2027-04-03'],
    ['03-04-2027', '2027-04-03'],
    ['03 04 2027', '2027-04-03'],
    ['03 / 04 / 2027', '2027-04-03'],
    ['  03/04/2027\u00a0', '2027-04-03'],
    ['14/07/1985/', '1985-07-14'],
    // ISO pasted from a spreadsheet or an export.
    ['2027-04-03', '2027-04-03'],
    ['2027-4-3', '2027-04-03'],
    ['2027/04/03', '2027-04-03'],
    // Leap years.
    ['29/02/2028', '2028-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/9999', '9999-12-31'],
    ['01/01/1000', '1000-01-01'],
  ])('reads %j as %s', (input, iso) => {
    expect(parseFrenchDate(input, around)).toEqual({ ok: true, iso });
  });

  it.each([
    ['31/02/2027', 'errors.date.impossible'],
    ['00/13/2027', 'errors.date.impossible'],
    ['29/02/2027', 'errors.date.impossible'],
    ['29/02/1900', 'errors.date.impossible'],
    ['31/04/2027', 'errors.date.impossible'],
    ['00/04/2027', 'errors.date.impossible'],
    ['12/00/2027', 'errors.date.impossible'],
    // Month first, American style: refused rather than turned into another date.
    ['04/13/2027', 'errors.date.impossible'],
    ['2027-02-30', 'errors.date.impossible'],
    ['31022027', 'errors.date.impossible'],
    // Typed key by key, stopped half way.
    ['1', 'errors.date.incomplete'],
    ['14', 'errors.date.incomplete'],
    ['14/', 'errors.date.incomplete'],
    ['14/0', 'errors.date.incomplete'],
    ['14/07', 'errors.date.incomplete'],
    ['14/07/', 'errors.date.incomplete'],
    ['14/07/1', 'errors.date.incomplete'],
    ['14/07/198', 'errors.date.incomplete'],
    ['1407', 'errors.date.incomplete'],
    ['14071', 'errors.date.incomplete'],
    ['2027-04', 'errors.date.incomplete'],
    ['2027', 'errors.date.incomplete'],
    // Not a date at all.
    ['abc', 'errors.date.invalid'],
    ['14 juillet 1985', 'errors.date.invalid'],
    ['1407198', 'errors.date.invalid'],
    ['140719850', 'errors.date.invalid'],
    ['14/07/19850', 'errors.date.invalid'],
    ['14/07/1985/1', 'errors.date.invalid'],
    ['14//1985', 'errors.date.invalid'],
    ['/07/1985', 'errors.date.invalid'],
    ['140/7/1985', 'errors.date.invalid'],
    ['14/070/1985', 'errors.date.invalid'],
    ['2027-004-03', 'errors.date.invalid'],
    ['-14/07/1985', 'errors.date.invalid'],
    ['14/07/0985', 'errors.date.invalid'],
    ['2027-04-03T10:00', 'errors.date.invalid'],
    ['', 'errors.date.required'],
    ['   ', 'errors.date.required'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseFrenchDate(input, around)).toEqual({ ok: false, error });
  });

  describe('two-digit years', () => {
    it.each([
      ['14/07/85', '1985-07-14'],
      ['01/01/12', '2012-01-01'],
      ['10/05/26', '2026-05-10'], // today itself
      ['11/05/26', '1926-05-11'], // tomorrow: cannot be a birth date, so a century back
      ['01/01/00', '2000-01-01'],
      ['29/02/00', '2000-02-29'],
      ['31/12/99', '1999-12-31'],
    ])('past: reads %j as %s (the most recent such date not after today)', (input, iso) => {
      expect(parseFrenchDate(input, past)).toEqual({ ok: true, iso });
    });

    it.each([
      ['03/04/27', '2027-04-03'],
      ['14/07/85', '1985-07-14'],
      ['01/01/75', '2075-01-01'], // +49 years
      ['01/01/76', '1976-01-01'], // −50 years
      ['01/09/25', '2025-09-01'],
      ['31/08/26', '2026-08-31'],
    ])('around: reads %j as %s (within 50 years of today)', (input, iso) => {
      expect(parseFrenchDate(input, around)).toEqual({ ok: true, iso });
    });

    it('moves the window with today', () => {
      expect(parseFrenchDate('01/01/75', { today: '2030-01-01', pivot: 'around' })).toEqual({
        ok: true,
        iso: '2075-01-01',
      });
      expect(parseFrenchDate('01/01/80', { today: '2030-01-01', pivot: 'around' })).toEqual({
        ok: true,
        iso: '1980-01-01',
      });
      expect(parseFrenchDate('01/01/05', { today: '2101-03-01', pivot: 'past' })).toEqual({
        ok: true,
        iso: '2005-01-01',
      });
      expect(parseFrenchDate('01/01/01', { today: '2101-03-01', pivot: 'past' })).toEqual({
        ok: true,
        iso: '2101-01-01',
      });
    });

    it('checks 29 February in the year chosen', () => {
      expect(parseFrenchDate('29/02/27', around)).toEqual({ ok: false, error: 'errors.date.impossible' });
      expect(parseFrenchDate('29/02/28', around)).toEqual({ ok: true, iso: '2028-02-29' });
      expect(parseFrenchDate('29/02/24', past)).toEqual({ ok: true, iso: '2024-02-29' });
      expect(parseFrenchDate('29/02/00', { today: '1950-03-01', pivot: 'past' })).toEqual({
        ok: false,
        error: 'errors.date.impossible',
      });
    });

    it('rejects a malformed today, a programming error', () => {
      expect(() => parseFrenchDate('14/07/85', { today: '10/05/2026', pivot: 'past' })).toThrow(/today/);
    });
  });

  describe('bounds', () => {
    const season = { ...around, min: '2026-09-01', max: '2027-08-31' };

    it('accepts the bounds themselves', () => {
      expect(parseFrenchDate('01/09/2026', season)).toEqual({ ok: true, iso: '2026-09-01' });
      expect(parseFrenchDate('31/08/2027', season)).toEqual({ ok: true, iso: '2027-08-31' });
    });

    it('says which bound is crossed, and quotes it', () => {
      expect(parseFrenchDate('31/08/2026', season)).toEqual({
        ok: false,
        error: 'errors.date.beforeMin',
        bound: '2026-09-01',
      });
      expect(parseFrenchDate('01/09/2027', season)).toEqual({
        ok: false,
        error: 'errors.date.afterMax',
        bound: '2027-08-31',
      });
    });

    it('reports an impossible date as impossible, not as out of bounds', () => {
      expect(parseFrenchDate('31/02/2027', season)).toEqual({ ok: false, error: 'errors.date.impossible' });
    });

    it('keeps a birth date out of the future with max = today', () => {
      expect(parseFrenchDate('11/05/2026', { ...past, max: past.today })).toEqual({
        ok: false,
        error: 'errors.date.afterMax',
        bound: '2026-05-10',
      });
    });
  });

  describe('properties', () => {
    it('reads back every date it writes, whatever the pivot and today', () => {
      fc.assert(
        fc.property(anyDate, recentDate, pivot, (iso, today, p) => {
          expect(parseFrenchDate(formatFrenchDate(iso), { today, pivot: p })).toEqual({ ok: true, iso });
        }),
      );
    });

    it('reads back every date pasted in ISO or typed without separators', () => {
      fc.assert(
        fc.property(anyDate, (iso) => {
          expect(parseFrenchDate(iso, around)).toEqual({ ok: true, iso });
          expect(parseFrenchDate(formatFrenchDate(iso).replaceAll('/', ''), around)).toEqual({
            ok: true,
            iso,
          });
        }),
      );
    });

    it('reads every day and month ≤ 12 day first', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (day, month) => {
          const result = parseFrenchDate(`${day}/${month}/2027`, around);
          expect(result).toEqual({
            ok: true,
            iso: `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          });
        }),
      );
    });

    it('places a two-digit year in the window of its pivot', () => {
      fc.assert(
        fc.property(recentDate, recentDate, (iso, today) => {
          const [year, month, day] = iso.split('-');
          const typed = `${day}/${month}/${year?.slice(2)}`;
          const todayYear = Number(today.slice(0, 4));

          const birth = parseFrenchDate(typed, { today, pivot: 'past' });
          // 29 February of 2000 may land in 1900, which has none: then it must say so.
          if (!birth.ok) return expect(birth.error).toBe('errors.date.impossible');
          expect(birth.iso <= today).toBe(true);
          expect(Number(birth.iso.slice(0, 4))).toBeGreaterThanOrEqual(todayYear - 100);
          expect(birth.iso.slice(2)).toBe(iso.slice(2));

          const other = parseFrenchDate(typed, { today, pivot: 'around' });
          if (!other.ok) return expect(other.error).toBe('errors.date.impossible');
          const year4 = Number(other.iso.slice(0, 4));
          expect(year4).toBeGreaterThanOrEqual(todayYear - 50);
          expect(year4).toBeLessThanOrEqual(todayYear + 49);
          expect(other.iso.slice(2)).toBe(iso.slice(2));
        }),
      );
    });

    const dateLike = fc
      .array(fc.constantFrom(...'0123456789/.- '), { maxLength: 12 })
      .map((chars) => chars.join(''));

    it('never returns a date that is not on the calendar, nor one outside the bounds', () => {
      fc.assert(
        fc.property(fc.oneof(dateLike, fc.string()), recentDate, pivot, (text, today, p) => {
          const options = { today, pivot: p, min: '1950-01-01', max: '2100-12-31' };
          const result = parseFrenchDate(text, options);
          if (!result.ok) return;
          expect(isCalendarDate(result.iso)).toBe(true);
          expect(result.iso >= options.min && result.iso <= options.max).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });
  });
});

describe('formatFrenchDate', () => {
  it('writes an ISO date day first', () => {
    expect(formatFrenchDate('2027-04-03')).toBe('03/04/2027');
  });

  it('gives anything else back unchanged, never a made-up date', () => {
    expect(formatFrenchDate('')).toBe('');
    expect(formatFrenchDate('03/04/2027')).toBe('03/04/2027');
  });
});

describe('localToday', () => {
  it('gives the day on the local calendar, even late at night', () => {
    expect(localToday(new Date(2027, 3, 3, 0, 5))).toBe('2027-04-03');
    expect(localToday(new Date(2027, 3, 3, 23, 55))).toBe('2027-04-03');
    expect(localToday(new Date(2027, 11, 31, 23, 59))).toBe('2027-12-31');
  });

  it('matches the local calendar for any instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (now) => {
          // Swedish writes dates as ISO: an independent reading of the same local calendar.
          expect(localToday(now)).toBe(now.toLocaleDateString('sv-SE'));
        },
      ),
    );
  });
});
