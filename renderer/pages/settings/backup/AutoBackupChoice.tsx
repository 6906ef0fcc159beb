import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoBackupPort } from '@shared/ipc/auto-backups';
import { BackupSecretForm } from '@renderer/pages/settings/backup/BackupSecretForm';
import type { RestoreFlow } from '@renderer/pages/settings/backup/use-restore';

/**
 * One of this PC's automatic backups chosen for a restore (Paramètres → Sauvegardes, or the first
 * run of a PC whose database vanished): which one, and the secret typed to open it.
 */
export function useAutoBackupChoice(restore: RestoreFlow, port: AutoBackupPort | undefined) {
  const [selected, setSelected] = useState<string | null>(null);
  const [secret, setSecret] = useState('');
  const choose = (name: string | null) => {
    setSelected(name);
    setSecret('');
    void restore.choose(name && port ? () => port.read(name) : null);
  };
  return { selected, secret, setSecret, choose };
}

/**
 * An automatic backup is encrypted for the administrators: an administrator's password or
 * recovery code opens it. Shown until it is open (its preview), then gone.
 */
export function AutoBackupSecret({
  restore,
  choice,
  busy,
}: {
  restore: RestoreFlow;
  choice: ReturnType<typeof useAutoBackupChoice>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  if (!choice.selected || !restore.encrypted || restore.summary || restore.result) return null;
  return (
    <BackupSecretForm
      label={t('backup.auto.secretLabel')}
      description={t('backup.auto.secretHelp')}
      value={choice.secret}
      onChange={choice.setSecret}
      onSubmit={() => void restore.check(choice.secret)}
      busy={busy}
    />
  );
}
