import { useTranslation } from 'react-i18next';
import { BridgeError } from '@shared/ipc/contract';
import type { SettingRead } from '@renderer/data/settings/read';
import { appendAudit } from '@renderer/data/audit/write';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { usePlatform } from '@renderer/platform/context';
import { translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';

/** « Exporter » the stored identity as association.json; the journal keeps a trace of it. */
export function useExportJson(stored: SettingRead<'organisation'>) {
  const { t } = useTranslation();
  const { db } = useData();
  const platform = usePlatform();
  const user = useCurrentUser();
  const writeContext = useWriteContext();
  const { run } = useWrite();

  const exportFile = async () => {
    if (stored.state !== 'ok') return { saved: false } as const;
    const result = await platform.saveFile({
      suggestedName: 'association.json',
      filterName: 'JSON',
      extensions: ['json'],
      mimeType: 'application/json',
      data: new TextEncoder().encode(`${JSON.stringify(stored.value, null, 2)}\n`),
    });
    if (result.saved) {
      await appendAudit(
        db,
        { ...writeContext, userName: user.name },
        { action: 'export', collection: 'settings', documentId: 'organisation', detail: 'association.json' },
      );
    }
    return result;
  };

  return () =>
    run(exportFile, {
      success: (result) => {
        if (!result.saved) return undefined;
        return result.path ? t('organisation.exportedTo', { path: result.path }) : t('organisation.exported');
      },
      // The desktop bridge says in its own words (an i18n key) why the file was not written.
      failure: (message, error) =>
        t('organisation.exportFailed', {
          message: error instanceof BridgeError ? translateError(t, error.messageKey) : message,
        }),
    });
}
