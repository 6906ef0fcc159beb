import { referenceTo } from '@shared/members/fields';
import type { MemberFilter, MemberSort, SortDirection } from '@shared/members/member-list';
import { appliedSort, CONSENT_FILTERS, MEMBER_SORTS } from '@shared/members/member-list';
import type { MembershipStatus } from '@shared/members/status';
import { MEMBERSHIP_STATUSES } from '@shared/members/status';
import { sliceWhole } from '@shared/text/unicode';
import type { Id, SeasonId, TariffId } from '@shared/ids';

/**
 * What the member list is asked for — a search, filters, an order — and how it is written in the
 * page's address, so that « Retour à la liste », the back button or a reload find the list as
 * the secretary left it.
 */
export interface MemberCriteria {
  query: string;
  filter: MemberFilter;
  sort: MemberSort;
  direction: SortDirection;
}

export const ALL_MEMBERS: MemberCriteria = {
  query: '',
  filter: { status: null, seasonId: null, tariffId: null, toComplete: false, consent: null },
  sort: 'name',
  direction: 'asc',
};

/** The columns whose header sorts the list. */
export const SORTABLE_COLUMNS = ['name', 'number', 'status'] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

/** Clicking a column header: sorts by that column, or the other way round if it already does. */
export function sortByColumn(criteria: MemberCriteria, column: SortableColumn): MemberCriteria {
  const searching = criteria.query.trim() !== '';
  const current = appliedSort(criteria.sort, searching);
  if (current === column) {
    return { ...criteria, sort: column, direction: criteria.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { ...criteria, sort: column, direction: 'asc' };
}

/** What a column header says of the order (`aria-sort`). */
export function columnSort(
  criteria: MemberCriteria,
  column: SortableColumn,
): 'ascending' | 'descending' | 'none' {
  if (appliedSort(criteria.sort, criteria.query.trim() !== '') !== column) return 'none';
  return criteria.direction === 'asc' ? 'ascending' : 'descending';
}

/** The address's parameter names: French, since the secretary may read them. */
const PARAM = {
  query: 'q',
  status: 'statut',
  seasonId: 'saison',
  tariffId: 'tarif',
  toComplete: 'a-completer',
  consent: 'consentement',
  sort: 'tri',
  direction: 'ordre',
} as const;

/** Only what differs from the whole list sorted by name, so a plain list keeps a plain address. */
export function criteriaToParams(criteria: MemberCriteria): Record<string, string> {
  const params: Record<string, string> = {};
  const { query, filter, sort, direction } = criteria;
  if (query !== '') params[PARAM.query] = query;
  if (filter.status) params[PARAM.status] = filter.status;
  if (filter.seasonId) params[PARAM.seasonId] = filter.seasonId;
  if (filter.seasonId && filter.tariffId) params[PARAM.tariffId] = filter.tariffId;
  if (filter.toComplete) params[PARAM.toComplete] = '1';
  if (filter.consent) params[PARAM.consent] = filter.consent;
  if (sort !== ALL_MEMBERS.sort) params[PARAM.sort] = sort;
  if (direction !== ALL_MEMBERS.direction) params[PARAM.direction] = direction;
  return params;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

/** An id read from the address: branded once the reference schema has read it, else nothing. */
function idOf<I extends Id<string>>(value: string | null): I | null {
  const parsed = referenceTo<I>().safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The criteria an address asks for. Anything unknown (an old link, a typo, a season since
 * removed is the list's business) falls back to the whole list rather than failing.
 */
export function criteriaFromParams(get: (name: string) => string | null): MemberCriteria {
  const seasonId = idOf<SeasonId>(get(PARAM.seasonId));
  const status: MembershipStatus | null = oneOf(MEMBERSHIP_STATUSES, get(PARAM.status));
  return {
    query: sliceWhole(get(PARAM.query) ?? '', 200),
    filter: {
      status,
      seasonId,
      tariffId: seasonId ? idOf<TariffId>(get(PARAM.tariffId)) : null,
      toComplete: get(PARAM.toComplete) === '1',
      consent: oneOf(CONSENT_FILTERS, get(PARAM.consent)),
    },
    sort: oneOf(MEMBER_SORTS, get(PARAM.sort)) ?? ALL_MEMBERS.sort,
    direction: get(PARAM.direction) === 'desc' ? 'desc' : 'asc',
  };
}
