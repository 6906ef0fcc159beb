import type { PersonDocument } from '@shared/members/person';
import type { MembershipDocument } from '@shared/members/membership';
import type { Season } from '@shared/members/season';
import { sortSeasons } from '@shared/members/season';
import type { StatusSeason } from '@shared/members/status';
import {
  coveredSeasons,
  createStatusResolver,
  renewalsDue,
  seasonFrame,
  seasonsByHolder,
} from '@shared/members/status';

/**
 * The figures of the Accueil dashboard, derived like every status (status.ts): never stored, so
 * they are right on every device as soon as its data is.
 */
export type FiguresPerson = Pick<PersonDocument, 'id' | 'householdId'>;
export type FiguresMembership = Pick<
  MembershipDocument,
  'id' | 'holderKind' | 'holderId' | 'seasonId' | 'tariffId' | 'paidOn' | 'cancelledOn'
>;
export type FiguresSeason = StatusSeason & Pick<Season, 'label'>;

export interface MembershipFigures {
  current: FiguresSeason | undefined;
  previous: FiguresSeason | undefined;
  /** People « à jour » today (covered for the current season, or already for a later one). */
  upToDate: number;
  /** People covered for the previous season. */
  lastSeason: number;
  /** Holders (people or households) of last season not renewed yet; `undefined` without two seasons. */
  renewalsExpected: number | undefined;
  /** People whose very first fee (own or household's) was paid this calendar month. */
  newThisMonth: number;
  /** People covered per season, oldest first, up to the current season (at most `chartSeasons`). */
  perSeason: { seasonId: string; label: string; members: number }[];
}

export function membershipFigures(
  people: Iterable<FiguresPerson>,
  memberships: Iterable<FiguresMembership>,
  seasons: readonly FiguresSeason[],
  today: string,
  chartSeasons = 6,
): MembershipFigures {
  const everyone = [...people];
  const fees = [...memberships].filter((membership) => membership.cancelledOn === '');
  const frame = seasonFrame(seasons, today);
  const current = frame.current as FiguresSeason | undefined;
  const previous = frame.previous as FiguresSeason | undefined;
  const byHolder = seasonsByHolder(fees);
  const statusOf = createStatusResolver(fees, seasons, today);

  const firstPaid = new Map<string, string>();
  for (const fee of fees) {
    const known = firstPaid.get(fee.holderId);
    if (!known || fee.paidOn < known) firstPaid.set(fee.holderId, fee.paidOn);
  }
  const monthStart = `${today.slice(0, 7)}-01`;

  const perSeasonCount = new Map<string, number>();
  let upToDate = 0;
  let lastSeason = 0;
  let newThisMonth = 0;
  for (const person of everyone) {
    const covered = coveredSeasons(person, byHolder);
    if (covered.size === 0) continue;
    for (const seasonId of covered) perSeasonCount.set(seasonId, (perSeasonCount.get(seasonId) ?? 0) + 1);
    if (statusOf(person) === 'a-jour') upToDate += 1;
    if (previous && covered.has(previous.id)) lastSeason += 1;
    const own = firstPaid.get(person.id);
    const family = person.householdId ? firstPaid.get(person.householdId) : undefined;
    const first = own && family ? (own < family ? own : family) : (own ?? family);
    if (first && first >= monthStart && first <= today) newThisMonth += 1;
  }

  const shown = sortSeasons(seasons).filter((season) => season.startsOn <= today);
  return {
    current,
    previous,
    upToDate,
    lastSeason,
    renewalsExpected:
      current && previous ? renewalsDue(everyone, [...fees], previous.id, current.id).length : undefined,
    newThisMonth,
    perSeason: shown.slice(-chartSeasons).map((season) => ({
      seasonId: season.id,
      label: season.label,
      members: perSeasonCount.get(season.id) ?? 0,
    })),
  };
}
