import { z } from 'zod';
import { localToday } from '@shared/dates/parse-date';
import type { EventDocument } from '@shared/events/event';

/**
 * When an event may be closed, and when it is closed without anyone asking (issue 16): a past
 * event's attendance is folded into its sheet N days after it ended, N in Paramètres (`closing`),
 * 0 for never.
 */

export const DEFAULT_AUTO_CLOSE_DAYS = 30;
export const MAX_AUTO_CLOSE_DAYS = 365;

export const closingSettingSchema = z
  .object({
    autoCloseAfterDays: z
      .number({ error: 'errors.sheets.autoCloseDays' })
      .int({ error: 'errors.sheets.autoCloseDays' })
      .min(0, { error: 'errors.sheets.autoCloseDays' })
      .max(MAX_AUTO_CLOSE_DAYS, { error: 'errors.sheets.autoCloseDays' })
      .default(DEFAULT_AUTO_CLOSE_DAYS),
  })
  .strict();
export type ClosingSetting = z.output<typeof closingSettingSchema>;

type Timed = Pick<EventDocument, 'startsOn' | 'endsOn' | 'startTime' | 'endTime'>;

/** The event's last day, `YYYY-MM-DD`. */
const lastDay = (event: Timed) => event.endsOn || event.startsOn;

/**
 * Over: its last day is past, or it is today and its end time (the start time when it has none)
 * has passed on this computer's clock. An event of today with no time at all is over tomorrow.
 */
export function eventEnded(event: Timed, now: Date): boolean {
  const today = localToday(now);
  const last = lastDay(event);
  if (last < today) return true;
  if (last > today) return false;
  const until =
    event.endTime || (event.endsOn === '' || event.endsOn === event.startsOn ? event.startTime : '');
  if (until === '') return false;
  const clock = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
  return clock >= until;
}

/** May be closed by hand: over, neither cancelled nor closed. */
export function mayBeClosed(
  event: Timed & Pick<EventDocument, 'cancelledOn' | 'closedOn'>,
  now: Date,
): boolean {
  return event.cancelledOn === '' && event.closedOn === '' && eventEnded(event, now);
}

/** Adds `days` to a `YYYY-MM-DD` day (calendar days, no time zone involved). */
function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The day the `days` count from: the event's last day — or, for an event an import brought (an
 * old loto from a HelloAsso ticketing file), the day it was imported when that is later, so that
 * the import can still be checked and undone for as many days before its registrations are
 * folded into a sheet.
 */
function countedFrom(event: Timed & Partial<Pick<EventDocument, 'importId' | 'createdAt'>>): string {
  const last = lastDay(event);
  if (!event.importId || !event.createdAt) return last;
  const imported = localToday(new Date(event.createdAt));
  return imported > last ? imported : last;
}

/**
 * The events to close automatically now: not cancelled, not closed, whose last day (or import
 * day, `countedFrom`) is at least `days` days before today. None when `days` is 0 (never).
 */
export function eventsDueForClosing<
  E extends Timed &
    Pick<EventDocument, 'cancelledOn' | 'closedOn'> &
    Partial<Pick<EventDocument, 'importId' | 'createdAt'>>,
>(events: readonly E[], days: number, now: Date): E[] {
  if (days <= 0) return [];
  const today = localToday(now);
  return events.filter(
    (event) =>
      event.cancelledOn === '' && event.closedOn === '' && addDays(countedFrom(event), days) <= today,
  );
}
