import { FileInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupSecretForm } from '@renderer/pages/settings/backup/BackupSecretForm';
import { useRestoreBackup } from '@renderer/pages/settings/backup/use-restore';
import { RestoreSteps } from '@renderer/pages/settings/backup/RestoreSteps';

/** « Restaurer »: pick a file, its password if encrypted, the preview, a typed confirmation. */
export function RestoreBackupCard() {
  const { t } = useTranslation();
  const restore = useRestoreBackup();
  const [password, setPassword] = useState('');
  const busy = restore.progress !== null;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-restore-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="backup-restore-title">
          {t('backup.restore.title')}
        </Title>
        <Text size="sm">{t('backup.restore.intro')}</Text>
        <FileInput
          label={t('backup.restore.file')}
          placeholder={t('backup.restore.filePlaceholder')}
          accept=".tilleul"
          value={restore.file}
          onChange={(file) => {
            setPassword('');
            void restore.pick(file);
          }}
          disabled={busy}
          clearable
          size="md"
        />
        {restore.file && restore.encrypted && !restore.summary && !restore.result && (
          <BackupSecretForm
            label={t('backup.restore.password')}
            value={password}
            onChange={setPassword}
            onSubmit={() => void restore.check(password)}
            busy={busy}
          />
        )}
        <RestoreSteps restore={restore} busy={busy} password={password} />
      </Stack>
    </Paper>
  );
}
