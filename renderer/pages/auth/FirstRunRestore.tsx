import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupEntry } from '@shared/ipc/auto-backups';
import { formatSyncTime } from '@renderer/components/sync/describe-sync';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { AutoBackupTable } from '@renderer/pages/settings/backup/AutoBackupTable';
import { RevertDialog } from '@renderer/pages/settings/backup/AutoBackupsCard';
import { AutoBackupSecret, useAutoBackupChoice } from '@renderer/pages/settings/backup/AutoBackupChoice';
import { RestoreFileSteps } from '@renderer/pages/settings/backup/RestoreFileSteps';
import { RestoreResultAlert } from '@renderer/pages/settings/backup/RestoreResultAlert';
import { RestoreSteps } from '@renderer/pages/settings/backup/RestoreSteps';
import type { AutoBackupsState } from '@renderer/pages/settings/backup/use-auto-backups';
import { useFirstRunRestore } from '@renderer/pages/settings/backup/use-restore';

/**
 * A first run on a PC that keeps automatic backups of Tilleul: its database is gone (Chromium
 * drops one it finds damaged, a folder was deleted) while the backups' folder stayed. Said before
 * anyone starts again from nothing; nothing on a PC without backups, nor in a browser.
 */
export function AutoBackupsFound({
  backups,
  onRestore,
}: {
  backups: readonly AutoBackupEntry[];
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  const latest = backups.find((backup) => backup.kind !== 'beforeUpdate') ?? backups[0];
  if (!latest) return null;
  return (
    <Alert color="orange" title={t('auth.firstRun.autoFound')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          {t('auth.firstRun.autoFoundBody', { date: formatSyncTime(latest.at, locale, true) })}
        </Text>
        <Button size="md" color="orange" onClick={onRestore}>
          {t('auth.firstRun.autoFoundAction')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * A backup restored before any account exists here: one of this PC's automatic backups (desktop)
 * or a file. Once it is done, its accounts sign in on the lock screen (« Continuer » lets the page
 * go). A restore that fails keeps the page, with its error, for another try.
 */
export function RestoreOnFirstRun({
  hold,
  auto,
}: {
  hold: (on: boolean) => void;
  auto: AutoBackupsState | null;
}) {
  const { t } = useTranslation();
  const restore = useFirstRunRestore();
  const choice = useAutoBackupChoice(restore, auto?.port);
  const [reverting, setReverting] = useState<AutoBackupEntry | null>(null);
  const busy = restore.progress !== null;
  const backups = auto?.list?.backups ?? [];

  if (restore.result) {
    return (
      <Stack gap="md">
        <RestoreResultAlert result={restore.result} />
        <Text>{t('auth.firstRun.restored')}</Text>
        <Button size="md" autoFocus onClick={() => hold(false)}>
          {t('auth.firstRun.toSignIn')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text c="dimmed">{t('auth.firstRun.restoreBody')}</Text>
      {auto && backups.length > 0 && !restore.file ? (
        <Stack gap="sm">
          <Text fw={500}>{t('auth.firstRun.autoList')}</Text>
          <AutoBackupTable
            backups={backups}
            selected={choice.selected}
            disabled={busy}
            onRestore={choice.choose}
            onRevert={setReverting}
          />
          <RevertDialog auto={auto} backup={reverting} close={() => setReverting(null)} />
        </Stack>
      ) : null}
      {choice.selected ? (
        <>
          <AutoBackupSecret restore={restore} choice={choice} busy={busy} />
          <RestoreSteps restore={restore} busy={busy} password={choice.secret} onConfirm={() => hold(true)} />
          <Button
            variant="subtle"
            style={{ alignSelf: 'flex-start' }}
            disabled={busy}
            onClick={() => choice.choose(null)}
          >
            {t('auth.firstRun.fileInstead')}
          </Button>
        </>
      ) : (
        <>
          {auto && backups.length > 0 && !restore.file ? <Text>{t('auth.firstRun.orFile')}</Text> : null}
          <RestoreFileSteps restore={restore} onConfirm={() => hold(true)} />
        </>
      )}
    </Stack>
  );
}
