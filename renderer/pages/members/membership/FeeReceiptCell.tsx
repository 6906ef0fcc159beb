import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembershipDocument } from '@shared/members/membership';
import { feeReceiptable } from '@shared/receipts/issue';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { usePermission } from '@renderer/data/context';
import type { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';

/**
 * The « Reçu fiscal » cell of a cotisation, for those who may read receipts: its receipt's
 * number (and « Annuler le reçu »), « Émettre le reçu » when its tariff gives no counterpart, or
 * why it opens none.
 */
export function FeeReceiptCell({
  fee,
  receipt,
  season,
  actions,
  onCancel,
}: {
  fee: MembershipDocument;
  /** The issued receipt covering the fee, if this device holds it. */
  receipt: ReceiptDocument | undefined;
  season: string;
  actions: ReturnType<typeof useReceiptActions>;
  onCancel: (receipt: ReceiptDocument) => void;
}) {
  const { t } = useTranslation();
  const mayIssue = usePermission('receipts.issue').allowed;
  const mayCancel = usePermission('receipts.cancel').allowed;
  if (receipt) {
    return (
      <Stack gap={4} align="flex-start">
        <Text size="sm">{t('cotisations.receipt.number', { number: receipt.number })}</Text>
        {mayCancel ? (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={t('cotisations.receipt.cancelNamed', { number: receipt.number })}
            onClick={() => onCancel(receipt)}
          >
            {t('cotisations.receipt.cancel')}
          </Button>
        ) : null}
      </Stack>
    );
  }
  if (fee.receiptId !== '') return <Text size="sm">{t('cotisations.receipt.lockedShort')}</Text>;
  const decision = feeReceiptable(fee);
  if (!decision.receiptable) {
    return (
      <Text size="sm" c="dimmed">
        {t(`cotisations.receipt.not.${decision.reason.replace('receipts.', '') as 'feeCounterpart'}`)}
      </Text>
    );
  }
  if (!mayIssue) return null;
  return (
    <Button
      size="xs"
      variant="light"
      loading={actions.busy}
      aria-label={t('cotisations.receipt.issueNamed', { tariff: fee.tariffLabel, season })}
      onClick={() => void actions.issueFee(fee)}
    >
      {t('cotisations.receipt.issue')}
    </Button>
  );
}
