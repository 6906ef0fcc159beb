import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditTable } from '@renderer/components/AuditTable';
import { useHistory } from '@renderer/data/audit/read';

const LIMIT = 200;

/** Who changed what on these documents (a person, and their memberships), newest first. */
export function HistoryTab({ documentIds }: { documentIds: readonly string[] }) {
  const { t } = useTranslation();
  const results = useHistory(documentIds, LIMIT);
  if (results.length === 0) return <Text c="dimmed">{t('people.history.empty')}</Text>;
  return <AuditTable entries={results} label={t('people.person.tabs.history')} />;
}
