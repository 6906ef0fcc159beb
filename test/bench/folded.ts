import { DEFAULT_AUTO_CLOSE_DAYS, eventsDueForClosing } from '@shared/events/closing-rules';
import type { AttendanceDocument } from '@shared/events/attendance';
import { foldEvent } from '@shared/events/sheet-fold';
import { closingBy } from '@shared/events/testing';
import type { BenchData } from './data';

/** The demo association's own today (shared/demo/demo-events.ts): its past and future events. */
const DEMO_NOW = new Date('2026-01-15T12:00:00');

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
 * Issue 16's figure: the data set after automatic closing (30 days after the end, the default) —
 * each past event's attendance folded into its sheet parts by the real fold (`foldEvent`, hashes
 * included), its attendance documents deleted. The server never sends a device the deletion of a
 * document deleted before it enrolled (issue 19), so a new device receives the live documents:
 * people, households, memberships, events, the sheets and the attendance of events still open.
 */
export function foldedCounts(data: BenchData): FoldedCounts {
  const byEvent = new Map<string, AttendanceDocument[]>();
  for (const record of data.attendance) {
    const list = byEvent.get(record.eventId);
    if (list) list.push(record);
    else byEvent.set(record.eventId, [record]);
  }
  const due = eventsDueForClosing(data.events, DEFAULT_AUTO_CLOSE_DAYS, DEMO_NOW);
  const start = performance.now();
  let sheets = 0;
  let foldedAttendance = 0;
  for (const event of due) {
    const records = byEvent.get(event.id) ?? [];
    sheets += foldEvent(event, records, closingBy(DEMO_NOW.toISOString())).length;
    foldedAttendance += records.length;
  }
  const foldMs = performance.now() - start;
  const others = data.people.length + data.households.length + data.memberships.length + data.events.length;
  return {
    before: others + data.attendance.length,
    after: others + data.attendance.length - foldedAttendance + sheets,
    closedEvents: due.length,
    sheets,
    foldedAttendance,
    foldMs,
  };
}
