import { createContext, useContext, useSyncExternalStore } from 'react';
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
