import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '@shared/members/membership';
import { RENEWAL_PAYMENT_METHODS } from '@shared/members/renewal';
import { localToday } from '@shared/dates/parse-date';

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
        <DateInput
          label={t('people.membership.paidOn')}
          valueFormat="DD/MM/YYYY"
          value={paidOn}
          onChange={(v) => setPaidOn(v ?? localToday(new Date()))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('users.cancel')}
          </Button>
          <Button loading={busy} onClick={() => onConfirm(method, paidOn)}>
            {t('people.renewals.renew', { count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
