import { useMemo } from 'react';
import type { HelloAssoPort } from '@shared/ipc/helloasso';
import { usePlatform } from '@renderer/platform/context';
import { useEnrolment, useSyncService } from '@renderer/sync/use-sync';

/**
 * Where this device reaches HelloAsso: the desktop's main process, else the association's server
 * it is enrolled on; null when neither (the web build alone cannot: HelloAsso's CORS and our
 * Content-Security-Policy rightly block the browser).
 */
export function useHelloAssoPort(): HelloAssoPort | null {
  const platform = usePlatform();
  const sync = useSyncService();
  const enrolment = useEnrolment();
  return useMemo(
    () => platform.helloAsso ?? (enrolment ? sync.helloAsso() : null),
    [platform, sync, enrolment],
  );
}
