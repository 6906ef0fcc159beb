import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatEventStart,
  formatLongDate,
  formatTime,
  parseTime,
} from '@shared/events/event-time';

describe('event times', () => {
  it('reads times typed the French way', () => {
    expect(parseTime('20:30')).toBe('20:30');
    expect(parseTime('20h30')).toBe('20:30');
    expect(parseTime('20 h 30')).toBe('20:30');
    expect(parseTime('20h')).toBe('20:00');
    expect(parseTime('20')).toBe('20:00');
    expect(parseTime('9h05')).toBe('09:05');
    expect(parseTime('2030')).toBe('20:30');
    expect(parseTime(' ')).toBe('');
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['24h', '20:60', 'midi', '20h3', '1:2:3'])
      expect(parseTime(text), text).toBeUndefined();
  });

  it('writes times and dates as they are read in French', () => {
    expect(formatTime('20:00')).toBe('20 h');
    expect(formatTime('09:05')).toBe('9 h 05');
    expect(formatTime('20:30', 'en-GB')).toBe('20:30');
    expect(formatLongDate('2026-11-14')).toBe('samedi 14 novembre 2026');
    expect(formatLongDate('2026-09-01')).toBe('mardi 1er septembre 2026');
    expect(formatLongDate('2026-09-11')).toBe('vendredi 11 septembre 2026');
  });

  it('says when an event starts, with or without its time', () => {
    expect(formatEventStart({ startsOn: '2026-11-14', startTime: '20:00' })).toBe(
      'samedi 14 novembre 2026 à 20 h',
    );
    expect(formatEventStart({ startsOn: '2026-11-14', startTime: '' })).toBe('samedi 14 novembre 2026');
    // English punctuation depends on the ICU data; the words do not.
    expect(formatEventStart({ startsOn: '2026-11-14', startTime: '20:30' }, 'en-GB')).toMatch(
      /^Saturday,? 14 November 2026 at 20:30$/,
    );
  });

  it('gives the clock time of a check-in where the association is', () => {
    expect(formatClockTime('2026-11-14T13:02:00.000Z', 'fr-FR', 'Europe/Paris')).toBe('14:02');
    expect(formatClockTime('2026-07-14T07:05:00.000Z', 'fr-FR', 'Europe/Paris')).toBe('09:05');
  });
});
