import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DonationMethod } from '@shared/donations/donation';
import { DONATION_METHODS } from '@shared/donations/donation';
import { formatMoney } from '@shared/format/intl';
import { parseAmount } from '@shared/money/parse-amount';
import { DateField } from '@renderer/components/DateField';
import type { useTranslatedField } from '@renderer/components/translated-field';
import type { DonationFormState } from '@renderer/pages/donations/form/use-donation-form';

/**
 * How much, when and how it was paid: the amount typed the French way (« 1 250,50 »), written
 * back as it will be shown once read; a cheque's number and bank, a transfer's reference.
 */
export function PaymentSection({
  form,
  field,
  locale,
  locked,
  reportDate,
}: {
  form: DonationFormState;
  field: ReturnType<typeof useTranslatedField<DonationFormState['values']>>;
  locale: string;
  locked: boolean;
  reportDate: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const { method } = form.getValues();
  const amount = field('amount');
  const date = field('receivedOn');
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('donations.form.amount')}
          description={t('donations.form.amountHint')}
          withAsterisk
          size="md"
          inputMode="decimal"
          disabled={locked}
          {...amount}
          onBlur={() => {
            const parsed = parseAmount(form.getValues().amount);
            if (parsed.ok) form.setFieldValue('amount', formatMoney(parsed.cents, locale));
            amount.onBlur?.();
          }}
        />
        <DateField
          label={t('donations.form.receivedOn')}
          withAsterisk
          size="md"
          pivot="past"
          disabled={locked}
          data-path="receivedOn"
          value={date.value as string}
          onChange={(iso) => form.setFieldValue('receivedOn', iso)}
          onParseError={reportDate}
          error={date.error}
        />
        <Select
          label={t('donations.form.method')}
          withAsterisk
          size="md"
          disabled={locked}
          data={DONATION_METHODS.map((value) => ({ value, label: t(`donations.methods.${value}`) }))}
          {...field('method')}
          onChange={(value) => form.setFieldValue('method', value as DonationMethod | null)}
        />
      </SimpleGrid>
      {method === 'cheque' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('donations.form.chequeNumber')}
            size="md"
            disabled={locked}
            {...field('chequeNumber')}
          />
          <TextInput label={t('donations.form.bank')} size="md" disabled={locked} {...field('bank')} />
        </SimpleGrid>
      ) : null}
      {method === 'virement' || method === 'prelevement' || method === 'carte' ? (
        <TextInput
          label={t('donations.form.paymentReference')}
          size="md"
          disabled={locked}
          {...field('paymentReference')}
        />
      ) : null}
    </>
  );
}
