import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRetention } from '@renderer/data/members/erasure-read';
import { RetentionList } from '@renderer/pages/settings/retention/RetentionList';
import { RetentionSettingForm } from '@renderer/pages/settings/retention/RetentionSettingForm';

/** Paramètres → Données personnelles: the retention period and the people past it (RGPD). */
export function RetentionPanel() {
  const { t } = useTranslation();
  const { loading, years, rows } = useRetention();
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('retention.title')}
        </Title>
        <Text maw={760}>{t('retention.intro')}</Text>
        {/* Remounts when the stored value changes (here, in another tab, or by sync). */}
        {loading ? null : <RetentionSettingForm key={years} storedYears={years} />}
      </Stack>
      {loading ? null : <RetentionList rows={rows} years={years} />}
    </Stack>
  );
}
