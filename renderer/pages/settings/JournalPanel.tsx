import { PLANNED_COLLECTIONS } from '@shared/schema/collections';
import type { CollectionName } from '@shared/schema/collections';
import { Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { AuditAction, AuditEntry } from '@shared/audit/audit';
import { AUDIT_ACTIONS } from '@shared/audit/audit';
import { AuditTable } from '@renderer/components/AuditTable';
import { useData } from '@renderer/data/context';

const LIMIT = 500;

/** The administrators' journal: newest first, filtered by person and action. */
export function JournalPanel() {
  const { t } = useTranslation();
  const { db } = useData();
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
    PLANNED_COLLECTIONS.find((planned) => planned === name) !== undefined
      ? t(`journal.collections.${name as CollectionName}`)
      : name;

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
        <AuditTable
          entries={results}
          label={t('journal.title')}
          target={(entry) =>
            entry.collectionName ? `${collectionLabel(entry.collectionName)} · ${entry.documentId}` : ''
          }
        />
      )}
    </Stack>
  );
}
