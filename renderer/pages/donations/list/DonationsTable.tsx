import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DonationDocument } from '@shared/donations/donation';
import { formatFrenchDate } from '@shared/dates/parse-date';
import { donationColumns } from '@shared/donations/donation-columns';
import { displayCell } from '@shared/export/list-export';
import type { Cents } from '@shared/money/cents';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { usePermission } from '@renderer/data/context';
import { keyTranslator } from '@renderer/i18n/translate-key';
import type { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';
import { useMoney, useLocale } from '@renderer/i18n/use-money';

/**
 * Donations, newest first, with their receipt: its number once issued, otherwise « Émettre le
 * reçu » for this gift alone. The last line is the count and total of what is shown.
 */
export function DonationsTable({
  donations,
  receipts,
  nameOf,
  actions,
  showDonor = true,
}: {
  donations: readonly DonationDocument[];
  receipts: readonly ReceiptDocument[];
  nameOf: (donorId: string) => string;
  actions: ReturnType<typeof useReceiptActions>;
  showDonor?: boolean;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const locale = useLocale();
  const mayIssue = usePermission('receipts.issue').allowed;
  const mayEdit = usePermission('donations.manage').allowed;
  const issued = new Map<string, ReceiptDocument>(
    receipts.filter((r) => r.status === 'issued').map((r) => [r.id, r]),
  );
  const columns = donationColumns(
    { donorName: nameOf, receiptNumber: (donation) => issued.get(donation.receiptId)?.number ?? '' },
    { showDonor },
  );
  const tr = keyTranslator(t);
  const total = donations.reduce((sum, donation) => sum + donation.amount, 0) as Cents;
  if (donations.length === 0) return <Text c="dimmed">{t('donations.list.empty')}</Text>;
  return (
    <Table striped highlightOnHover aria-label={t('donations.list.title')}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.id} ta={column.id === 'amount' ? 'right' : undefined}>
              {tr(column.label)}
            </Table.Th>
          ))}
          <Table.Th>{t('tables.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {donations.map((donation) => {
          const receipt = issued.get(donation.receiptId);
          const name = nameOf(donation.donorId);
          return (
            <Table.Tr key={donation.id}>
              {columns.map((column) =>
                column.id === 'receipt' ? null : (
                  <Table.Td key={column.id} ta={column.id === 'amount' ? 'right' : undefined}>
                    {column.id === 'donor' ? (
                      <Anchor component={Link} to={`/membres/${donation.donorId}`}>
                        {name}
                      </Anchor>
                    ) : (
                      displayCell(column.cell(donation, tr), locale)
                    )}
                  </Table.Td>
                ),
              )}
              <Table.Td>
                {receipt ? (
                  receipt.number
                ) : mayIssue ? (
                  <Button
                    size="compact-md"
                    variant="light"
                    loading={actions.busy}
                    aria-label={t('donations.list.issueFor', {
                      name,
                      date: formatFrenchDate(donation.receivedOn),
                    })}
                    onClick={() =>
                      void actions.issueSingle(donation).then((done) => {
                        // The button gives way to the receipt's number: the keyboard goes on to
                        // the row's « Voir » rather than to the page's body.
                        if (done)
                          requestAnimationFrame(() => document.getElementById(viewId(donation.id))?.focus());
                      })
                    }
                  >
                    {t('donations.list.issue')}
                  </Button>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {mayEdit ? (
                  <Group gap="xs">
                    <Anchor component={Link} id={viewId(donation.id)} to={`/dons/${donation.id}/modifier`}>
                      {receipt ? t('donations.list.view') : t('donations.list.edit')}
                    </Anchor>
                  </Group>
                ) : null}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={showDonor ? 2 : 1}>
            {t('donations.list.count', { count: donations.length })}
          </Table.Th>
          <Table.Th ta="right">{money(total)}</Table.Th>
          <Table.Th colSpan={4} />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** The row's « Voir » / « Modifier » link, found again once its receipt is issued. */
function viewId(donationId: string): string {
  return `donation-view-${donationId}`;
}
