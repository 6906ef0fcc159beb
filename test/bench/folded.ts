import { DEFAULT_AUTO_CLOSE_DAYS, eventsDueForClosing } from '@shared/events/closing-rules';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { SheetDocument } from '@shared/events/sheet';
import { foldEvent } from '@shared/events/sheet-fold';
import { localToday } from '@shared/dates/parse-date';
import { closingBy } from '@shared/events/testing';
import type { BenchData } from './data';

/** The demo association's own today (shared/demo/demo-events.ts): its past and future events. */
export const DEMO_NOW = new Date('2026-01-15T12:00:00');

export interface FoldedCounts {
  /** Documents a new device receives before any event is closed (one per check-in). */
  before: number;
  /** …and once every event due for closing is folded into its sheet. */
  after: number;
  closedEvents: number;
  sheets: number;
  foldedAttendance: number;
  foldMs: number;
}

/**
 * The data set once every event due for closing (30 days after its end, the default) is closed
 * as the app closes it (renderer/data/sheets/write.ts): its attendance folded into sheet parts by
 * the real fold (`foldEvent`, hashes included), the event marked closed, its attendance
 * documents deleted. The server never sends a device the deletion of a document deleted before
 * it enrolled (issue 19), so this is what a new device receives: people, households,
 * memberships, events, the sheets and the attendance of events still open.
 */
export function foldBenchData(data: BenchData): BenchData & { sheets: SheetDocument[]; foldMs: number } {
  const byEvent = new Map<string, AttendanceDocument[]>();
  for (const record of data.attendance) {
    const list = byEvent.get(record.eventId);
    if (list) list.push(record);
    else byEvent.set(record.eventId, [record]);
  }
  const due = eventsDueForClosing(data.events, DEFAULT_AUTO_CLOSE_DAYS, DEMO_NOW);
  const closing = closingBy(DEMO_NOW.toISOString());
  const closedOn = localToday(DEMO_NOW);
  const start = performance.now();
  const sheets: SheetDocument[] = [];
  for (const event of due) sheets.push(...foldEvent(event, byEvent.get(event.id) ?? [], closing));
  const foldMs = performance.now() - start;
  const closed = new Set<string>(due.map((event) => event.id));
  return {
    ...data,
    events: data.events.map((event) =>
      closed.has(event.id) ? { ...event, closedOn, updatedAt: closing.at } : event,
    ),
    attendance: data.attendance.filter((record) => !closed.has(record.eventId)),
    sheets,
    foldMs,
  };
}

/** Issue 16's figure: how many documents a new device receives before and after closing. */
export function foldedCounts(data: BenchData): FoldedCounts {
  const folded = foldBenchData(data);
  const others = data.people.length + data.households.length + data.memberships.length + data.events.length;
  const foldedAttendance = data.attendance.length - folded.attendance.length;
  return {
    before: others + data.attendance.length,
    after: others + folded.attendance.length + folded.sheets.length,
    closedEvents: new Set(folded.sheets.map((sheet) => sheet.eventId)).size,
    sheets: folded.sheets.length,
    foldedAttendance,
    foldMs: folded.foldMs,
  };
}
