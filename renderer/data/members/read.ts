import { useMemo } from 'react';
import type { Season } from '@shared/members/season';
import type { MembershipStatus } from '@shared/members/status';
import { createStatusResolver } from '@shared/members/status';
import type { PersonDocument } from '@shared/members/person';
import { useDirectory } from '@renderer/data/context';
import { useSeasons } from '@renderer/data/settings/read';
import { localToday } from '@shared/dates/parse-date';

/** Everybody's derived status today, recomputed when the members file or the seasons change. */
export function useStatuses(): { statusOf: (person: PersonDocument) => MembershipStatus; seasons: Season[] } {
  const directory = useDirectory();
  const seasons = useSeasons();
  const statusOf = useMemo(
    () => createStatusResolver(directory.memberships.values(), seasons, localToday(new Date())),
    [directory, seasons],
  );
  return { statusOf, seasons };
}
