import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Action, Decision } from '@shared/auth/permissions';
import { can } from '@shared/auth/permissions';
import type { WriteContext } from '@shared/schema/common';
import type { SessionStore, SessionUser } from '@renderer/auth/session';
import type { Directory } from '@renderer/data/directory';
import type { TilleulDatabase } from '@renderer/data/database';
import type { DeviceIdentity } from '@renderer/data/device';
import type { Language } from '@renderer/i18n/i18n';
import type { Platform } from '@renderer/platform/platform';
import type { SyncService } from '@renderer/sync/sync-service';

/** What the whole UI shares, created once at start-up (main.tsx). */
export interface Services {
  db: TilleulDatabase;
  platform: Platform;
  device: DeviceIdentity;
  session: SessionStore;
  /** The members file in memory, with the search index (renderer/data/directory.ts). */
  directory: Directory;
  language: Language;
  setLanguage: (language: Language) => void;
  sync: SyncService;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside <ServicesContext.Provider>');
  return services;
}

/** The signed-in user, or null when the app is locked. */
export function useSessionUser(): SessionUser | null {
  const { session } = useServices();
  return useSyncExternalStore(session.subscribe, session.get);
}

/** Inside the unlocked app only (AuthGate renders nothing else without a user). */
export function useCurrentUser(): SessionUser {
  const user = useSessionUser();
  if (!user) throw new Error('useCurrentUser() while locked');
  return user;
}

/** Stamps writes with the signed-in user and this device. */
export function useWriteContext(): WriteContext {
  const user = useCurrentUser();
  const { device } = useServices();
  return useMemo(
    () => ({ userId: user.id, deviceId: device.deviceId, now: () => new Date() }),
    [user.id, device.deviceId],
  );
}

export function usePermission(action: Action): Decision {
  const user = useCurrentUser();
  return can(user.role, action);
}

/** The directory, re-rendering the caller whenever people, households or memberships change. */
export function useDirectory(): { directory: Directory; version: number } {
  const { directory } = useServices();
  const version = useSyncExternalStore(directory.subscribe, directory.getVersion);
  return { directory, version };
}
