import { Button, Checkbox, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFrenchDate } from '@shared/dates/parse-date';
import { displayName } from '@shared/members/person';
import { RETENTION_COLUMNS } from '@shared/members/retention';
import { ExportMenu } from '@renderer/components/ExportMenu';
import type { RetentionRow } from '@renderer/data/members/erasure-read';
import { ConfirmBatchErasure } from '@renderer/pages/settings/retention/ConfirmBatchErasure';
import { useBatchErasure } from '@renderer/pages/settings/retention/use-batch-erasure';

/** Former members and donors past the period: select some or all, erase them in one go. */
export function RetentionList({ rows, years: count }: { rows: RetentionRow[]; years: number }) {
  const { t } = useTranslation();
  const years = t('retention.yearsText', { count });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const { busy, progress, erase } = useBatchErasure();
  const chosen = rows.filter((row) => selected.has(row.personId)).map((row) => row.personId);
  const all = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const confirm = async () => {
    setConfirming(false);
    await erase(chosen);
    setSelected(new Set());
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('retention.listTitle')}
      </Title>
      <Text>
        {rows.length === 0
          ? t('retention.empty', { years })
          : t('retention.listIntro', { count: rows.length, years })}
      </Text>
      {rows.length > 0 ? (
        <Group justify="flex-end">
          <ExportMenu
            name="personnes-a-effacer"
            title={t('retention.listTitle')}
            columns={RETENTION_COLUMNS}
            rows={rows}
            collection="people"
          />
        </Group>
      ) : null}
      {rows.length > 0 ? (
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>
                <Checkbox
                  aria-label={t('retention.selectAll')}
                  checked={all}
                  indeterminate={chosen.length > 0 && !all}
                  onChange={() => setSelected(all ? new Set() : new Set(rows.map((row) => row.personId)))}
                  size="md"
                />
              </Table.Th>
              <Table.Th>{t('retention.columns.name')}</Table.Th>
              <Table.Th>{t('retention.columns.lastContact')}</Table.Th>
              <Table.Th>{t('retention.columns.kind')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.personId}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('retention.select', { name: displayName(row.person) })}
                    checked={selected.has(row.personId)}
                    onChange={() => toggle(row.personId)}
                    size="md"
                  />
                </Table.Td>
                <Table.Td>
                  <Link to={`/membres/${row.personId}`}>{displayName(row.person)}</Link>
                </Table.Td>
                <Table.Td>{formatFrenchDate(row.lastContact)}</Table.Td>
                <Table.Td>
                  {[row.member ? t('retention.member') : '', row.donor ? t('retention.donor') : '']
                    .filter(Boolean)
                    .join(', ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {progress ? (
        <Stack gap={4}>
          <Progress
            value={(progress.done / Math.max(progress.total, 1)) * 100}
            aria-label={t('retention.progress', progress)}
          />
          <Text size="sm">{t('retention.progress', progress)}</Text>
        </Stack>
      ) : null}
      <Group>
        <Button
          color="red"
          size="md"
          disabled={chosen.length === 0}
          loading={busy}
          onClick={() => setConfirming(true)}
        >
          {t('retention.erase', { count: chosen.length })}
        </Button>
      </Group>
      <ConfirmBatchErasure
        opened={confirming}
        count={chosen.length}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void confirm()}
      />
    </Stack>
  );
}
