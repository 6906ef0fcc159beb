import { useSyncExternalStore } from 'react';
import { useServices } from '@renderer/app/services';
import type { EnrolmentSummary } from '@renderer/sync/enrolment';
import type { SyncStatusSnapshot } from '@renderer/sync/sync-status';

export function useSyncStatus(): SyncStatusSnapshot {
  const { sync } = useServices();
  return useSyncExternalStore(sync.status.subscribe, sync.status.get);
}

export function useEnrolment(): EnrolmentSummary | null {
  const { sync } = useServices();
  return useSyncExternalStore(sync.subscribeEnrolment, sync.getEnrolment);
}
