import { Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHEQUE_COLUMNS, SLIP_COLUMNS } from '@shared/deposits/deposit-columns';
import { withTypedBanks } from '@shared/deposits/cheques';
import { slipTotals } from '@shared/deposits/deposit-rules';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { usePermission } from '@renderer/data/context';
import { useChequesToDeposit, useDeposits, useSlipClashes } from '@renderer/data/deposits/read';
import { ChequesTable } from '@renderer/pages/donations/deposits/ChequesTable';
import { DepositSlipsTable } from '@renderer/pages/donations/deposits/DepositSlipsTable';
import { PrepareSlipForm } from '@renderer/pages/donations/deposits/PrepareSlipForm';
import { SlipClashes } from '@renderer/pages/donations/deposits/SlipClashes';
import { useDepositActions } from '@renderer/pages/donations/deposits/use-deposit-actions';

/**
 * « Remises de chèques »: the cheques received and not yet deposited (gifts, cotisations, entries
 * at the door), ticked into a slip for the bank — printed at once —, and the slips made.
 */
export function DepositsTab() {
  const { t } = useTranslation();
  const mayManage = usePermission('deposits.manage').allowed;
  const { cheques } = useChequesToDeposit();
  const { loading, deposits } = useDeposits();
  const actions = useDepositActions();
  const clashes = useSlipClashes();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [banks, setBanks] = useState<ReadonlyMap<string, string>>(new Map());
  // A cheque that left the list (put on a slip here or on another device) is no longer ticked.
  const chosen = useMemo(
    () =>
      withTypedBanks(
        cheques.filter((cheque) => ticked.has(cheque.key)),
        banks,
      ),
    [cheques, ticked, banks],
  );
  const { total, count } = slipTotals(chosen);
  return (
    <Stack gap="lg">
      <SlipClashes clashes={clashes} locale={actions.locale} />
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('deposits.toDeposit.title')}
          </Title>
          <ExportMenu
            name="cheques-a-remettre"
            title={t('deposits.toDeposit.title')}
            columns={CHEQUE_COLUMNS}
            rows={cheques}
            collection="deposits"
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('deposits.toDeposit.intro')}
        </Text>
        <ChequesTable
          cheques={cheques}
          selected={new Set(chosen.map((cheque) => cheque.key))}
          onChange={setTicked}
          banks={banks}
          onBank={mayManage ? (key, bank) => setBanks((before) => new Map(before).set(key, bank)) : undefined}
          locale={actions.locale}
        />
        {mayManage && !loading ? (
          <PrepareSlipForm
            count={count}
            total={total}
            lastAccount={deposits[0]?.account ?? ''}
            busy={actions.busy}
            locale={actions.locale}
            onPrepare={async (form) => {
              const slip = await actions.prepare(chosen, form);
              if (slip) setTicked(new Set());
            }}
          />
        ) : null}
      </Stack>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('deposits.slips.title')}
          </Title>
          <ExportMenu
            name="bordereaux"
            title={t('deposits.slips.title')}
            columns={SLIP_COLUMNS}
            rows={deposits}
            collection="deposits"
          />
        </Group>
        <DepositSlipsTable slips={deposits} actions={actions} mayManage={mayManage} />
      </Stack>
    </Stack>
  );
}
