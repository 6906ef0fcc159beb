import { describe, expect, it } from 'vitest';
import { benchData } from './data';
import { foldBenchData, foldedCounts } from './folded';

describe('the bench’s count of documents after closing past events', () => {
  it('replaces each past event’s check-ins by its sheet parts, at the small size', () => {
    const data = benchData('small');
    const counts = foldedCounts(data);
    expect(counts.closedEvents).toBeGreaterThan(0);
    expect(counts.sheets).toBeGreaterThanOrEqual(counts.closedEvents);
    expect(counts.foldedAttendance).toBeGreaterThan(counts.sheets);
    expect(counts.before).toBe(
      data.people.length +
        data.households.length +
        data.memberships.length +
        data.events.length +
        data.attendance.length,
    );
    expect(counts.after).toBe(counts.before - counts.foldedAttendance + counts.sheets);
  });

  it('gives the data set as a new device receives it: closed events marked, their check-ins in sheets', () => {
    const data = benchData('small');
    const folded = foldBenchData(data);
    const closed = new Set(folded.events.filter((event) => event.closedOn !== '').map((event) => event.id));
    expect(closed.size).toBeGreaterThan(0);
    expect(data.events.every((event) => event.closedOn === '')).toBe(true);
    expect(new Set(folded.sheets.map((sheet) => sheet.eventId))).toEqual(closed);
    expect(folded.attendance.some((record) => closed.has(record.eventId))).toBe(false);
    expect(folded.attendance.length).toBe(
      data.attendance.filter((record) => !closed.has(record.eventId)).length,
    );
    const rows = folded.sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    expect(rows).toBe(data.attendance.length - folded.attendance.length);
  });
});
