import type { AttendanceDocument } from '@shared/events/attendance';
import type { EventDocument } from '@shared/events/event';
import { presenceOf } from '@shared/events/presence';
import type { SheetDocument } from '@shared/events/sheet';
import type { Season } from '@shared/members/season';

/**
 * « Fréquentation par événement »: for the events of a season (by their first day), who was
 * registered, present and represented (a proxy given to someone present, as the sheet counts it).
 * Read through `presenceOf`, so an open event is counted from its live attendance and a closed
 * one from its sheet with its amendments (a late correction) and any late check-in still held.
 * Cancelled events are left out: nobody came.
 */

export type ReportEvent = Pick<EventDocument, 'id' | 'title' | 'startsOn' | 'cancelledOn'>;

export interface EventAttendance {
  eventId: string;
  title: string;
  startsOn: string;
  closed: boolean;
  registered: number;
  present: number;
  represented: number;
}

export function seasonEvents<E extends ReportEvent>(
  events: readonly E[],
  season: Pick<Season, 'startsOn' | 'endsOn'>,
): E[] {
  return events
    .filter((event) => event.cancelledOn === '')
    .filter((event) => season.startsOn <= event.startsOn && event.startsOn <= season.endsOn)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title, 'fr'));
}

export function attendanceReport(
  events: readonly ReportEvent[],
  season: Pick<Season, 'startsOn' | 'endsOn'>,
  attendance: readonly AttendanceDocument[],
  sheets: readonly SheetDocument[],
): EventAttendance[] {
  const records = groupBy(attendance, (record) => record.eventId);
  const parts = groupBy(sheets, (sheet) => sheet.eventId);
  return seasonEvents(events, season).map((event) => {
    const presence = presenceOf(event.id, records.get(event.id) ?? [], parts.get(event.id) ?? []);
    let [registered, present, represented] = [0, 0, 0];
    for (const record of presence.records) {
      if (record.registered) registered += 1;
      if (record.present) present += 1;
      else if (record.proxyHolderId !== '') represented += 1;
    }
    return {
      eventId: event.id,
      title: event.title,
      startsOn: event.startsOn,
      closed: presence.closed,
      registered,
      present,
      represented,
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
