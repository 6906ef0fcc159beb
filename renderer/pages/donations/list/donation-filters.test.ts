import { describe, expect, it } from 'vitest';
import { donationDocumentSchema } from '@shared/donations/donation';
import {
  filterChoices,
  filterDonations,
  NO_CAMPAIGN,
  NO_FILTER,
} from '@renderer/pages/donations/list/donation-filters';

let next = 0;
const donation = (donorId: string, amount: number, receivedOn: string, campaign = '') =>
  donationDocumentSchema.parse({
    id: `don-${++next}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: 'u',
    deviceId: 'd',
    donorId,
    amount,
    receivedOn,
    method: 'especes',
    campaign,
  });

const names: Record<string, string> = { p1: 'Hélène Dupré', p2: 'Boulangerie Martin' };
const all = [
  donation('p1', 5000, '2026-03-01', 'Rénovation du lavoir'),
  donation('p1', 2500, '2025-12-24'),
  donation('p2', 10000, '2026-06-10', 'Rénovation du lavoir'),
  donation('p2', 1234, '2026-07-01', 'Fête'),
];
const nameOf = (id: string) => names[id] ?? '';

describe('donation filters', () => {
  it('keeps everything, with the total, when nothing is chosen', () => {
    expect(filterDonations(all, NO_FILTER, nameOf)).toMatchObject({ count: 4, total: 18734 });
  });

  it('by donor (part of the name, accents and order aside), campaign and year', () => {
    expect(filterDonations(all, { ...NO_FILTER, donor: 'dupre hel' }, nameOf)).toMatchObject({
      count: 2,
      total: 7500,
    });
    expect(filterDonations(all, { ...NO_FILTER, campaign: 'Rénovation du lavoir' }, nameOf)).toMatchObject({
      count: 2,
      total: 15000,
    });
    expect(filterDonations(all, { ...NO_FILTER, campaign: NO_CAMPAIGN }, nameOf)).toMatchObject({
      count: 1,
      total: 2500,
    });
    expect(filterDonations(all, { ...NO_FILTER, year: '2026' }, nameOf)).toMatchObject({
      count: 3,
      total: 16234,
    });
    expect(filterDonations(all, { donor: 'martin', campaign: 'Fête', year: '2026' }, nameOf).total).toBe(
      1234,
    );
    expect(filterDonations(all, { donor: 'martin', campaign: 'Fête', year: '2025' }, nameOf).count).toBe(0);
  });

  it('offers the years newest first and the campaigns A to Z', () => {
    expect(filterChoices(all)).toEqual({
      years: ['2026', '2025'],
      campaigns: ['Fête', 'Rénovation du lavoir'],
    });
  });
});
