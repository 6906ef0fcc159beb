import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '@shared/format/intl';
import { useMergedInto } from '@renderer/data/members/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** On the page of a record that is gone: if it was merged, where its person is now. */
export function MergedIntoNotice({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const merged = useMergedInto(id);
  if (!merged) return null;
  return (
    <Alert color="blue">
      <Stack gap={4}>
        <Text size="sm">
          {t('merge.history.mergedInto', { date: formatDateTime(merged.at, localeOf(language)) })}
        </Text>
        <Anchor component={Link} to={`/membres/${merged.survivorId}`}>
          {t('merge.history.openSurvivor')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
