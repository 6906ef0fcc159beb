import { useCallback } from 'react';
import { clearNotices } from '@renderer/components/notices';
import { useData } from '@renderer/data/context';
import { lockApp } from '@renderer/data/users/lock';

/**
 * Locks the app: the session ends and, with it, the notices it showed (« Événement créé. », a
 * person's name…), which live outside the app tree and would otherwise stay over the lock screen.
 */
export function useLock(): (reason: 'manual' | 'idle') => Promise<void> {
  const { db, session, device } = useData();
  return useCallback(
    (reason) => {
      clearNotices();
      return lockApp(db, session, device.deviceId, reason);
    },
    [db, session, device.deviceId],
  );
}
