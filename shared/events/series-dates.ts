/**
 * The dates of a weekly series (a class every Tuesday): the first date, then every seventh day,
 * until a last date or for a number of sessions. Nothing is skipped (holidays are cancelled one
 * by one afterwards); a series never runs past `MAX_SERIES_SESSIONS`, so a slipped year in the
 * last date cannot write hundreds of events.
 */
export const MAX_SERIES_SESSIONS = 60;

export type SeriesEnd = { until: string } | { count: number };

export type SeriesDates =
  | { ok: true; dates: string[] }
  | { ok: false; error: 'errors.events.seriesEndBeforeStart' | 'errors.events.seriesTooLong' };

const DAY_MS = 86_400_000;

function toDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN) / DAY_MS;
}

function toIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO dates `YYYY-MM-DD`, read as calendar days (no time zone, no daylight-saving shift). */
export function weeklyDates(first: string, end: SeriesEnd, max = MAX_SERIES_SESSIONS): SeriesDates {
  const start = toDay(first);
  let count: number;
  if ('until' in end) {
    const last = toDay(end.until);
    if (last < start) return { ok: false, error: 'errors.events.seriesEndBeforeStart' };
    count = Math.floor((last - start) / 7) + 1;
  } else {
    count = end.count;
    if (count < 1) return { ok: false, error: 'errors.events.seriesEndBeforeStart' };
  }
  if (count > max) return { ok: false, error: 'errors.events.seriesTooLong' };
  return { ok: true, dates: Array.from({ length: count }, (_, week) => toIso(start + week * 7)) };
}
