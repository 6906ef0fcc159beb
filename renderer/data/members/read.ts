import { useMemo } from 'react';
import type { Season } from '@shared/members/season';
import { sortSeasons } from '@shared/members/season';
import type { MembershipStatus } from '@shared/members/status';
import { createStatusResolver } from '@shared/members/status';
import type { PersonDocument } from '@shared/members/person';
import { useDirectory } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';

/** Today as `YYYY-MM-DD` in the PC's time zone (the association's day, not UTC's). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Seasons from the settings, oldest first. */
export function useSeasons(): Season[] {
  const setting = useSetting('seasons');
  return useMemo(
    () => (setting.read.state === 'ok' ? sortSeasons(setting.read.value.seasons) : []),
    [setting.read],
  );
}

/** Everybody's derived status today, recomputed when the members file or the seasons change. */
export function useStatuses(): { statusOf: (person: PersonDocument) => MembershipStatus; seasons: Season[] } {
  const directory = useDirectory();
  const seasons = useSeasons();
  const statusOf = useMemo(
    () => createStatusResolver(directory.memberships.values(), seasons, today()),
    [directory, seasons],
  );
  return { statusOf, seasons };
}
