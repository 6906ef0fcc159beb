import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateErrorKey } from '@shared/dates/parse-date';
import { localToday } from '@shared/dates/parse-date';
import type { PaymentMethod } from '@shared/members/membership';
import { RENEWAL_PAYMENT_METHODS } from '@shared/members/renewal';
import { DateField } from '@renderer/components/DateField';

/** How the chosen renewals were paid: one method and one date for all. */
export function RenewModal({
  count,
  busy,
  onClose,
  onConfirm,
}: {
  count: number;
  busy: boolean;
  onClose: () => void;
  onConfirm: (method: PaymentMethod, paidOn: string) => void;
}) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<PaymentMethod>('especes');
  const [paidOn, setPaidOn] = useState(localToday(new Date()));
  // While the typed date cannot be read, renewing would use the previous one: wait.
  const [dateError, setDateError] = useState<DateErrorKey | null>(null);
  const missingDate = paidOn === '' ? t('errors.members.paidOnRequired') : undefined;
  return (
    <Modal opened onClose={onClose} title={t('people.renewals.renewTitle', { count })}>
      <Stack gap="sm">
        <Select
          label={t('people.membership.method')}
          data={RENEWAL_PAYMENT_METHODS.map((value) => ({
            value,
            label: t(`people.membership.methods.${value}`),
          }))}
          value={method}
          onChange={(value) => value && setMethod(value as PaymentMethod)}
          allowDeselect={false}
        />
        <DateField
          label={t('people.membership.paidOn')}
          withAsterisk
          value={paidOn}
          onChange={setPaidOn}
          onParseError={setDateError}
          error={missingDate}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('users.cancel')}
          </Button>
          <Button
            loading={busy}
            disabled={dateError !== null || paidOn === ''}
            onClick={() => onConfirm(method, paidOn)}
          >
            {t('people.renewals.renew', { count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
