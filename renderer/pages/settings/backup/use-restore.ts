import { useState } from 'react';
import { inspectBackup, isEncryptedBackup } from '@shared/backup/read';
import type { BackupSummary } from '@shared/backup/read';
import { useTranslation } from 'react-i18next';
import { restoreBackup } from '@renderer/data/backup/restore';
import type { RestoreResult, RestoreStep } from '@renderer/data/backup/restore';
import { fileBytes } from '@renderer/data/backup/file-source';
import { readKeyring } from '@renderer/data/backup/keyring';
import type { ByteSource } from '@shared/backup/bytes';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { describeBackupError } from '@renderer/pages/settings/backup/backup-error';

export interface RestoreProgress {
  step: RestoreStep;
  done: number;
  total: number;
}

/**
 * The restore, step by step: pick a file, or an automatic backup (is it encrypted?), open it
 * (the whole file is checked and summed up for the preview), then restore it with a progress bar.
 * `open` gives the chosen backup's bytes from its start each time it is called.
 */
export function useRestoreBackup() {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const user = useCurrentUser();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<{ open: () => ByteSource } | null>(null);
  const [encrypted, setEncrypted] = useState(false);
  const [summary, setSummary] = useState<BackupSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [result, setResult] = useState<RestoreResult | null>(null);

  const check = async (open: () => ByteSource, password: string) => {
    setError(null);
    setProgress({ step: 'checking', done: 0, total: 0 });
    try {
      setSummary(
        await inspectBackup(open(), { password, adminKeys: (await readKeyring(db)).keys }, (read) =>
          setProgress({ step: 'checking', done: read, total: 0 }),
        ),
      );
    } catch (failure) {
      setError(describeBackupError(t, failure));
    } finally {
      setProgress(null);
    }
  };

  const choose = async (open: (() => ByteSource) | null) => {
    setSource(open ? { open } : null);
    setSummary(null);
    setResult(null);
    setError(null);
    if (!open) return;
    try {
      const locked = await isEncryptedBackup(open());
      setEncrypted(locked);
      if (!locked) await check(open, '');
    } catch (failure) {
      setError(describeBackupError(t, failure));
    }
  };

  const pick = (picked: File | null) => {
    setFile(picked);
    return choose(picked ? () => fileBytes(picked) : null);
  };

  const restore = async (password: string) => {
    if (!source || !summary || progress) return;
    setError(null);
    setProgress({ step: 'staging', done: 0, total: 0 });
    try {
      const done = await restoreBackup(db, source.open, {
        password,
        adminKeys: (await readKeyring(db)).keys,
        checked: summary,
        actor: { userId: user.id, userName: user.name, deviceId: context.deviceId, now: context.now },
        onProgress: (step, count, total) => setProgress({ step, done: count, total }),
      });
      setResult(done);
      setSummary(null);
    } catch (failure) {
      setError(t('backup.restore.failed', { message: describeBackupError(t, failure) }));
    } finally {
      setProgress(null);
    }
  };

  return {
    file,
    encrypted,
    summary,
    error,
    progress,
    result,
    pick,
    choose,
    check: (password: string) => (source ? check(source.open, password) : Promise.resolve()),
    restore,
  };
}
