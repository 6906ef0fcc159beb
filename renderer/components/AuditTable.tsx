import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@shared/audit/audit';
import { formatDateTime } from '@shared/format/intl';
import { auditDetails } from '@renderer/components/audit/audit-columns';
import {
  describeAuditAuthor,
  describeAuditDevice,
  describeAuditTarget,
} from '@renderer/components/audit/read-audit';
import type { AuditReading } from '@renderer/components/audit/read-audit';

/**
 * Audit entries as a table, newest first as given, in words (components/audit/read-audit.ts):
 * the administrators' journal (with the record each entry is about) and a person's history. The
 * device is the one the server recorded sending the entry, not the one the entry names.
 */
export function AuditTable({
  entries,
  label,
  reading,
  withTarget = false,
}: {
  entries: readonly AuditEntry[];
  label: string;
  /** The names it reads entries with (`useAuditReading`), the export's too. */
  reading: AuditReading;
  /** Journal mode: a « Sur » column naming the record. */
  withTarget?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder striped verticalSpacing="xs" aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('journal.when')}</Table.Th>
          <Table.Th>{t('journal.who')}</Table.Th>
          <Table.Th>{t('journal.device')}</Table.Th>
          <Table.Th>{t('journal.what')}</Table.Th>
          {withTarget ? <Table.Th>{t('journal.target')}</Table.Th> : null}
          <Table.Th>{t('journal.details')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const device = describeAuditDevice(reading, entry);
          return (
            // Top-aligned: a creation's details run over many lines, its date and author stay beside the first.
            <Table.Tr key={entry.id} style={{ verticalAlign: 'top' }}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(entry.createdAt, reading.locale)}
              </Table.Td>
              <Table.Td>{describeAuditAuthor(reading, entry)}</Table.Td>
              <Table.Td
                c={device.verified ? undefined : 'dimmed'}
                title={device.verified ? undefined : t('auditReading.deviceNotRecordedHelp')}
              >
                {device.label}
              </Table.Td>
              <Table.Td>{t(`journal.actions.${entry.action}`)}</Table.Td>
              {withTarget ? <Table.Td>{describeAuditTarget(reading, entry)}</Table.Td> : null}
              <Table.Td style={{ whiteSpace: 'pre-line', wordBreak: 'break-word' }}>
                {auditDetails(reading, entry)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
