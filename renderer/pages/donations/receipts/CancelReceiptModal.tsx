import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptDocument } from '@shared/receipts/receipt';
import { formatFrenchDate } from '@shared/dates/parse-date';
import type { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';
import { useMoney } from '@renderer/i18n/use-money';

const REASON_MAX = 500;

/**
 * Cancelling a receipt: the reason is required (it stays in the register beside the number,
 * marked annulé). « Annuler et réémettre » issues its replacement with a new number at once, for
 * the same gifts; « Annuler seulement » frees them to be corrected first.
 */
export function CancelReceiptModal({
  receipt,
  actions,
  onClose,
}: {
  receipt: ReceiptDocument | null;
  actions: ReturnType<typeof useReceiptActions>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const close = () => {
    setReason('');
    setError(undefined);
    onClose();
  };
  const confirm = async (reissue: boolean) => {
    if (!receipt) return;
    if (reason.trim() === '') {
      setError(t('errors.receipts.cancellationReasonRequired'));
      return;
    }
    const done = await actions.cancel(receipt, reason.trim(), reissue);
    if (done) close();
  };

  return (
    <Modal
      opened={receipt !== null}
      onClose={close}
      title={t('donations.cancel.title', { number: receipt?.number ?? '' })}
      size="lg"
    >
      {receipt ? (
        <Stack gap="sm">
          <Text size="sm">
            {t('donations.cancel.what', {
              donor: [receipt.donor.firstNames, receipt.donor.name].filter(Boolean).join(' '),
              amount: money(receipt.total),
              date: formatFrenchDate(receipt.issuedOn),
            })}
          </Text>
          <Textarea
            label={t('donations.cancel.reason')}
            description={t('donations.cancel.reasonHint')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={REASON_MAX}
            value={reason}
            error={error}
            data-autofocus
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(undefined);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={close}>
              {t('donations.cancel.keep')}
            </Button>
            <Button
              color="red"
              variant="light"
              size="md"
              loading={actions.busy}
              onClick={() => void confirm(false)}
            >
              {t('donations.cancel.only')}
            </Button>
            <Button color="red" size="md" loading={actions.busy} onClick={() => void confirm(true)}>
              {t('donations.cancel.reissue')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
