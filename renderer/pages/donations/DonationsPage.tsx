import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { displayName } from '@shared/members/person';
import { useDirectory, usePermission } from '@renderer/data/context';
import { useDonations, useReceipts } from '@renderer/data/donations/read';
import { DepositsTab } from '@renderer/pages/donations/deposits/DepositsTab';
import { DonationFilters } from '@renderer/pages/donations/list/DonationFilters';
import { DonationsExport } from '@renderer/pages/donations/list/DonationsExport';
import { filterChoices, filterDonations, NO_FILTER } from '@renderer/pages/donations/list/donation-filters';
import { DonationsTable } from '@renderer/pages/donations/list/DonationsTable';
import { DonationTotals } from '@renderer/pages/donations/list/DonationTotals';
import { ReceiptsTab } from '@renderer/pages/donations/receipts/ReceiptsTab';
import { useReceiptActions } from '@renderer/pages/donations/receipts/use-receipt-actions';
import { IssueConfirmModal } from '@renderer/pages/donations/receipts/IssueConfirmModal';

/** « Dons & reçus »: the donations with their filters and totals, and the tax receipts. */
export function DonationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const directory = useDirectory();
  const mayManage = usePermission('donations.manage').allowed;
  const mayReadReceipts = usePermission('receipts.read').allowed;
  const mayReadDeposits = usePermission('deposits.read').allowed;
  const { donations } = useDonations();
  const { receipts } = useReceipts();
  const actions = useReceiptActions();
  const [filter, setFilter] = useState(NO_FILTER);
  useHotkeys([['alt+N', () => mayManage && navigate('/dons/nouveau')]], []);
  const nameOf = useMemo(() => {
    const names = new Map<string, string>(
      donations.map((donation) => {
        const person = directory.people.get(donation.donorId);
        return [donation.donorId, person ? displayName(person) : t('donations.list.unknownDonor')];
      }),
    );
    return (id: string) => names.get(id) ?? '';
  }, [directory, donations, t]);
  const choices = useMemo(() => filterChoices(donations), [donations]);
  const shown = useMemo(() => filterDonations(donations, filter, nameOf), [donations, filter, nameOf]);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('pages.donations.title')}</Title>
        {mayManage ? (
          <Button component={Link} to="/dons/nouveau" size="md" title={t('donations.list.recordShortcut')}>
            {t('donations.list.record')}
          </Button>
        ) : null}
      </Group>
      <Tabs defaultValue="dons" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="dons">{t('donations.tabs.donations')}</Tabs.Tab>
          {mayReadReceipts ? <Tabs.Tab value="recus">{t('donations.tabs.receipts')}</Tabs.Tab> : null}
          {mayReadDeposits ? <Tabs.Tab value="remises">{t('deposits.tab')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="dons" pt="md">
          <Stack gap="md">
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {t('donations.list.intro')}
              </Text>
              <DonationsExport donations={shown.donations} receipts={receipts} nameOf={nameOf} />
            </Group>
            <DonationFilters filter={filter} onChange={setFilter} {...choices} />
            <DonationsTable
              donations={shown.donations}
              receipts={receipts}
              nameOf={nameOf}
              actions={actions}
            />
            <DonationTotals donations={shown.donations} nameOf={nameOf} />
          </Stack>
        </Tabs.Panel>
        {mayReadReceipts ? (
          <Tabs.Panel value="recus" pt="md">
            <ReceiptsTab receipts={receipts} donationYears={choices.years} actions={actions} />
          </Tabs.Panel>
        ) : null}
        {mayReadDeposits ? (
          <Tabs.Panel value="remises" pt="md">
            <DepositsTab />
          </Tabs.Panel>
        ) : null}
      </Tabs>
      <IssueConfirmModal actions={actions} />
    </Stack>
  );
}
