import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RestoreProgress } from '@renderer/pages/settings/backup/use-restore';

/** Where a restore stands: checking the file, staging it, applying it. */
export function RestoreProgressBar({ progress }: { progress: RestoreProgress }) {
  const { t } = useTranslation();
  const label =
    progress.step === 'checking'
      ? t('backup.restore.checking', { read: progress.done })
      : t(`backup.restore.${progress.step}`, { done: progress.done, total: progress.total });
  return (
    <Stack gap={4}>
      <Progress
        value={progress.total ? (100 * progress.done) / progress.total : 100}
        animated
        aria-label={t('backup.restore.title')}
      />
      <Text size="sm" role="status">
        {label}
      </Text>
    </Stack>
  );
}
