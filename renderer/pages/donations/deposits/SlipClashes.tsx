import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SlipClash } from '@shared/deposits/deposit-rules';
import { formatMoney } from '@shared/format/intl';

/**
 * A cheque on two slips: one made here offline, refused by the server because another device had
 * put the cheque on a slip first. Says which cheque, on which other slip, and what to do.
 */
export function SlipClashes({ clashes, locale }: { clashes: readonly SlipClash[]; locale: string }) {
  const { t } = useTranslation();
  if (clashes.length === 0) return null;
  return (
    <Stack gap="xs">
      {clashes.map((clash) => (
        <Alert
          key={`${clash.slip.id}:${clash.cheque.key}`}
          color="red"
          role="alert"
          title={t('deposits.clash.title')}
        >
          {t('deposits.clash.message', {
            cheque: clash.cheque.number === '' ? '' : `n° ${clash.cheque.number}`,
            payer: clash.cheque.payer,
            amount: formatMoney(clash.cheque.amount, locale),
            slip: clash.slip.number,
            other: clash.other.number,
          })}
        </Alert>
      ))}
    </Stack>
  );
}
