import { describe, expect, it } from 'vitest';
import { MAX_SERIES_SESSIONS, weeklyDates } from '@shared/events/series-dates';

describe('weekly series dates', () => {
  it('runs every seventh day up to and including the last date', () => {
    expect(weeklyDates('2026-09-15', { until: '2026-10-06' })).toEqual({
      ok: true,
      dates: ['2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06'],
    });
  });

  it('stops at the last session before a last date that is not the same weekday', () => {
    expect(weeklyDates('2026-09-15', { until: '2026-10-05' })).toEqual({
      ok: true,
      dates: ['2026-09-15', '2026-09-22', '2026-09-29'],
    });
  });

  it('gives one session when the last date is the first', () => {
    expect(weeklyDates('2026-09-15', { until: '2026-09-15' })).toEqual({ ok: true, dates: ['2026-09-15'] });
  });

  it('counts sessions, across months, years and the change to winter time', () => {
    expect(weeklyDates('2026-12-22', { count: 3 })).toEqual({
      ok: true,
      dates: ['2026-12-22', '2026-12-29', '2027-01-05'],
    });
    // 25 October 2026: France goes back one hour; a calendar day stays a day.
    expect(weeklyDates('2026-10-20', { count: 2 })).toEqual({
      ok: true,
      dates: ['2026-10-20', '2026-10-27'],
    });
    // A leap day is a day like any other.
    expect(weeklyDates('2028-02-22', { count: 2 })).toEqual({
      ok: true,
      dates: ['2028-02-22', '2028-02-29'],
    });
  });

  it('refuses a last date before the first and no session at all', () => {
    expect(weeklyDates('2026-09-15', { until: '2026-09-14' })).toEqual({
      ok: false,
      error: 'errors.events.seriesEndBeforeStart',
    });
    expect(weeklyDates('2026-09-15', { count: 0 })).toMatchObject({ ok: false });
  });

  it('refuses more than the maximum number of sessions (a slipped year)', () => {
    const season = weeklyDates('2026-09-01', { until: '2027-06-30' });
    expect(season.ok && season.dates.length).toBe(44);
    expect(weeklyDates('2026-09-01', { count: MAX_SERIES_SESSIONS })).toMatchObject({ ok: true });
    expect(weeklyDates('2026-09-01', { count: MAX_SERIES_SESSIONS + 1 })).toEqual({
      ok: false,
      error: 'errors.events.seriesTooLong',
    });
    expect(weeklyDates('2026-09-01', { until: '2036-06-30' })).toMatchObject({ ok: false });
  });
});
