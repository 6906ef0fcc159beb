import { describe, expect, it } from 'vitest';
import { benchData } from './data';
import { foldedCounts } from './folded';

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
});
