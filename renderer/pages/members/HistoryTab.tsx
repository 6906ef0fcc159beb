import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveRxQuery } from 'rxdb/plugins/react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { AuditEntry } from '@shared/audit/audit';
import { AuditTable } from '@renderer/components/AuditTable';
import { useData } from '@renderer/data/context';

/** Who changed what on these documents (a person, and their memberships), newest first. */
export function HistoryTab({ documentIds }: { documentIds: readonly string[] }) {
  const { t } = useTranslation();
  const { db } = useData();
  const key = documentIds.join(',');
  const query = useMemo<MangoQuery<AuditEntry>>(
    () => ({ selector: { documentId: { $in: key.split(',') } }, sort: [{ createdAt: 'desc' }], limit: 200 }),
    [key],
  );
  const { results } = useLiveRxQuery<AuditEntry>({ collection: db.audit, query });
  if (results.length === 0) return <Text c="dimmed">{t('people.history.empty')}</Text>;
  return <AuditTable entries={results} label={t('people.person.tabs.history')} />;
}
