import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RestoreFileSteps } from '@renderer/pages/settings/backup/RestoreFileSteps';
import { useRestoreBackup } from '@renderer/pages/settings/backup/use-restore';

/** « Restaurer »: pick a file, its password if encrypted, the preview, a typed confirmation. */
export function RestoreBackupCard() {
  const { t } = useTranslation();
  const restore = useRestoreBackup();

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-restore-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="backup-restore-title">
          {t('backup.restore.title')}
        </Title>
        <Text size="sm">{t('backup.restore.intro')}</Text>
        <RestoreFileSteps restore={restore} />
      </Stack>
    </Paper>
  );
}
