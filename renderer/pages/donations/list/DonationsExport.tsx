import { useTranslation } from 'react-i18next';
import type { DonationDocument } from '@shared/donations/donation';
import { donationColumns } from '@shared/donations/donation-columns';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { ExportMenu } from '@renderer/components/ExportMenu';

/** « Exporter » the donations shown (filters applied), with the table's columns. */
export function DonationsExport({
  donations,
  receipts,
  nameOf,
}: {
  donations: readonly DonationDocument[];
  receipts: readonly ReceiptDocument[];
  nameOf: (donorId: string) => string;
}) {
  const { t } = useTranslation();
  const issued = new Map<string, string>(
    receipts.filter((r) => r.status === 'issued').map((r) => [r.id, r.number]),
  );
  const columns = donationColumns({
    donorName: nameOf,
    receiptNumber: (donation) => issued.get(donation.receiptId) ?? '',
  });
  return (
    <ExportMenu
      name="dons"
      title={t('donations.list.title')}
      columns={columns}
      rows={donations}
      collection="donations"
    />
  );
}
