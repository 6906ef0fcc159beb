import { describe, expect, it } from 'vitest';
import { makeAttendance, makeEvent } from '@shared/events/testing';
import { directorySeedResponse, seedAttendance, seedsAttendanceOf } from '@shared/sync/directory-seed';
import { buildDirectorySeed } from '@shared/sync/directory-seed.testing';
import { CURRENT_SNAPSHOT_SIGNATURE } from '@shared/sync/directory-seed';
import { eventId, personId } from '@shared/testing/ids';

const NOW = new Date('2026-12-05T18:30:00.000Z');

describe('seedsAttendanceOf: the events whose check-ins a door’s seed carries', () => {
  it('takes the open events of the day before, the day and the day after, multi-day ones that cross them', () => {
    const around = (changes: Parameters<typeof makeEvent>[0]) => seedsAttendanceOf(makeEvent(changes), NOW);
    expect(around({ startsOn: '2026-12-05' })).toBe(true);
    // A device east or west of the server, or just past midnight: its today is the server's ±1.
    expect(around({ startsOn: '2026-12-04' })).toBe(true);
    expect(around({ startsOn: '2026-12-06' })).toBe(true);
    expect(around({ startsOn: '2026-12-03' })).toBe(false);
    expect(around({ startsOn: '2026-12-07' })).toBe(false);
    // A week-long fair that began on Monday and ends on Sunday.
    expect(around({ startsOn: '2026-11-30', endsOn: '2026-12-06', startTime: '', endTime: '' })).toBe(true);
    expect(around({ startsOn: '2026-11-30', endsOn: '2026-12-03', startTime: '', endTime: '' })).toBe(false);
    // Cancelled or closed: nobody is let in any more (a closed event's attendance is its sheet).
    expect(around({ startsOn: '2026-12-05', cancelledOn: '2026-12-01' })).toBe(false);
    expect(around({ startsOn: '2026-12-05', closedOn: '2026-12-05' })).toBe(false);
  });

  it('refuses what is not an event’s dates rather than guessing', () => {
    expect(seedsAttendanceOf({}, NOW)).toBe(false);
    expect(seedsAttendanceOf({ startsOn: 20261205 }, NOW)).toBe(false);
  });
});

describe('seedAttendance: the check-ins an answer carries, checked as pulls are', () => {
  const snapshot = buildDirectorySeed([], [], CURRENT_SNAPSHOT_SIGNATURE, NOW);
  const answer = (attendance?: Record<string, unknown>[]) => ({
    ...directorySeedResponse(snapshot, { people: 0, memberships: 0 }),
    ...(attendance ? { attendance } : {}),
  });
  const tonight = eventId('event-tonight');

  it('keeps the records that fit, leaves deleted and faulty ones to the pulls', () => {
    const inside = makeAttendance(tonight, personId('person-1'), {
      present: true,
      checkedInAt: '2026-12-05T18:02:00.000Z',
      checkedInDevice: 'Porte 2',
    });
    const gone = makeAttendance(tonight, personId('person-2'));
    const faulty = { ...makeAttendance(tonight, personId('person-3')), present: 'oui' };
    const records = seedAttendance(
      answer([
        { ...inside, _deleted: false },
        { ...gone, _deleted: true },
        { ...faulty, _deleted: false },
        { ...inside, id: 'no-deleted-flag' },
      ]),
    );
    expect(records).toEqual([inside]);
    expect(records?.[0]).not.toHaveProperty('_deleted');
  });

  it('says « none sent » apart from « none held »: an older server’s seed has no check-ins', () => {
    expect(seedAttendance(answer())).toBeUndefined();
    expect(seedAttendance(answer([]))).toEqual([]);
  });
});
