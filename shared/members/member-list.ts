import type { MembershipDocument } from '@shared/members/membership';
import { compareMemberNumbers } from '@shared/members/member-number';
import type { PersonDocument } from '@shared/members/person';
import { displayName, needsCompleting } from '@shared/members/person';
import { compareByName } from '@shared/members/sort';
import type { MembershipStatus, StatusMembership, StatusPerson } from '@shared/members/status';
import { coveredForSeason } from '@shared/members/status';
import type { SeasonId, TariffId } from '@shared/ids';

/**
 * The member list's rules: which people a filter keeps, in which order, and how a row names
 * them. The search itself is the people index's (shared/search/).
 */

/** `relevance` is the search's own order: it only means something while searching. */
export const MEMBER_SORTS = ['relevance', 'name', 'number', 'status'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];

/** A column header clicked twice shows its order the other way round. */
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Whom the secretary must chase first: up to date, then to renew, then former, then never. */
const STATUS_ORDER: Record<MembershipStatus, number> = {
  'a-jour': 0,
  'a-renouveler': 1,
  'ancien-membre': 2,
  'jamais-adherent': 3,
};

export interface MemberFilter {
  status: MembershipStatus | null;
  /** Covered for this season (in person or through their household)… */
  seasonId: SeasonId | null;
  /** …with this tariff; ignored without a season. */
  tariffId: TariffId | null;
  /** Only the walk-ins registered at the door that the office has not completed yet. */
  toComplete: boolean;
  /** Whose consent to image rights or to the newsletter is given, or is not (refused or never asked). */
  consent: ConsentFilter | null;
}

/** « not » keeps a refusal and a question never asked alike: neither allows the use. */
export const CONSENT_FILTERS = [
  'imageRights:granted',
  'imageRights:not',
  'newsletter:granted',
  'newsletter:not',
] as const;
export type ConsentFilter = (typeof CONSENT_FILTERS)[number];

/** Whether `person` gave `kind`: only a recorded agreement counts (RGPD: consent is explicit). */
export function hasConsent(
  person: { consents?: Partial<Record<'imageRights' | 'newsletter', { status: string }>> },
  kind: 'imageRights' | 'newsletter',
): boolean {
  return person.consents?.[kind]?.status === 'granted';
}

type ListedPerson = StatusPerson &
  Pick<PersonDocument, 'firstName' | 'lastName' | 'memberNumber'> &
  Partial<Pick<PersonDocument, 'origin' | 'birthDate' | 'email' | 'phone' | 'address' | 'consents'>>;

/** The people `filter` keeps, in their order, as a new array (the caller sorts it in place). */
export function filterMembers<P extends ListedPerson>(
  people: Iterable<P>,
  filter: MemberFilter,
  statusOf: (person: P) => MembershipStatus,
  memberships: Iterable<StatusMembership & Pick<MembershipDocument, 'tariffId'>>,
): P[] {
  let kept = [...people];
  if (filter.status) kept = kept.filter((person) => statusOf(person) === filter.status);
  if (filter.seasonId) kept = kept.filter(coveredForSeason(memberships, filter.seasonId, filter.tariffId));
  if (filter.toComplete) {
    kept = kept.filter(
      (person) =>
        person.origin !== undefined &&
        person.address !== undefined &&
        needsCompleting({
          origin: person.origin,
          birthDate: person.birthDate ?? '',
          email: person.email ?? '',
          phone: person.phone ?? '',
          address: person.address,
        }),
    );
  }
  if (filter.consent) {
    const [kind, wanted] = filter.consent.split(':') as ['imageRights' | 'newsletter', string];
    kept = kept.filter((person) => hasConsent(person, kind) === (wanted === 'granted'));
  }
  return kept;
}

/** The order really applied: without a search, « relevance » falls back to the name. */
export function appliedSort(sort: MemberSort, searching: boolean): MemberSort {
  return sort === 'relevance' && !searching ? 'name' : sort;
}

/**
 * Sorts `people` in place (50,000 rows: no copy) and returns them; `relevance` keeps them as
 * they are, best match first, whatever the direction.
 */
export function sortMembers<P extends ListedPerson>(
  people: P[],
  sort: MemberSort,
  statusOf: (person: P) => MembershipStatus,
  direction: SortDirection = 'asc',
): P[] {
  if (sort === 'name') people.sort(compareByName);
  else if (sort === 'number') people.sort((a, b) => compareMemberNumbers(a.memberNumber, b.memberNumber));
  else if (sort === 'status') {
    // One status per person, not two per comparison.
    const rank = new Map(people.map((person) => [person.id, STATUS_ORDER[statusOf(person)]]));
    people.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) || compareByName(a, b));
  }
  if (direction === 'desc' && sort !== 'relevance') people.reverse();
  return people;
}

/** A person as the list names them, last name first in capitals: « DUPONT Anne ». */
export function listName(person: Pick<PersonDocument, 'firstName' | 'lastName'>): string {
  return person.firstName ? `${person.lastName.toUpperCase()} ${person.firstName}` : displayName(person);
}
