import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditTable } from '@renderer/components/AuditTable';
import { auditColumns } from '@renderer/components/audit/audit-columns';
import { useAuditReading } from '@renderer/components/audit/use-audit-reading';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { useHistory } from '@renderer/data/audit/read';

const LIMIT = 200;

/** Who changed what on these documents (a person, and their memberships), newest first. */
export function HistoryTab({ documentIds }: { documentIds: readonly string[] }) {
  const { t } = useTranslation();
  const results = useHistory(documentIds, LIMIT);
  const reading = useAuditReading();
  if (results.length === 0) return <Text c="dimmed">{t('people.history.empty')}</Text>;
  const label = t('people.person.tabs.history');
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <ExportMenu
          name="historique"
          title={label}
          columns={auditColumns(reading, { withTarget: false })}
          rows={results}
          collection="audit"
        />
      </Group>
      <AuditTable entries={results} label={label} reading={reading} />
    </Stack>
  );
}
