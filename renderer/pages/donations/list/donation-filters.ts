import type { DonationDocument } from '@shared/donations/donation';
import type { Cents } from '@shared/money/cents';
import { foldText } from '@shared/search/normalise';

/** The list's filters: part of the donor's name, a campaign (`''` all, `NO_CAMPAIGN` none), a year. */
export interface DonationFilter {
  donor: string;
  campaign: string;
  year: string;
}

export const NO_CAMPAIGN = '\u0000none';
export const NO_FILTER: DonationFilter = { donor: '', campaign: '', year: '' };

/** The donations that match, in the order given, and their count and total. */
export function filterDonations(
  donations: readonly DonationDocument[],
  filter: DonationFilter,
  nameOf: (donorId: string) => string,
): { donations: DonationDocument[]; count: number; total: Cents } {
  const words = foldText(filter.donor).split(/\s+/).filter(Boolean);
  const kept = donations.filter((donation) => {
    if (filter.year !== '' && donation.receivedOn.slice(0, 4) !== filter.year) return false;
    if (filter.campaign === NO_CAMPAIGN && donation.campaign !== '') return false;
    if (filter.campaign !== '' && filter.campaign !== NO_CAMPAIGN && donation.campaign !== filter.campaign) {
      return false;
    }
    if (words.length === 0) return true;
    const name = foldText(nameOf(donation.donorId));
    return words.every((word) => name.includes(word));
  });
  const total = kept.reduce((sum, donation) => sum + donation.amount, 0) as Cents;
  return { donations: kept, count: kept.length, total };
}

/** The years and campaigns the donations have, newest year and campaigns A to Z, for the filters. */
export function filterChoices(donations: readonly DonationDocument[]): {
  years: string[];
  campaigns: string[];
} {
  const years = new Set(donations.map((donation) => donation.receivedOn.slice(0, 4)));
  const campaigns = new Set(donations.map((donation) => donation.campaign).filter(Boolean));
  return {
    years: [...years].sort().reverse(),
    campaigns: [...campaigns].sort((a, b) => a.localeCompare(b, 'fr')),
  };
}
