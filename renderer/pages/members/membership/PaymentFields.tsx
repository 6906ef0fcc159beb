import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '@shared/members/membership';
import { PAYMENT_METHODS } from '@shared/members/membership';
import { DateField } from '@renderer/components/DateField';
import type { MembershipEntryState } from '@renderer/pages/members/membership/use-membership-entry';

/** Amount, method and date of a fee, and the cheque number or reference its method has. */
export function PaymentFields({
  state,
  error,
}: {
  state: MembershipEntryState;
  error: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { amount, method, paidOn, chequeNumber, reference } = state.entry;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('people.membership.amount')}
          description={t('people.membership.amountHint')}
          withAsterisk
          value={amount}
          onChange={(event) => state.setAmount(event.currentTarget.value)}
          error={error('amount')}
          inputMode="decimal"
        />
        <Select
          label={t('people.membership.method')}
          withAsterisk
          data={PAYMENT_METHODS.map((value) => ({
            value,
            label: t(`people.membership.methods.${value}`),
          }))}
          value={method}
          onChange={(value) => state.setMethod(value as PaymentMethod | null)}
          error={error('paymentMethod')}
        />
        <DateField
          label={t('people.membership.paidOn')}
          withAsterisk
          value={paidOn}
          onChange={state.setPaidOn}
          onParseError={state.setDateError}
          error={error('paidOn')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {method === 'cheque' ? (
          <TextInput
            label={t('people.membership.chequeNumber')}
            withAsterisk
            value={chequeNumber}
            onChange={(event) => state.setChequeNumber(event.currentTarget.value)}
            error={error('chequeNumber')}
          />
        ) : null}
        {method === 'virement' || method === 'helloasso' ? (
          <TextInput
            label={t('people.membership.reference')}
            value={reference}
            onChange={(event) => state.setReference(event.currentTarget.value)}
            error={error('paymentReference')}
          />
        ) : null}
      </SimpleGrid>
    </>
  );
}
