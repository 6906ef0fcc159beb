import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { notify, notifySuccess } from '@renderer/components/notices';
import { useData, usePermission, useWriteContext } from '@renderer/data/context';
import { closeDueEvents } from '@renderer/data/sheets/write';
import { useEnrolment, useSyncStatus } from '@renderer/sync/use-sync';

/** While the app runs, how often it looks for events due to be closed. */
export const AUTO_CLOSE_EVERY_MS = 3_600_000;

/**
 * Automatic closing (issue 16): on an office device where someone who may close events is signed
 * in, at start and then every hour, the events over for the days of Paramètres are closed. Only
 * when the device works alone or is up to date with the server — never during a first sync, when
 * the attendance of an event may not have arrived yet.
 */
export function useAutoClose(): void {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const mayClose = usePermission('events.close').allowed;
  const { phase } = useSyncStatus();
  const enrolment = useEnrolment();
  const ready = mayClose && (phase === 'standalone' || phase === 'upToDate');
  const device = enrolment?.deviceName || t('closing.thisDevice');

  useEffect(() => {
    if (!ready) return undefined;
    let running = false;
    const run = async () => {
      if (running) return;
      running = true;
      try {
        const closed = await closeDueEvents(db, context, device);
        if (closed.length > 0) notifySuccess(t('closing.settings.autoClosed', { count: closed.length }));
      } catch (error) {
        notify('orange', t('closing.settings.autoCloseFailed', { message: String(error) }));
      } finally {
        running = false;
      }
    };
    void run();
    const timer = setInterval(() => void run(), AUTO_CLOSE_EVERY_MS);
    return () => clearInterval(timer);
    // Again when the person, the device's name or the language changes: closing twice changes nothing.
  }, [ready, db, context, device, t]);
}
