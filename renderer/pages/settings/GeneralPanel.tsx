import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '@renderer/i18n/i18n';
import { LANGUAGES } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

export function GeneralPanel() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Stack gap="xs" maw={480}>
      <Text fw={500} id="language-label">
        {t('settings.general.languageLabel')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('settings.general.languageDescription')}
      </Text>
      <SegmentedControl
        aria-labelledby="language-label"
        value={language}
        onChange={(value) => setLanguage(value as Language)}
        data={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
        size="md"
      />
    </Stack>
  );
}
