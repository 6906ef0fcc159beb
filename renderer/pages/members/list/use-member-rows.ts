import { useMemo } from 'react';
import { appliedSort, filterMembers, sortMembers } from '@shared/members/member-list';
import type { MemberCriteria } from '@shared/members/member-list-criteria';
import type { PersonDocument } from '@shared/members/person';
import type { MembershipStatus } from '@shared/members/status';
import { useDirectory } from '@renderer/data/context';
import { searchPeople } from '@renderer/data/directory';

/** The most matches a search lists, best first. */
const SEARCH_LIMIT = 1000;

/** The list's rows: the whole file or a search, filtered and sorted, recomputed on any change. */
export function useMemberRows(
  { query, filter, sort, direction }: MemberCriteria,
  statusOf: (person: PersonDocument) => MembershipStatus,
): PersonDocument[] {
  const directory = useDirectory();
  return useMemo(() => {
    const searching = query.trim() !== '';
    const people = searching ? searchPeople(directory, query, SEARCH_LIMIT) : directory.people.values();
    const kept = filterMembers(people, filter, statusOf, directory.memberships.values());
    return sortMembers(kept, appliedSort(sort, searching), statusOf, direction);
  }, [directory, query, filter, sort, direction, statusOf]);
}
