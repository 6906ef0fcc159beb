import { Alert, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import type { AutoBackupEntry } from '@shared/ipc/auto-backups';
import { BridgeError } from '@shared/ipc/contract';
import { translateError } from '@renderer/components/translate-error';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSyncTime } from '@renderer/components/sync/describe-sync';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { AutoBackupTable } from '@renderer/pages/settings/backup/AutoBackupTable';
import { autoBackupColumns } from '@renderer/pages/settings/backup/auto-backup-columns';
import { AutoBackupSecret, useAutoBackupChoice } from '@renderer/pages/settings/backup/AutoBackupChoice';
import { RestoreSteps } from '@renderer/pages/settings/backup/RestoreSteps';
import { describeAutoFailure, formatBytes } from '@renderer/pages/settings/backup/auto-backup-text';
import type { AutoBackupsState } from '@renderer/pages/settings/backup/use-auto-backups';
import { useAutoBackups } from '@renderer/pages/settings/backup/use-auto-backups';
import { useRestoreBackup } from '@renderer/pages/settings/backup/use-restore';

/** « Sauvegardes automatiques » (desktop only): the last one or its failure, the list, a restore. */
export function AutoBackupsCard() {
  const auto = useAutoBackups();
  return auto ? <AutoBackups auto={auto} /> : null;
}

function AutoBackups({ auto }: { auto: AutoBackupsState }) {
  const { t } = useTranslation();
  const restore = useRestoreBackup();
  const choice = useAutoBackupChoice(restore, auto.port);
  const [reverting, setReverting] = useState<AutoBackupEntry | null>(null);
  const busy = auto.busy || restore.progress !== null;
  const locale = localeOf(useLanguage().language);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-auto-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="backup-auto-title">
          {t('backup.auto.title')}
        </Title>
        <Text size="sm">{t('backup.auto.intro')}</Text>
        <AutoBackupStatus auto={auto} />
        <Group justify="space-between">
          <Button onClick={() => void auto.backupNow()} loading={auto.busy} disabled={busy} size="md">
            {t('backup.auto.now')}
          </Button>
          {auto.list && auto.list.backups.length > 0 ? (
            <ExportMenu
              name="sauvegardes-automatiques"
              title={t('backup.auto.listLabel')}
              columns={autoBackupColumns(locale)}
              rows={auto.list.backups}
              collection="backups"
            />
          ) : null}
        </Group>
        {auto.list && auto.list.backups.length > 0 && (
          <AutoBackupTable
            backups={auto.list.backups}
            selected={choice.selected}
            disabled={busy}
            onRestore={choice.choose}
            onRevert={setReverting}
          />
        )}
        <AutoBackupSecret restore={restore} choice={choice} busy={busy} />
        <RestoreSteps restore={restore} busy={busy} password={choice.secret} />
        <RevertDialog auto={auto} backup={reverting} close={() => setReverting(null)} />
      </Stack>
    </Paper>
  );
}

function AutoBackupStatus({ auto }: { auto: AutoBackupsState }) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  if (auto.listError) {
    return (
      <Alert color="red" role="alert">
        {t('backup.auto.listFailed', { message: describeAutoFailure(t, auto.listError) })}
      </Alert>
    );
  }
  if (!auto.list) return null;
  const { failure } = auto.list;
  const last = auto.list.backups.find((backup) => backup.kind !== 'beforeUpdate');
  return (
    <>
      <Text data-testid="auto-backup-last">
        {last
          ? t('backup.auto.last', {
              date: formatSyncTime(last.at, locale, true),
              size: formatBytes(last.bytes, locale),
            })
          : t('backup.auto.none')}
      </Text>
      {failure && (
        <Alert color="red" role="alert" title={t('backup.auto.failedTitle')}>
          {t('backup.auto.failed', {
            date: formatSyncTime(failure.at, locale, true),
            message: describeAutoFailure(t, failure.message),
          })}
        </Alert>
      )}
    </>
  );
}

/**
 * « Revenir à cette copie »: what happens, in plain words, before main records the choice and
 * restarts the app (the copy replaces the database before the window opens again).
 */
export function RevertDialog({
  auto,
  backup,
  close,
}: {
  auto: Pick<AutoBackupsState, 'port'>;
  backup: AutoBackupEntry | null;
  close: () => void;
}) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'restarting' } | { kind: 'failed'; message: string }
  >({
    kind: 'idle',
  });
  const shut = () => {
    if (state.kind === 'restarting') return;
    setState({ kind: 'idle' });
    close();
  };
  const confirm = async () => {
    if (!backup) return;
    setState({ kind: 'restarting' });
    try {
      await auto.port.restoreBeforeUpdate(backup.name);
    } catch (error) {
      const message = error instanceof BridgeError ? translateError(t, error.messageKey) : String(error);
      setState({ kind: 'failed', message });
    }
  };
  return (
    <Modal opened={backup !== null} onClose={shut} title={t('backup.auto.revertTitle')} size="lg">
      {backup ? (
        <Stack gap="md">
          <Text>{t('backup.auto.revertText', { date: formatSyncTime(backup.at, locale, true) })}</Text>
          {state.kind === 'restarting' ? (
            <Alert color="blue" role="status">
              {t('backup.auto.reverting')}
            </Alert>
          ) : null}
          {state.kind === 'failed' ? (
            <Alert color="red" role="alert">
              {t('backup.auto.revertFailed', { message: state.message })}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button
              variant="default"
              size="md"
              onClick={shut}
              disabled={state.kind === 'restarting'}
              data-autofocus
            >
              {t('backup.auto.revertCancel')}
            </Button>
            <Button
              color="orange"
              size="md"
              onClick={() => void confirm()}
              loading={state.kind === 'restarting'}
            >
              {t('backup.auto.revertConfirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
