import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupFileName, associationName, exportBackup, journalExport } from '@renderer/data/backup/export';
import { useData, useWriteContext } from '@renderer/data/context';
import { useCurrentUser } from '@renderer/data/context';
import { usePlatform } from '@renderer/platform/context';
import { notify, notifySuccess } from '@renderer/components/notices';
import { describeBackupError } from '@renderer/pages/settings/backup/backup-error';

export interface ExportState {
  busy: boolean;
  progress: { written: number; total: number } | null;
  /** Whether the file was saved (not when the save dialog was cancelled, or it failed). */
  start: (password: string) => Promise<boolean>;
}

/** Exports the whole database, with a progress bar, then saves the file through the platform. */
export function useExportBackup(): ExportState {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const user = useCurrentUser();
  const platform = usePlatform();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ExportState['progress']>(null);

  const start = async (password: string) => {
    if (busy) return false;
    setBusy(true);
    setProgress({ written: 0, total: 0 });
    try {
      const info = await platform.getAppInfo();
      const now = context.now();
      const name = backupFileName(await associationName(db), now);
      // The chunks as they come (never one string of the whole data); the platform saves them.
      const parts: Uint8Array[] = [];
      for await (const chunk of exportBackup(db, {
        appVersion: info.version,
        password: password || undefined,
        now,
        onProgress: (written, total) => setProgress({ written, total }),
      })) {
        parts.push(chunk);
      }
      const data = new Uint8Array(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer());
      const saved = await platform.saveFile({
        suggestedName: name,
        filterName: t('backup.restore.file'),
        extensions: ['tilleul'],
        mimeType: 'application/octet-stream',
        data,
      });
      if (saved.saved) {
        await journalExport(
          db,
          { userId: user.id, userName: user.name, deviceId: context.deviceId, now: context.now },
          name,
          password !== '',
        );
        notifySuccess(t('backup.export.done', { name }));
        return true;
      }
      return false;
    } catch (error) {
      notify('red', t('backup.export.failed', { message: describeBackupError(t, error) }));
      return false;
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return { busy, progress, start };
}
