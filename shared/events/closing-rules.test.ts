import { describe, expect, it } from 'vitest';
import {
  closingSettingSchema,
  eventEnded,
  eventsDueForClosing,
  mayBeClosed,
} from '@shared/events/closing-rules';
import { makeEvent } from '@shared/events/testing';

/** 20 November 2026 at `time` on this computer's clock. */
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00`);

describe('when an event is over', () => {
  const loto = makeEvent({ startsOn: '2026-11-14', startTime: '20:00', endTime: '23:30' });

  it('is over once its last day is past, or today once its end time has passed', () => {
    expect(eventEnded(loto, at('2026-11-13'))).toBe(false);
    expect(eventEnded(loto, at('2026-11-14', '23:00'))).toBe(false);
    expect(eventEnded(loto, at('2026-11-14', '23:30'))).toBe(true);
    expect(eventEnded(loto, at('2026-11-15', '00:05'))).toBe(true);
  });

  it('reads the start time when there is no end time, and waits for tomorrow when there is no time', () => {
    const noEnd = makeEvent({ startsOn: '2026-11-14', startTime: '20:00' });
    expect(eventEnded(noEnd, at('2026-11-14', '19:59'))).toBe(false);
    expect(eventEnded(noEnd, at('2026-11-14', '20:00'))).toBe(true);
    const allDay = makeEvent({ startsOn: '2026-11-14', startTime: '' });
    expect(eventEnded(allDay, at('2026-11-14', '23:59'))).toBe(false);
    expect(eventEnded(allDay, at('2026-11-15', '00:00'))).toBe(true);
    const weekend = makeEvent({ startsOn: '2026-11-14', endsOn: '2026-11-15', startTime: '09:00' });
    expect(eventEnded(weekend, at('2026-11-15', '12:00'))).toBe(false);
    expect(eventEnded(weekend, at('2026-11-16'))).toBe(true);
  });

  it('may be closed by hand only when over, not cancelled, not closed', () => {
    const after = at('2026-11-20');
    expect(mayBeClosed(loto, after)).toBe(true);
    expect(mayBeClosed({ ...loto, cancelledOn: '2026-11-10' }, after)).toBe(false);
    expect(mayBeClosed({ ...loto, closedOn: '2026-11-19' }, after)).toBe(false);
    expect(mayBeClosed(loto, at('2026-11-01'))).toBe(false);
  });
});

describe('closing automatically', () => {
  const events = [
    makeEvent({ id: 'old', startsOn: '2026-10-01' }),
    makeEvent({ id: 'edge', startsOn: '2026-10-21' }),
    makeEvent({ id: 'recent', startsOn: '2026-10-22' }),
    makeEvent({ id: 'weekend', startsOn: '2026-10-17', endsOn: '2026-10-25' }),
    makeEvent({ id: 'cancelled', startsOn: '2026-09-01', cancelledOn: '2026-08-30' }),
    makeEvent({ id: 'closed', startsOn: '2026-09-01', closedOn: '2026-09-02' }),
  ];

  it('closes the events whose last day is N days past, neither cancelled nor closed', () => {
    const due = eventsDueForClosing(events, 30, at('2026-11-20'));
    expect(due.map((event) => event.id)).toEqual(['old', 'edge']);
  });

  it('gives an event an import brought as many days from its import, before folding it', () => {
    const imported = makeEvent({
      id: 'imported',
      startsOn: '2025-11-13',
      importId: 'import-1',
      createdAt: '2026-11-10T09:00:00.000Z',
    });
    const typed = makeEvent({ id: 'typed', startsOn: '2025-11-13', createdAt: '2026-11-10T09:00:00.000Z' });
    expect(eventsDueForClosing([imported, typed], 30, at('2026-11-20')).map((e) => e.id)).toEqual(['typed']);
    expect(eventsDueForClosing([imported], 30, at('2026-12-09'))).toEqual([]);
    expect(eventsDueForClosing([imported], 30, at('2026-12-10')).map((e) => e.id)).toEqual(['imported']);
    // Imported before it took place: counted from its last day, as any other.
    const coming = makeEvent({
      id: 'coming',
      startsOn: '2026-12-05',
      importId: 'i',
      createdAt: '2026-11-01T09:00:00.000Z',
    });
    expect(eventsDueForClosing([coming], 30, at('2027-01-04')).map((e) => e.id)).toEqual(['coming']);
  });

  it('never closes when N is 0, and counts from the last day of a long event', () => {
    expect(eventsDueForClosing(events, 0, at('2027-11-20'))).toEqual([]);
    expect(eventsDueForClosing(events, 1, at('2026-10-26')).map((event) => event.id)).toContain('weekend');
    expect(eventsDueForClosing(events, 2, at('2026-10-26')).map((event) => event.id)).not.toContain(
      'weekend',
    );
  });

  it('validates the setting: a whole number of days from 0 to 365, 30 by default', () => {
    expect(closingSettingSchema.parse({})).toEqual({ autoCloseAfterDays: 30 });
    expect(closingSettingSchema.parse({ autoCloseAfterDays: 0 })).toEqual({ autoCloseAfterDays: 0 });
    for (const wrong of [-1, 366, 2.5, Number.NaN, '30']) {
      const result = closingSettingSchema.safeParse({ autoCloseAfterDays: wrong });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('errors.sheets.autoCloseDays');
    }
  });
});
