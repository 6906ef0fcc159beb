import { useEffect, useState } from 'react';
import type { OfflineReadiness } from '@renderer/platform/offline';
import { usePlatform } from '@renderer/platform/context';

/** The platform's answer (asked once at start-up); `null` while it is not known yet. */
export function useOfflineReadiness(): OfflineReadiness | null {
  const platform = usePlatform();
  const [readiness, setReadiness] = useState<OfflineReadiness | null>(null);
  useEffect(() => {
    let live = true;
    void platform.offlineReadiness().then((answer) => live && setReadiness(answer));
    return () => {
      live = false;
    };
  }, [platform]);
  return readiness;
}
