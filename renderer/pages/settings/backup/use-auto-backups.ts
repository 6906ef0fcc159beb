import { useCallback, useEffect, useState } from 'react';
import type { AutoBackupList, AutoBackupPort } from '@shared/ipc/auto-backups';
import { failureReason, runAutoBackup } from '@renderer/data/backup/auto';
import { useData } from '@renderer/data/context';
import { usePlatform } from '@renderer/platform/context';

export interface AutoBackupsState {
  port: AutoBackupPort;
  list: AutoBackupList | null;
  /** The list could not be read (an i18n key or an error's text). */
  listError: string | null;
  busy: boolean;
  refresh: () => Promise<void>;
  /** « Sauvegarder maintenant »: the same backup as the daily one, then the list again. */
  backupNow: () => Promise<void>;
}

/** The desktop's automatic backups as main lists them; `null` in a browser (none there). */
export function useAutoBackups(): AutoBackupsState | null {
  const platform = usePlatform();
  const { db } = useData();
  const port = platform.autoBackups;
  const [list, setList] = useState<AutoBackupList | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    if (!port) return;
    try {
      setList(await port.list());
      setListError(null);
    } catch (error) {
      setListError(failureReason(error));
    }
  }, [port]);

  useEffect(() => {
    if (!port) return;
    let live = true;
    port.list().then(
      (read) => {
        if (!live) return;
        setList(read);
        setListError(null);
      },
      (error: unknown) => {
        if (live) setListError(failureReason(error));
      },
    );
    return () => {
      live = false;
    };
  }, [port]);

  if (!port) return null;
  const backupNow = async () => {
    setBusy(true);
    try {
      const info = await platform.getAppInfo();
      // A failure is recorded by main and shown by the list.
      await runAutoBackup(db, port, info.version).catch(() => undefined);
    } finally {
      await refresh();
      setBusy(false);
    }
  };
  return { port, list, listError, busy, refresh, backupNow };
}
