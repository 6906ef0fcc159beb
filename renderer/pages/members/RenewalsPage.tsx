import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '@shared/members/membership';
import { renewalColumns } from '@shared/members/renewal';
import { useDirectory, usePermission } from '@renderer/data/context';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { RenewalsTable } from '@renderer/pages/members/renewals/RenewalsTable';
import { RenewModal } from '@renderer/pages/members/renewals/RenewModal';
import { useRenew } from '@renderer/pages/members/renewals/use-renew';
import { useRenewalCampaign } from '@renderer/pages/members/renewals/use-renewal-campaign';

/** Last season's members who have not renewed: bulk renewal with the same tariff, a file for reminders. */
export function RenewalsPage() {
  const { t } = useTranslation();
  const mayRenew = usePermission('memberships.create');
  const contacts = usePermission('people.readDetails').allowed;
  const directory = useDirectory();
  const campaign = useRenewalCampaign();
  const { seasons, due, newSeason, newTariff } = campaign;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const chosen = due.filter((m) => selected.has(m.id) && newTariff(m));
  const { busy, renew } = useRenew(campaign, chosen);

  if (seasons.length < 2) return <Alert color="orange">{t('people.renewals.needTwoSeasons')}</Alert>;
  const seasonOptions = seasons.map((s) => ({ value: s.id, label: s.label }));

  const confirm = async (method: PaymentMethod, paidOn: string) => {
    if (!(await renew(method, paidOn))) return;
    setSelected(new Set());
    setConfirming(false);
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t('people.renewals.title')}</Title>
      <Text c="dimmed" maw={800}>
        {t('people.renewals.intro')}
      </Text>
      <Group align="flex-end">
        {(['from', 'to'] as const).map((end) => (
          <Select
            key={end}
            label={t(`people.renewals.${end}`)}
            data={seasonOptions}
            value={campaign[end].id}
            onChange={campaign[end].pick}
            allowDeselect={false}
          />
        ))}
        <ExportMenu
          name={`renouvellements-${newSeason?.label ?? ''}`}
          title={t('people.renewals.title')}
          columns={renewalColumns(directory, newTariff, { contacts })}
          rows={due}
          collection="memberships"
        />
        {mayRenew.allowed ? (
          <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
            {t('people.renewals.renew', { count: chosen.length })}
          </Button>
        ) : null}
      </Group>
      <Text size="sm" aria-live="polite">
        {t('people.renewals.count', { count: due.length })}
      </Text>
      {due.length === 0 ? (
        <Text>{t('people.renewals.none')}</Text>
      ) : (
        <RenewalsTable due={due} selected={selected} onSelect={setSelected} newTariff={newTariff} />
      )}
      {confirming && newSeason ? (
        <RenewModal
          count={chosen.length}
          busy={busy}
          onClose={() => setConfirming(false)}
          onConfirm={(method, paidOn) => void confirm(method, paidOn)}
        />
      ) : null}
    </Stack>
  );
}
