import type { DonationDocument } from '@shared/donations/donation';
import type { ListColumn } from '@shared/export/list-export';

/** What a donation's row shows that the donation does not hold. */
export interface DonationLookups {
  donorName: (donorId: string) => string;
  /** The number of its issued receipt, '' if none. */
  receiptNumber: (donation: DonationDocument) => string;
}

/** The donations list's columns: the table and its export read them from here. */
export function donationColumns(
  lookups: DonationLookups,
  { showDonor = true }: { showDonor?: boolean } = {},
): ListColumn<DonationDocument>[] {
  const columns: ListColumn<DonationDocument>[] = [
    { id: 'date', label: 'donations.list.date', cell: (gift) => ({ date: gift.receivedOn }) },
    { id: 'donor', label: 'donations.list.donor', cell: (gift) => lookups.donorName(gift.donorId) },
    { id: 'amount', label: 'donations.list.amount', cell: (gift) => ({ cents: gift.amount }) },
    {
      id: 'method',
      label: 'donations.list.method',
      cell: (gift, t) => t(`donations.methods.${gift.method}`),
    },
    { id: 'campaign', label: 'donations.list.campaign', cell: (gift) => gift.campaign },
    { id: 'receipt', label: 'donations.list.receipt', cell: (gift) => lookups.receiptNumber(gift) },
  ];
  return showDonor ? columns : columns.filter((column) => column.id !== 'donor');
}

/** A line of the receipts register (renderer/data/donations/read.ts builds them, by number). */
export interface RegisterLine {
  number: string;
  issuedOn: string;
  donor: string;
  total: DonationDocument['amount'];
  status: 'issued' | 'cancelled';
  reason: string;
}

/** The receipts register's columns, on screen and in its export. */
export const REGISTER_COLUMNS: readonly ListColumn<RegisterLine>[] = [
  { id: 'number', label: 'donations.register.number', cell: (line) => line.number },
  { id: 'date', label: 'donations.register.date', cell: (line) => ({ date: line.issuedOn }) },
  { id: 'donor', label: 'donations.register.donor', cell: (line) => line.donor },
  { id: 'amount', label: 'donations.register.amount', cell: (line) => ({ cents: line.total }) },
  {
    id: 'status',
    label: 'donations.register.status',
    cell: (line, t) => t(`donations.register.${line.status}`),
  },
  { id: 'reason', label: 'donations.register.reason', cell: (line) => line.reason },
];
