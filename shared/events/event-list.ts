import type { EventDocument } from '@shared/events/event';

type Dated = Pick<EventDocument, 'startsOn' | 'endsOn' | 'startTime'>;

/** Its last day: an event over several days stays « à venir » until it ends. */
function lastDay(event: Dated): string {
  return event.endsOn === '' ? event.startsOn : event.endsOn;
}

/**
 * The list's two tabs: « à venir » (today's included) soonest first, « passés » latest first.
 * `today` is the association's calendar day (`localToday`), never a UTC date.
 */
export function splitByDate<E extends Dated>(events: readonly E[], today: string) {
  const byStart = (a: E, b: E) =>
    a.startsOn.localeCompare(b.startsOn) || a.startTime.localeCompare(b.startTime);
  const upcoming = events.filter((event) => lastDay(event) >= today).sort(byStart);
  const past = events.filter((event) => lastDay(event) < today).sort((a, b) => byStart(b, a));
  return { upcoming, past };
}
