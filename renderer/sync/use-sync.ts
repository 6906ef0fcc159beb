import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { HealthResponse } from '@shared/sync/protocol';
import type { EnrolmentSummary } from '@renderer/sync/enrolment';
import type { SyncService } from '@renderer/sync/sync-service';
import type { SyncStatusSnapshot } from '@renderer/sync/sync-status';

export const SyncContext = createContext<SyncService | null>(null);

export function useSyncService(): SyncService {
  const sync = useContext(SyncContext);
  if (!sync) throw new Error('useSyncService() outside <SyncContext.Provider>');
  return sync;
}

export function useSyncStatus(): SyncStatusSnapshot {
  const sync = useSyncService();
  return useSyncExternalStore(sync.status.subscribe, sync.status.get);
}

export function useEnrolment(): EnrolmentSummary | null {
  const sync = useSyncService();
  return useSyncExternalStore(sync.subscribeEnrolment, sync.getEnrolment);
}

/** The server's answer to /health, asked once per enrolment: `undefined` while asking, `null` unreachable. */
export function useServerInfo(): HealthResponse | null | undefined {
  const sync = useSyncService();
  const enrolment = useEnrolment();
  const [info, setInfo] = useState<HealthResponse | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void sync.serverInfo().then((answer) => live && setInfo(answer));
    return () => {
      live = false;
    };
  }, [sync, enrolment]);
  return info;
}
