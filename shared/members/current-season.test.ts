import { describe, expect, it } from 'vitest';
import { currentOrLatestSeason } from '@shared/members/current-season';
import { seasonSchema } from '@shared/members/season';

const season = (label: string, startsOn: string, endsOn: string) =>
  seasonSchema.parse({ id: label, label, startsOn, endsOn });
const seasons = [
  season('2024-2025', '2024-09-01', '2025-08-31'),
  season('2025-2026', '2025-09-01', '2026-08-31'),
];

describe('currentOrLatestSeason', () => {
  it('is the season containing the date', () => {
    expect(currentOrLatestSeason(seasons, '2025-03-01')?.label).toBe('2024-2025');
    expect(currentOrLatestSeason(seasons, '2025-09-01')?.label).toBe('2025-2026');
  });

  it('is the latest season when no season contains the date', () => {
    expect(currentOrLatestSeason(seasons, '2027-01-01')?.label).toBe('2025-2026');
    expect(currentOrLatestSeason(seasons, '2020-01-01')?.label).toBe('2025-2026');
  });

  it('is nothing without seasons', () => {
    expect(currentOrLatestSeason([], '2025-03-01')).toBeUndefined();
  });
});
