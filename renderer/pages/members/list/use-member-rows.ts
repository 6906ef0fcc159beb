import { useMemo } from 'react';
import type { MemberFilter, MemberSort } from '@shared/members/member-list';
import { appliedSort, filterMembers, sortMembers } from '@shared/members/member-list';
import type { PersonDocument } from '@shared/members/person';
import type { MembershipStatus } from '@shared/members/status';
import { useDirectory } from '@renderer/data/context';

/** What the member list is asked for: a search, filters and an order. */
export interface MemberCriteria {
  query: string;
  filter: MemberFilter;
  sort: MemberSort;
}

export const ALL_MEMBERS: MemberCriteria = {
  query: '',
  filter: { status: null, seasonId: null, tariffId: null },
  sort: 'name',
};

/** The most matches a search lists, best first. */
const SEARCH_LIMIT = 1000;

/** The list's rows: the whole file or a search, filtered and sorted, recomputed on any change. */
export function useMemberRows(
  { query, filter, sort }: MemberCriteria,
  statusOf: (person: PersonDocument) => MembershipStatus,
): PersonDocument[] {
  const directory = useDirectory();
  return useMemo(() => {
    const searching = query.trim() !== '';
    const people = searching
      ? directory.index.search(query, { limit: SEARCH_LIMIT }).map((hit) => hit.person)
      : directory.people.values();
    const kept = filterMembers(people, filter, statusOf, directory.memberships.values());
    return sortMembers(kept, appliedSort(sort, searching), statusOf);
  }, [directory, query, filter, sort, statusOf]);
}
