import type { DonationDocument } from '@shared/donations/donation';
import type { Cents } from '@shared/money/cents';
import { sumCents } from '@shared/reports/members';

/**
 * « Dons par mois et par campagne », the chosen year beside the year before. Read from the
 * donations themselves, never from receipts: a cancelled (or replaced) receipt neither removes
 * nor doubles a gift, and a donation undone with its import is no longer stored. `receivedOn` is
 * the local date the gift was received (no time, no zone): a gift of 31/12 belongs to December
 * of its year whatever the clock of the device reading it.
 */

export type ReportDonation = Pick<DonationDocument, 'amount' | 'receivedOn' | 'campaign'>;

export interface YearFigures {
  count: number;
  amount: Cents;
}

export interface MonthFigures {
  /** 1 to 12. */
  month: number;
  year: YearFigures;
  previous: YearFigures;
}

export interface CampaignFigures {
  /** `''`: gifts outside any campaign. */
  campaign: string;
  year: YearFigures;
  previous: YearFigures;
}

export interface DonationsReport {
  year: number;
  months: MonthFigures[];
  /** Campaigns with a gift in either year, largest total of the chosen year first. */
  campaigns: CampaignFigures[];
  total: { year: YearFigures; previous: YearFigures };
}

const none = (): YearFigures => ({ count: 0, amount: 0 as Cents });
const add = (figures: YearFigures, amount: number): YearFigures => ({
  count: figures.count + 1,
  amount: sumCents([figures.amount, amount]),
});

/** The first and last day of the two years a report reads (the query's bounds). */
export function donationsReportRange(year: number): { from: string; to: string } {
  return { from: `${year - 1}-01-01`, to: `${year}-12-31` };
}

export function donationsReport(donations: Iterable<ReportDonation>, year: number): DonationsReport {
  const months = Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    year: none(),
    previous: none(),
  }));
  const campaigns = new Map<string, CampaignFigures>();
  let total = { year: none(), previous: none() };
  for (const donation of donations) {
    const given = Number(donation.receivedOn.slice(0, 4));
    const side = given === year ? 'year' : given === year - 1 ? 'previous' : undefined;
    if (!side) continue;
    const month = months[Number(donation.receivedOn.slice(5, 7)) - 1];
    if (month) month[side] = add(month[side], donation.amount);
    const campaign = campaigns.get(donation.campaign) ?? {
      campaign: donation.campaign,
      year: none(),
      previous: none(),
    };
    campaign[side] = add(campaign[side], donation.amount);
    campaigns.set(donation.campaign, campaign);
    total = { ...total, [side]: add(total[side], donation.amount) };
  }
  return {
    year,
    months,
    campaigns: [...campaigns.values()].sort(
      (a, b) =>
        b.year.amount - a.year.amount ||
        b.previous.amount - a.previous.amount ||
        a.campaign.localeCompare(b.campaign, 'fr'),
    ),
    total,
  };
}

/** The years a donation report may show: from the oldest gift's year (or this year) to this year. */
export function reportYears(oldestReceivedOn: string | undefined, today: string): number[] {
  const last = Number(today.slice(0, 4));
  const first = oldestReceivedOn ? Math.min(Number(oldestReceivedOn.slice(0, 4)), last) : last;
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
}
