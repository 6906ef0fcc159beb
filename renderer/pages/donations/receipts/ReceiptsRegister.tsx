import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFrenchDate } from '@shared/dates/parse-date';
import { formatMoney } from '@shared/format/intl';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { usePermission } from '@renderer/data/context';
import { registerRows } from '@renderer/data/donations/read';
import { CancelReceiptModal } from '@renderer/pages/donations/receipts/CancelReceiptModal';
import type { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';

/**
 * The register of receipts (numéro, date, donateur, montant, statut), by number: a cancelled
 * receipt stays, marked annulé with its reason. A reprint says « Duplicata ».
 */
export function ReceiptsRegister({
  receipts,
  actions,
}: {
  receipts: readonly ReceiptDocument[];
  actions: ReturnType<typeof useReceiptActions>;
}) {
  const { t } = useTranslation();
  const mayCancel = usePermission('receipts.cancel').allowed;
  const [cancelling, setCancelling] = useState<ReceiptDocument | null>(null);
  const byId = new Map(receipts.map((receipt) => [receipt.id, receipt]));
  if (receipts.length === 0) return <Text c="dimmed">{t('donations.register.empty')}</Text>;
  return (
    <>
      <Table striped aria-label={t('donations.register.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('donations.register.number')}</Table.Th>
            <Table.Th>{t('donations.register.date')}</Table.Th>
            <Table.Th>{t('donations.register.donor')}</Table.Th>
            <Table.Th ta="right">{t('donations.register.amount')}</Table.Th>
            <Table.Th>{t('donations.register.status')}</Table.Th>
            <Table.Th>{t('tables.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {registerRows(receipts).map((row) => {
            const receipt = byId.get(row.id);
            return (
              <Table.Tr key={row.id}>
                <Table.Td>{row.number}</Table.Td>
                <Table.Td>{formatFrenchDate(row.issuedOn)}</Table.Td>
                <Table.Td>{row.donor}</Table.Td>
                <Table.Td ta="right">{formatMoney(row.total)}</Table.Td>
                <Table.Td>
                  {row.status === 'cancelled' ? (
                    <Group gap={6} wrap="nowrap">
                      <Badge color="red" variant="light">
                        {t('donations.register.cancelled')}
                      </Badge>
                      <Text size="sm" c="dimmed">
                        {row.reason}
                      </Text>
                    </Group>
                  ) : (
                    <Badge variant="light">{t('donations.register.issued')}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {receipt ? (
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-md"
                        variant="default"
                        aria-label={t('donations.register.reprintNumber', { number: row.number })}
                        onClick={() => void actions.reprint(receipt)}
                      >
                        {t('donations.register.reprint')}
                      </Button>
                      {mayCancel && row.status === 'issued' ? (
                        <Button
                          size="compact-md"
                          color="red"
                          variant="light"
                          aria-label={t('donations.register.cancelNumber', { number: row.number })}
                          onClick={() => setCancelling(receipt)}
                        >
                          {t('donations.register.cancel')}
                        </Button>
                      ) : null}
                    </Group>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <CancelReceiptModal receipt={cancelling} actions={actions} onClose={() => setCancelling(null)} />
    </>
  );
}
