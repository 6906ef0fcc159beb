import type { Season } from '@shared/members/season';
import { seasonOn } from '@shared/members/season';

/**
 * The season a screen starts on: the one containing `on`, else the latest (between two seasons,
 * the next one is usually already created). `seasons` oldest first.
 */
export function currentOrLatestSeason(seasons: readonly Season[], on: string): Season | undefined {
  return seasonOn(seasons, on) ?? seasons[seasons.length - 1];
}
