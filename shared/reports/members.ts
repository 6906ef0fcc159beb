import type { MembershipDocument } from '@shared/members/membership';
import type { Season } from '@shared/members/season';
import type { StatusPerson } from '@shared/members/status';
import { coveredSeasons } from '@shared/members/status';
import type { Cents } from '@shared/money/cents';

/**
 * « Membres par saison et tarif »: for one season, each tariff's fees (cotisations), the people
 * they cover and what they brought in. A household's fee (tarif famille) is one fee covering each
 * person of the household as the status says (shared/members/status.ts: the current household);
 * a person covered twice (their own fee and their household's) counts once in the total.
 * Cancelled fees count nowhere.
 */

export type ReportMembership = Pick<
  MembershipDocument,
  'holderKind' | 'holderId' | 'seasonId' | 'tariffId' | 'tariffLabel' | 'amount' | 'cancelledOn' | 'paidOn'
>;

export interface TariffFigures {
  tariffId: string;
  label: string;
  /** Fees taken (a household's counts once). */
  fees: number;
  /** People these fees cover (each member of a household). */
  people: number;
  amount: Cents;
}

export interface MembersReport {
  seasonId: string;
  tariffs: TariffFigures[];
  /** Every fee, every person covered (once), every cent of the season. */
  total: { fees: number; people: number; amount: Cents };
}

export function membersReport(
  people: Iterable<StatusPerson>,
  memberships: Iterable<ReportMembership>,
  season: Pick<Season, 'id' | 'tariffs'>,
): MembersReport {
  const fees = [...memberships].filter((fee) => fee.seasonId === season.id && fee.cancelledOn === '');
  const byTariff = new Map<string, { label: string; paidOn: string; fees: ReportMembership[] }>();
  for (const fee of fees) {
    const group = byTariff.get(fee.tariffId);
    if (!group) byTariff.set(fee.tariffId, { label: fee.tariffLabel, paidOn: fee.paidOn, fees: [fee] });
    else {
      group.fees.push(fee);
      // The label of the latest fee, when the tariff was renamed during the season.
      if (fee.paidOn > group.paidOn) Object.assign(group, { label: fee.tariffLabel, paidOn: fee.paidOn });
    }
  }
  // Tariffs each holder paid this season: the status's household rule (`coveredSeasons`, which
  // unions a person's own sets with their current household's) then gives each person's tariffs.
  const tariffsByHolder = new Map<string, Set<string>>();
  for (const fee of fees) {
    const held = tariffsByHolder.get(fee.holderId) ?? new Set<string>();
    tariffsByHolder.set(fee.holderId, held.add(fee.tariffId));
  }
  const peopleByTariff = new Map<string, number>();
  let coveredPeople = 0;
  for (const person of people) {
    const tariffs = coveredSeasons(person, tariffsByHolder);
    if (tariffs.size > 0) coveredPeople += 1;
    for (const id of tariffs) peopleByTariff.set(id, (peopleByTariff.get(id) ?? 0) + 1);
  }
  const settingOrder: readonly string[] = season.tariffs.map((tariff) => tariff.id);
  const rank = (id: string) => {
    const index = settingOrder.indexOf(id);
    return index === -1 ? settingOrder.length : index;
  };
  const tariffs: TariffFigures[] = [...byTariff.entries()]
    .map(([tariffId, group]) => ({
      tariffId,
      label: season.tariffs.find((tariff) => tariff.id === tariffId)?.label ?? group.label,
      fees: group.fees.length,
      people: peopleByTariff.get(tariffId) ?? 0,
      amount: sumCents(group.fees.map((fee) => fee.amount)),
    }))
    .sort((a, b) => rank(a.tariffId) - rank(b.tariffId) || a.label.localeCompare(b.label, 'fr'));
  return {
    seasonId: season.id,
    tariffs,
    total: {
      fees: fees.length,
      people: coveredPeople,
      amount: sumCents(fees.map((fee) => fee.amount)),
    },
  };
}

export function sumCents(amounts: Iterable<number>): Cents {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total as Cents;
}
