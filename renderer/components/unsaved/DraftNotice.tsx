import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/format/intl';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** Says that what was typed before a lock is back, with the way to start again without it. */
export function DraftNotice({
  savedAt,
  startAgainLabel,
  onStartAgain,
}: {
  savedAt: string;
  /** « Repartir d’une fiche vide », « Repartir de la fiche enregistrée »… */
  startAgainLabel: string;
  onStartAgain: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Alert color="blue">
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          {t('unsaved.draftRestored', { date: formatDateTime(savedAt, localeOf(language)) })}
        </Text>
        <Button size="compact-sm" variant="default" onClick={onStartAgain}>
          {startAgainLabel}
        </Button>
      </Group>
    </Alert>
  );
}
