import { Group, SegmentedControl, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DonationDocument } from '@shared/donations/donation';
import type { ListColumn } from '@shared/export/list-export';
import { ExportMenu } from '@renderer/components/ExportMenu';
import type { DonationGrouping, DonationTotal } from '@renderer/data/donations/read';
import { donationTotals } from '@renderer/data/donations/read';
import { useMoney } from '@renderer/i18n/use-money';

/** Totals of the donations shown, by donor, by campaign or by year, largest first. */
export function DonationTotals({
  donations,
  nameOf,
}: {
  donations: readonly DonationDocument[];
  nameOf: (donorId: string) => string;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const [by, setBy] = useState<DonationGrouping>('donor');
  const rows = donationTotals(donations, by);
  const label = (key: string) =>
    by === 'donor' ? nameOf(key) : by === 'campaign' ? key || t('donations.list.noCampaign') : key;
  // The table's three columns, as a file: the group as shown, how many gifts, their total.
  const columns: ListColumn<DonationTotal>[] = [
    { id: 'group', label: `donations.totals.${by}`, cell: (row) => label(row.key) },
    { id: 'count', label: 'donations.totals.count', cell: (row) => row.count },
    { id: 'total', label: 'donations.totals.total', cell: (row) => ({ cents: row.total }) },
  ];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('donations.totals.title')}
        </Title>
        <ExportMenu
          name={`totaux-des-dons-${t(`donations.totals.${by}`).toLowerCase()}`}
          title={t('donations.totals.title')}
          columns={columns}
          rows={rows}
          collection="donations"
        />
      </Group>
      <SegmentedControl
        aria-label={t('donations.totals.by')}
        value={by}
        onChange={(value) => setBy(value as DonationGrouping)}
        data={(['donor', 'campaign', 'year'] as const).map((value) => ({
          value,
          label: t(`donations.totals.${value}`),
        }))}
        w="fit-content"
      />
      <Table striped aria-label={t('donations.totals.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`donations.totals.${by}`)}</Table.Th>
            <Table.Th ta="right">{t('donations.totals.count')}</Table.Th>
            <Table.Th ta="right">{t('donations.totals.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{label(row.key)}</Table.Td>
              <Table.Td ta="right">{row.count}</Table.Td>
              <Table.Td ta="right">{money(row.total)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
