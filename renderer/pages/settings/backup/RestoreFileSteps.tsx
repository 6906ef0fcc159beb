import { FileInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupSecretForm } from '@renderer/pages/settings/backup/BackupSecretForm';
import type { RestoreFlow } from '@renderer/pages/settings/backup/use-restore';
import { RestoreSteps } from '@renderer/pages/settings/backup/RestoreSteps';

/**
 * A backup file restored: pick it, its secret if encrypted (its own password, or for a copy of an
 * automatic backup an administrator's), the preview, a typed confirmation. Shared by
 * Paramètres → Sauvegardes and the first-run screen.
 */
export function RestoreFileSteps({
  restore,
  onConfirm,
}: {
  restore: RestoreFlow;
  /** Called as the confirmed restore starts, before anything is written. */
  onConfirm?: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const busy = restore.progress !== null;
  const forAdministrators = restore.encryption === 'administrators';

  return (
    <>
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
          label={forAdministrators ? t('backup.auto.secretLabel') : t('backup.restore.password')}
          description={forAdministrators ? t('backup.auto.secretHelp') : undefined}
          value={password}
          onChange={setPassword}
          onSubmit={() => void restore.check(password)}
          busy={busy}
        />
      )}
      <RestoreSteps restore={restore} busy={busy} password={password} onConfirm={onConfirm} />
    </>
  );
}
