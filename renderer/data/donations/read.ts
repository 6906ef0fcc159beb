import { useMemo } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { DonationDocument } from '@shared/donations/donation';
import { excelCsv } from '@shared/export/excel-csv';
import type { ExportCell } from '@shared/export/excel-csv';
import type { Cents } from '@shared/money/cents';
import { declaration222bis, seriesGaps } from '@shared/receipts/issue';
import type { ReceiptDocument, ReceiptStatus } from '@shared/receipts/receipt';
import { useLive } from '@renderer/data/use-live';
import { useReadByIds } from '@renderer/data/read-by-ids';
import type { PersonId } from '@shared/ids';

/** Donations, newest first; those of one donor when `donorId` is given (the person page). */
export function useDonations(donorId?: PersonId): { loading: boolean; donations: DonationDocument[] } {
  const query = useMemo<MangoQuery<DonationDocument>>(
    () => ({ selector: donorId ? { donorId } : {}, sort: [{ receivedOn: 'desc' }] }),
    [donorId],
  );
  const { loading, results } = useLive<DonationDocument>('donations', query);
  return { loading, donations: results };
}

/** Every receipt, by number (the register). */
export function useReceipts(): { loading: boolean; receipts: ReceiptDocument[] } {
  const query = useMemo<MangoQuery<ReceiptDocument>>(() => ({ selector: {}, sort: [{ number: 'asc' }] }), []);
  const { loading, results } = useLive<ReceiptDocument>('receipts', query);
  return { loading, receipts: results };
}

export type DonationGrouping = 'donor' | 'campaign' | 'year';

export interface DonationTotal {
  key: string;
  count: number;
  total: Cents;
}

const receiptNumber = (receipt: ReceiptDocument) => receipt.number;
const donationTarget = (donation: DonationDocument) => ({
  donorId: donation.donorId,
  receivedOn: donation.receivedOn,
});

/** Whose gift and when, for these donations this device holds (read by id, not followed live). */
export function useDonationTargets(
  ids: readonly string[],
): ReadonlyMap<string, { donorId: string; receivedOn: string }> {
  return useReadByIds('donations', ids, donationTarget);
}

/** The numbers of these receipts, for those this device holds (read by id, not followed live). */
export function useReceiptNumbers(ids: readonly string[]): ReadonlyMap<string, string> {
  return useReadByIds('receipts', ids, receiptNumber);
}

/** Totals by donor (id), by campaign (`''`: none) or by year, largest total first. */
export function donationTotals(
  donations: readonly DonationDocument[],
  by: DonationGrouping,
): DonationTotal[] {
  const groups = new Map<string, DonationTotal>();
  for (const donation of donations) {
    const key =
      by === 'donor'
        ? donation.donorId
        : by === 'campaign'
          ? donation.campaign
          : donation.receivedOn.slice(0, 4);
    const group = groups.get(key) ?? { key, count: 0, total: 0 as Cents };
    groups.set(key, { key, count: group.count + 1, total: (group.total + donation.amount) as Cents });
  }
  return [...groups.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

export interface RegisterRow {
  id: string;
  number: string;
  issuedOn: string;
  donor: string;
  total: Cents;
  status: ReceiptStatus;
  reason: string;
}

/** The register of receipts (numéro, date, donateur, montant, statut), by number; cancelled ones stay. */
export function registerRows(receipts: readonly ReceiptDocument[]): RegisterRow[] {
  return [...receipts]
    .sort((a, b) => a.number.localeCompare(b.number))
    .map((receipt) => ({
      id: receipt.id,
      number: receipt.number,
      issuedOn: receipt.issuedOn,
      donor: [receipt.donor.firstNames, receipt.donor.name].filter(Boolean).join(' '),
      total: receipt.total,
      status: receipt.status,
      reason: receipt.cancellation.reason,
    }));
}

/** The register as Excel opens it, French column names (the file goes to the tax office as is). */
export function registerCsv(receipts: readonly ReceiptDocument[]): string {
  const rows: ExportCell[][] = registerRows(receipts).map((row) => [
    row.number,
    { date: row.issuedOn },
    row.donor,
    { cents: row.total },
    row.status === 'cancelled' ? 'annulé' : 'émis',
    row.reason,
  ]);
  return excelCsv(['Numéro', 'Date', 'Donateur', 'Montant', 'Statut', 'Motif d’annulation'], rows);
}

/** The register's summary: the figures of article 222 bis for `year`, and the gaps of the series. */
export function registerSummary(receipts: readonly ReceiptDocument[], year: number) {
  return {
    declaration: declaration222bis(receipts, year),
    gaps: seriesGaps(receipts.map((receipt) => receipt.number)),
  };
}
