import { useEffect, useRef } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { describeSyncProblem } from '@renderer/components/sync/describe-sync';
import type { SyncProblem } from '@renderer/sync/sync-status';
import { useSyncStatus } from '@renderer/sync/use-sync';

/** What the sync did on its own that the people here must know at once, not only in its details. */
const NOTICES: ReadonlySet<SyncProblem['code']> = new Set(['MEMBER_RENUMBERED']);

/**
 * Shows each new notice of the sync status once, as a notification (« Le numéro A-0012 était
 * déjà pris sur un autre poste : Jeanne Martin a reçu A-0013. »); it stays in the details too.
 */
export function useSyncNotices(): void {
  const { t } = useTranslation();
  const { problems } = useSyncStatus();
  const shown = useRef(new WeakSet<SyncProblem>());
  useEffect(() => {
    for (const problem of problems) {
      if (!NOTICES.has(problem.code) || shown.current.has(problem)) continue;
      shown.current.add(problem);
      notifications.show({ color: 'blue', autoClose: 15_000, message: describeSyncProblem(t, problem) });
    }
  }, [problems, t]);
}
