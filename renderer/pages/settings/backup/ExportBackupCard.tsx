import { Button, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretInput } from '@renderer/components/SecretInput';
import { useExportBackup } from '@renderer/pages/settings/backup/use-export';

const MIN_PASSWORD = 8;

/** « Exporter une sauvegarde »: an optional password (typed twice), a progress bar, a download. */
export function ExportBackupCard() {
  const { t } = useTranslation();
  const { busy, progress, start } = useExportBackup();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [tried, setTried] = useState(false);
  const tooShort = password !== '' && password.length < MIN_PASSWORD;
  const mismatch = password !== confirm;
  const fields = useRef<HTMLDivElement>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (tooShort || mismatch) {
      // The keyboard goes to the field to fix: the password too short, else its repetition.
      const inputs = fields.current?.querySelectorAll('input');
      inputs?.[tooShort ? 0 : 1]?.focus();
      return;
    }
    // Saved: the password does not stay typed on the shared PC's screen for the next person.
    // Its repetition goes with it, and the keyboard that was there comes back to the password.
    void start(password).then((saved) => {
      if (!saved) return;
      setPassword('');
      setConfirm('');
      setTried(false);
      fields.current?.querySelector('input')?.focus();
    });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-export-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="backup-export-title">
            {t('backup.export.title')}
          </Title>
          <Text size="sm">{t('backup.export.intro')}</Text>
          <Stack gap="sm" ref={fields}>
            <SecretInput
              label={t('backup.export.password')}
              description={t('backup.export.passwordHelp')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={tried && tooShort ? t('backup.export.tooShort') : undefined}
              autoComplete="new-password"
              maxLength={200}
            />
            {password !== '' && (
              <SecretInput
                label={t('backup.export.confirm')}
                value={confirm}
                onChange={(event) => setConfirm(event.currentTarget.value)}
                error={
                  tried && mismatch
                    ? t(confirm === '' ? 'backup.export.confirmMissing' : 'backup.export.mismatch')
                    : undefined
                }
                autoComplete="new-password"
                maxLength={200}
              />
            )}
          </Stack>
          {progress && (
            <Stack gap={4}>
              <Progress
                value={progress.total ? (100 * progress.written) / progress.total : 0}
                aria-label={t('backup.export.title')}
                animated
              />
              <Text size="sm" role="status">
                {t('backup.export.progress', progress)}
              </Text>
            </Stack>
          )}
          <Button type="submit" loading={busy} size="md" style={{ alignSelf: 'flex-start' }}>
            {t('backup.export.button')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
