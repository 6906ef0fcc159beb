import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/format/intl';
import { useMergedRecords } from '@renderer/data/members/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { HistoryTab } from '@renderer/pages/members/HistoryTab';
import type { PersonId } from '@shared/ids';

/**
 * A person's history including the records merged into it (and into those, merge after merge):
 * their creation and changes stay readable under the survivor.
 */
export function HistoryWithMerges({
  personId,
  otherIds,
}: {
  personId: PersonId;
  otherIds: readonly string[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { absorbedIds, merges } = useMergedRecords(personId);
  return (
    <Stack gap="sm">
      {merges.map((merge) => (
        <Alert color="blue" key={`${merge.absorbedId}-${merge.at}`}>
          {t('merge.history.merged', {
            date: formatDateTime(merge.at, localeOf(language)),
            user: merge.userName,
            label: merge.label,
          })}
        </Alert>
      ))}
      <HistoryTab documentIds={[personId, ...absorbedIds, ...otherIds]} />
    </Stack>
  );
}
