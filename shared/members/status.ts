import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import type { Season } from '@shared/members/season';
import type { SeasonId, TariffId } from '@shared/ids';

/**
 * Membership status, derived from memberships and seasons at a given date — never stored, so it
 * cannot go stale when a season ends or a cheque is recorded on another device.
 *
 * - `a-jour`: covered for the season containing the date, or already for a later one (someone
 *   who renewed in August for September has nothing left to do).
 * - `a-renouveler`: not covered now, but covered for the previous season: the renewal campaign's
 *   target. Between two seasons (date in no season), "previous" is the last one that ended.
 * - `ancien-membre`: covered for some older season only.
 * - `jamais-adherent`: never covered (donors, contacts, someone registered but not paid yet).
 *
 * A person is covered for a season by their own membership, or by a membership of their current
 * household (tarif famille). Cancelled memberships cover no one.
 */
export const MEMBERSHIP_STATUSES = ['a-jour', 'a-renouveler', 'ancien-membre', 'jamais-adherent'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export type StatusPerson = Pick<PersonDocument, 'id' | 'householdId'>;
export type StatusMembership = Pick<
  MembershipDocument,
  'holderKind' | 'holderId' | 'seasonId' | 'cancelledOn'
>;
export type StatusSeason = Pick<Season, 'id' | 'startsOn' | 'endsOn'>;

export interface SeasonFrame {
  /** The season containing the date. */
  current: StatusSeason | undefined;
  /** The last season that ended before the current one (or before the date, between seasons). */
  previous: StatusSeason | undefined;
  /** Seasons starting after the date. */
  later: ReadonlySet<string>;
}

export function seasonFrame(seasons: readonly StatusSeason[], on: string): SeasonFrame {
  const current = seasons.find((season) => season.startsOn <= on && on <= season.endsOn);
  const before = current?.startsOn ?? on;
  let previous: StatusSeason | undefined;
  for (const season of seasons) {
    if (season.endsOn < before && (!previous || season.endsOn > previous.endsOn)) previous = season;
  }
  const later = new Set(seasons.filter((season) => season.startsOn > on).map((season) => season.id));
  return { current, previous, later };
}

/** Season ids each holder (person or household id) has a valid membership for. */
export function seasonsByHolder(memberships: Iterable<StatusMembership>): Map<string, Set<string>> {
  const byHolder = new Map<string, Set<string>>();
  for (const membership of memberships) {
    if (membership.cancelledOn !== '') continue;
    let seasons = byHolder.get(membership.holderId);
    if (!seasons) byHolder.set(membership.holderId, (seasons = new Set()));
    seasons.add(membership.seasonId);
  }
  return byHolder;
}

const NO_SEASONS: ReadonlySet<string> = new Set();

/** Season ids covering `person`, in person or through their household. */
export function coveredSeasons(
  person: StatusPerson,
  byHolder: ReadonlyMap<string, ReadonlySet<string>>,
): ReadonlySet<string> {
  const own = byHolder.get(person.id) ?? NO_SEASONS;
  const family = person.householdId === '' ? NO_SEASONS : (byHolder.get(person.householdId) ?? NO_SEASONS);
  if (family.size === 0) return own;
  if (own.size === 0) return family;
  return new Set([...own, ...family]);
}

function statusFrom(covered: ReadonlySet<string>, frame: SeasonFrame): MembershipStatus {
  if (covered.size === 0) return 'jamais-adherent';
  if (frame.current && covered.has(frame.current.id)) return 'a-jour';
  for (const id of frame.later) if (covered.has(id)) return 'a-jour';
  if (frame.previous && covered.has(frame.previous.id)) return 'a-renouveler';
  return 'ancien-membre';
}

/**
 * Status of many people at one date: indexes memberships once, then answers each person in
 * constant time (the member list at 50,000 people calls it for every row).
 */
export function createStatusResolver(
  memberships: Iterable<StatusMembership>,
  seasons: readonly StatusSeason[],
  on: string,
): (person: StatusPerson) => MembershipStatus {
  const byHolder = seasonsByHolder(memberships);
  const frame = seasonFrame(seasons, on);
  return (person) => statusFrom(coveredSeasons(person, byHolder), frame);
}

/** Status of one person (pass at least their own and their household's memberships). */
export function membershipStatus(
  person: StatusPerson,
  memberships: Iterable<StatusMembership>,
  seasons: readonly StatusSeason[],
  on: string,
): MembershipStatus {
  return createStatusResolver(memberships, seasons, on)(person);
}

/** Whether `person` is covered for `seasonId` (own or household membership). */
export function isCoveredFor(
  person: StatusPerson,
  seasonId: SeasonId,
  byHolder: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  return coveredSeasons(person, byHolder).has(seasonId);
}

/** Whether `membership` covers `person`: it is theirs, or their current household's. */
export function coversPerson(
  membership: Pick<MembershipDocument, 'holderId'>,
  person: StatusPerson,
): boolean {
  return (
    membership.holderId === person.id ||
    (person.householdId !== '' && membership.holderId === person.householdId)
  );
}

/**
 * Who is covered for `seasonId` (with `tariffId` only, if given), in person or through their
 * household: the member list's season and tariff filters. Cancelled memberships cover no one.
 */
export function coveredForSeason(
  memberships: Iterable<StatusMembership & Pick<MembershipDocument, 'tariffId'>>,
  seasonId: SeasonId,
  tariffId?: TariffId | null,
): (person: StatusPerson) => boolean {
  const holders = new Set<string>();
  for (const membership of memberships) {
    if (membership.seasonId !== seasonId || membership.cancelledOn !== '') continue;
    if (tariffId && membership.tariffId !== tariffId) continue;
    holders.add(membership.holderId);
  }
  return (person) => holders.has(person.id) || (person.householdId !== '' && holders.has(person.householdId));
}

export type RenewalMembership = StatusMembership & Pick<MembershipDocument, 'id' | 'tariffId' | 'paidOn'>;

/**
 * The renewal campaign: for each holder (person or household) with a membership in
 * `fromSeasonId` who is not covered yet in `toSeasonId`, their last membership of the old
 * season (its tariff is the one to renew with). A household counts as renewed if it renewed as
 * a household or if every one of its current members is covered individually; a person who moved
 * to a household membership counts as renewed. Holders absent from `people` (deleted, merged) are
 * skipped.
 */
export function renewalsDue<M extends RenewalMembership>(
  people: readonly StatusPerson[],
  memberships: readonly M[],
  fromSeasonId: SeasonId,
  toSeasonId: SeasonId,
): M[] {
  const byHolder = seasonsByHolder(memberships);
  const peopleById = new Map<string, StatusPerson>(people.map((person) => [person.id, person]));
  const membersOf = new Map<string, StatusPerson[]>();
  for (const person of people) {
    if (person.householdId === '') continue;
    const list = membersOf.get(person.householdId);
    if (list) list.push(person);
    else membersOf.set(person.householdId, [person]);
  }

  const lastByHolder = new Map<string, M>();
  for (const membership of memberships) {
    if (membership.seasonId !== fromSeasonId || membership.cancelledOn !== '') continue;
    const kept = lastByHolder.get(membership.holderId);
    if (!kept || membership.paidOn > kept.paidOn) lastByHolder.set(membership.holderId, membership);
  }

  const due: M[] = [];
  for (const membership of lastByHolder.values()) {
    if (membership.holderKind === 'person') {
      const person = peopleById.get(membership.holderId);
      if (person && !isCoveredFor(person, toSeasonId, byHolder)) due.push(membership);
    } else {
      const members = membersOf.get(membership.holderId) ?? [];
      if (members.length === 0) continue;
      const renewed =
        byHolder.get(membership.holderId)?.has(toSeasonId) === true ||
        members.every((person) => isCoveredFor(person, toSeasonId, byHolder));
      if (!renewed) due.push(membership);
    }
  }
  return due;
}
