import { describe, expect, it } from 'vitest';
import { splitByDate } from '@shared/events/event-list';

const at = (title: string, startsOn: string, startTime = '', endsOn = '') => ({
  title,
  startsOn,
  startTime,
  endsOn,
});

describe('upcoming and past events', () => {
  it('keeps today and a festival still running in « à venir », soonest first', () => {
    const events = [
      at('loto', '2026-11-14', '20:00'),
      at('atelier', '2026-11-14', '14:00'),
      at('hier', '2026-11-09'),
      at('aujourd’hui', '2026-11-10'),
      at('festival', '2026-11-08', '', '2026-11-11'),
      at('vide-grenier', '2026-05-01'),
    ];
    const { upcoming, past } = splitByDate(events, '2026-11-10');
    expect(upcoming.map((e) => e.title)).toEqual(['festival', 'aujourd’hui', 'atelier', 'loto']);
    expect(past.map((e) => e.title)).toEqual(['hier', 'vide-grenier']);
  });
});
