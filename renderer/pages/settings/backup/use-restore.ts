import { useMemo, useState } from 'react';
import { SYSTEM_WRITERS } from '@shared/ids';
import { backupEncryption, inspectBackup } from '@shared/backup/read';
import type { BackupSummary } from '@shared/backup/read';
import { useTranslation } from 'react-i18next';
import { pendingRestore, restoreBackup } from '@renderer/data/backup/restore';
import type { RestoreResult, RestoreStep } from '@renderer/data/backup/restore';
import { fileBytes } from '@renderer/data/backup/file-source';
import { readKeyring } from '@renderer/data/backup/keyring';
import type { ByteSource } from '@shared/backup/bytes';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import type { AuditActor } from '@renderer/data/audit/write';
import { describeBackupError, describeRestoreFailure } from '@renderer/pages/settings/backup/backup-error';

export interface RestoreProgress {
  step: RestoreStep;
  done: number;
  total: number;
}

/** A restore in Paramètres → Sauvegardes: in the name of the signed-in administrator. */
export function useRestoreBackup() {
  const context = useWriteContext();
  const user = useCurrentUser();
  const actor = useMemo(
    () => ({ userId: user.id, userName: user.name, deviceId: context.deviceId, now: context.now }),
    [user.id, user.name, context.deviceId, context.now],
  );
  return useRestoreFlow(actor);
}

/**
 * A restore from the first-run screen (a new PC after a disk failure): nobody is signed in yet,
 * and the accounts come back with the backup. The journal names the restore itself, as it does
 * for a restore finished at start-up; whoever holds the file (and its password, if it has one)
 * could read all of it anyway.
 */
export function useFirstRunRestore() {
  const { t } = useTranslation();
  const { device } = useData();
  const actor = useMemo(
    () => ({
      userId: SYSTEM_WRITERS.restore,
      userName: t('backup.restore.firstRunActor'),
      deviceId: device.deviceId,
      now: () => new Date(),
    }),
    [t, device.deviceId],
  );
  return useRestoreFlow(actor);
}

export type RestoreFlow = ReturnType<typeof useRestoreFlow>;

/**
 * The restore, step by step: pick a file, or an automatic backup (is it encrypted, and how?),
 * open it (the whole file is checked and summed up for the preview), then restore it with a
 * progress bar. `open` gives the chosen backup's bytes from its start each time it is called.
 */
function useRestoreFlow(actor: AuditActor) {
  const { t } = useTranslation();
  const { db } = useData();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<{ open: () => ByteSource } | null>(null);
  const [encryption, setEncryption] = useState<'password' | 'administrators' | null>(null);
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
      const locked = await backupEncryption(open());
      setEncryption(locked);
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
        actor,
        onProgress: (step, count, total) => setProgress({ step, done: count, total }),
      });
      setResult(done);
      setSummary(null);
    } catch (failure) {
      const left = await pendingRestore(db).catch(() => null);
      setError(describeRestoreFailure(t, failure, left?.phase ?? null));
    } finally {
      setProgress(null);
    }
  };

  return {
    file,
    encrypted: encryption !== null,
    /** A password chosen at export, or an automatic backup's (an administrator's secret). */
    encryption,
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
