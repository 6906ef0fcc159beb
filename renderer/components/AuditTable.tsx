import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@shared/audit/audit';
import { formatDateTime } from '@shared/format/intl';
import { describeChange } from '@renderer/components/audit-format';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/**
 * Audit entries as a table, newest first as given: the administrators' journal (with the target
 * document and the entry's detail) and a person's history (changes only).
 */
export function AuditTable({
  entries,
  label,
  target,
}: {
  entries: readonly AuditEntry[];
  label: string;
  /** Journal mode: a « Sur » column, and the entry's detail before its changes. */
  target?: (entry: AuditEntry) => string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('journal.when')}</Table.Th>
          <Table.Th>{t('journal.who')}</Table.Th>
          <Table.Th>{t('journal.what')}</Table.Th>
          {target ? <Table.Th>{t('journal.target')}</Table.Th> : null}
          <Table.Th>{t('journal.details')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const lines = [
            ...(target && entry.detail ? [entry.detail] : []),
            ...entry.changes.map(describeChange),
          ];
          return (
            <Table.Tr key={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(entry.createdAt, localeOf(language))}
              </Table.Td>
              <Table.Td>{entry.userName}</Table.Td>
              <Table.Td>{t(`journal.actions.${entry.action}`)}</Table.Td>
              {target ? <Table.Td>{target(entry)}</Table.Td> : null}
              <Table.Td style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
                {lines.join('\n')}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
