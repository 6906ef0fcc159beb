import { describe, expect, it } from 'vitest';
import { makeDonation } from '@shared/donations/testing';
import { donationsReport, reportYears } from '@shared/reports/donations';

const gifts = [
  // 31/12/2025 belongs to December 2025, 01/01/2026 to January 2026 (local dates, no zone).
  makeDonation({ id: 'd1', receivedOn: '2025-12-31', amount: 10_000, campaign: 'Lavoir' }),
  makeDonation({ id: 'd2', receivedOn: '2026-01-01', amount: 2_550, campaign: 'Lavoir' }),
  makeDonation({ id: 'd3', receivedOn: '2026-01-31', amount: 1_000 }),
  makeDonation({ id: 'd4', receivedOn: '2026-03-15', amount: 125_001, campaign: 'Orgue' }),
  makeDonation({ id: 'd5', receivedOn: '2025-03-02', amount: 4_000 }),
  // Two years back: in neither column.
  makeDonation({ id: 'd6', receivedOn: '2024-12-31', amount: 99_999, campaign: 'Lavoir' }),
];

describe('donationsReport', () => {
  it('puts 31 December and 1 January in their own year and month, in whole cents', () => {
    const report = donationsReport(gifts, 2026);
    expect(report.months[0]).toEqual({
      month: 1,
      year: { count: 2, amount: 3_550 },
      previous: { count: 0, amount: 0 },
    });
    expect(report.months[11]).toEqual({
      month: 12,
      year: { count: 0, amount: 0 },
      previous: { count: 1, amount: 10_000 },
    });
    expect(report.months[2]).toEqual({
      month: 3,
      year: { count: 1, amount: 125_001 },
      previous: { count: 1, amount: 4_000 },
    });
    expect(report.months.map((month) => month.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(report.total).toEqual({
      year: { count: 3, amount: 128_551 },
      previous: { count: 2, amount: 14_000 },
    });
  });

  it('totals each campaign for both years, gifts without one apart, largest first', () => {
    expect(donationsReport(gifts, 2026).campaigns).toEqual([
      { campaign: 'Orgue', year: { count: 1, amount: 125_001 }, previous: { count: 0, amount: 0 } },
      { campaign: 'Lavoir', year: { count: 1, amount: 2_550 }, previous: { count: 1, amount: 10_000 } },
      { campaign: '', year: { count: 1, amount: 1_000 }, previous: { count: 1, amount: 4_000 } },
    ]);
  });

  it('counts a gift once whatever its receipts (it is read from the donation, not the receipt)', () => {
    // d2 was receipted, the receipt cancelled and replaced: still one donation of 25,50 €.
    const receipted = gifts.map((gift) => (gift.id === 'd2' ? { ...gift, receiptId: 'receipt-2' } : gift));
    expect(donationsReport(receipted, 2026).total).toEqual(donationsReport(gifts, 2026).total);
  });

  it('compares the year before with the one before it', () => {
    const report = donationsReport(gifts, 2025);
    expect(report.total).toEqual({
      year: { count: 2, amount: 14_000 },
      previous: { count: 1, amount: 99_999 },
    });
  });
});

describe('reportYears', () => {
  it('goes from this year back to the oldest gift’s', () => {
    expect(reportYears('2023-06-01', '2026-12-02')).toEqual([2026, 2025, 2024, 2023]);
    expect(reportYears(undefined, '2026-12-02')).toEqual([2026]);
    expect(reportYears('2027-01-01', '2026-12-02')).toEqual([2026]);
  });
});
