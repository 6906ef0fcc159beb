import { Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { AuditAction, AuditChange, AuditEntry } from '@shared/audit/audit';
import { AUDIT_ACTIONS } from '@shared/audit/audit';
import { formatDateTime } from '@shared/format/intl';
import { describeChange } from '@renderer/app/audit-format';
import { useServices } from '@renderer/app/services';
import { localeOf } from '@renderer/i18n/i18n';

const LIMIT = 500;

function describeChanges(changes: readonly AuditChange[]): string {
  return changes.map(describeChange).join('\n');
}

/** The administrators' journal: newest first, filtered by person and action. */
export function JournalPanel() {
  const { t } = useTranslation();
  const { db, language } = useServices();
  const [userId, setUserId] = useState<string | null>(null);
  const [action, setAction] = useState<AuditAction | null>(null);

  const query = useMemo<MangoQuery<AuditEntry>>(
    () => ({
      selector: { ...(userId ? { updatedBy: userId } : {}), ...(action ? { action } : {}) },
      sort: [{ createdAt: 'desc' }],
      limit: LIMIT,
    }),
    [userId, action],
  );
  const { results } = useLiveRxQuery<AuditEntry>({ collection: db.audit, query });
  const usersQuery = useMemo(() => ({ selector: {}, sort: [{ name: 'asc' as const }] }), []);
  const { results: users } = useLiveRxQuery({ collection: db.users, query: usersQuery });

  const collectionLabel = (name: string) =>
    name === 'settings' || name === 'users' || name === 'audit' ? t(`journal.collections.${name}`) : name;

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('journal.intro')}</Text>
      <Group>
        <Select
          label={t('journal.filterUser')}
          placeholder={t('journal.filterAll')}
          clearable
          value={userId}
          onChange={setUserId}
          data={users.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          label={t('journal.filterAction')}
          placeholder={t('journal.filterAll')}
          clearable
          value={action}
          onChange={(value) => setAction(value as AuditAction | null)}
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`journal.actions.${a}`) }))}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('journal.count', { count: results.length })}
      </Text>
      {results.length === 0 ? (
        <Text>{t('journal.empty')}</Text>
      ) : (
        <Table withTableBorder striped verticalSpacing="xs" aria-label={t('journal.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('journal.when')}</Table.Th>
              <Table.Th>{t('journal.who')}</Table.Th>
              <Table.Th>{t('journal.what')}</Table.Th>
              <Table.Th>{t('journal.target')}</Table.Th>
              <Table.Th>{t('journal.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((doc) => {
              const entry = doc.toJSON() as AuditEntry;
              return (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(entry.createdAt, localeOf(language))}
                  </Table.Td>
                  <Table.Td>{entry.userName}</Table.Td>
                  <Table.Td>{t(`journal.actions.${entry.action}`)}</Table.Td>
                  <Table.Td>
                    {entry.collectionName
                      ? `${collectionLabel(entry.collectionName)} · ${entry.documentId}`
                      : ''}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
                    {[entry.detail, describeChanges(entry.changes)].filter(Boolean).join('\n')}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
