import { Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { AuditEntry } from '@shared/audit/audit';
import { formatDateTime } from '@shared/format/intl';
import { describeChange } from '@renderer/app/audit-format';
import { useServices } from '@renderer/app/services';
import { localeOf } from '@renderer/i18n/i18n';

/** Who changed what on these documents (a person, and their memberships), newest first. */
export function HistoryTab({ documentIds }: { documentIds: readonly string[] }) {
  const { t } = useTranslation();
  const { db, language } = useServices();
  const key = documentIds.join(',');
  const query = useMemo<MangoQuery<AuditEntry>>(
    () => ({ selector: { documentId: { $in: key.split(',') } }, sort: [{ createdAt: 'desc' }], limit: 200 }),
    [key],
  );
  const { results } = useLiveRxQuery<AuditEntry>({ collection: db.audit, query });
  if (results.length === 0) return <Text c="dimmed">{t('people.history.empty')}</Text>;
  return (
    <Table withTableBorder striped aria-label={t('people.person.tabs.history')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('journal.when')}</Table.Th>
          <Table.Th>{t('journal.who')}</Table.Th>
          <Table.Th>{t('journal.what')}</Table.Th>
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
                <Stack gap={0}>
                  {entry.changes.map((change) => (
                    <Text size="sm" key={change.field}>
                      {describeChange(change)}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
