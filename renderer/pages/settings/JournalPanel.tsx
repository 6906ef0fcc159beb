import { Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditAction } from '@shared/audit/audit';
import { AUDIT_ACTIONS } from '@shared/audit/audit';
import { AuditTable } from '@renderer/components/AuditTable';
import { auditColumns } from '@renderer/components/audit/audit-columns';
import { useAuditReading } from '@renderer/components/audit/use-audit-reading';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { useJournal } from '@renderer/data/audit/read';
import { useUsers } from '@renderer/data/users/read';

const LIMIT = 500;

/** The administrators' journal: newest first, filtered by person and action. */
export function JournalPanel() {
  const { t } = useTranslation();
  const [userId, setUserId] = useState<string | null>(null);
  const [action, setAction] = useState<AuditAction | null>(null);

  const results = useJournal({ userId, action, limit: LIMIT });
  const { users } = useUsers();
  const reading = useAuditReading(results);

  return (
    <Stack gap="md">
      <Text c="dimmed">{t('journal.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('journal.filterUser')}
          placeholder={t('journal.filterAll')}
          clearable
          allowDeselect
          value={userId}
          onChange={setUserId}
          data={users.map((u) => ({ value: u.id, label: u.name }))}
        />
        <Select
          label={t('journal.filterAction')}
          placeholder={t('journal.filterAll')}
          clearable
          allowDeselect
          value={action}
          onChange={(value) => setAction(value as AuditAction | null)}
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`journal.actions.${a}`) }))}
        />
        <ExportMenu
          name="journal"
          title={t('journal.title')}
          columns={auditColumns(reading, { withTarget: true })}
          rows={results}
          collection="audit"
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('journal.count', { count: results.length })}
      </Text>
      {results.length === 0 ? (
        <Text>{t('journal.empty')}</Text>
      ) : (
        <AuditTable entries={results} label={t('journal.title')} reading={reading} withTarget />
      )}
    </Stack>
  );
}
