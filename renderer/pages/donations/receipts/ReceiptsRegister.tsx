import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTER_COLUMNS } from '@shared/donations/donation-columns';
import { displayCell } from '@shared/export/list-export';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { usePermission } from '@renderer/data/context';
import { registerRows } from '@renderer/data/donations/read';
import { keyTranslator } from '@renderer/i18n/translate-key';
import { CancelReceiptModal } from '@renderer/pages/donations/receipts/CancelReceiptModal';
import type { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';
import { useLocale } from '@renderer/i18n/use-money';

/** On screen the reason of a cancellation stands beside its status; the export gives it a column. */
const SCREEN_COLUMNS = REGISTER_COLUMNS.filter((column) => column.id !== 'reason');

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
  const locale = useLocale();
  const mayCancel = usePermission('receipts.cancel').allowed;
  const [cancelling, setCancelling] = useState<ReceiptDocument | null>(null);
  const tr = keyTranslator(t);
  const byId = new Map<string, ReceiptDocument>(receipts.map((receipt) => [receipt.id, receipt]));
  if (receipts.length === 0) return <Text c="dimmed">{t('donations.register.empty')}</Text>;
  return (
    <>
      <Table striped aria-label={t('donations.register.title')}>
        <Table.Thead>
          <Table.Tr>
            {SCREEN_COLUMNS.map((column) => (
              <Table.Th key={column.id} ta={column.id === 'amount' ? 'right' : undefined}>
                {tr(column.label)}
              </Table.Th>
            ))}
            <Table.Th>{t('tables.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {registerRows(receipts).map((row) => {
            const receipt = byId.get(row.id);
            return (
              <Table.Tr key={row.id}>
                {SCREEN_COLUMNS.filter((column) => column.id !== 'status').map((column) => (
                  <Table.Td key={column.id} ta={column.id === 'amount' ? 'right' : undefined}>
                    {displayCell(column.cell(row, tr), locale)}
                  </Table.Td>
                ))}
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
