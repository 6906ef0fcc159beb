import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { Action, Decision } from '@shared/auth/permissions';
import { can } from '@shared/auth/permissions';
import type { WriteContext } from '@shared/schema/common';
import type { TilleulDatabase } from '@renderer/data/database';
import type { DeviceIdentity } from '@renderer/data/device';
import type { DirectoryView, Directory } from '@renderer/data/directory';
import type { SessionStore, SessionUser } from '@renderer/data/session';

/** What the data layer shares with the screens, created once at start-up (main.tsx). */
export interface DataServices {
  db: TilleulDatabase;
  device: DeviceIdentity;
  session: SessionStore;
  /** The members file in memory, with the search index (renderer/data/directory.ts). */
  directory: Directory;
}

export const DataContext = createContext<DataServices | null>(null);

export function useData(): DataServices {
  const services = useContext(DataContext);
  if (!services) throw new Error('useData() outside <DataContext.Provider>');
  return services;
}

/** The signed-in user, or null when the app is locked. */
export function useSessionUser(): SessionUser | null {
  const { session } = useData();
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
  const { device } = useData();
  return useMemo(
    () => ({ userId: user.id, deviceId: device.deviceId, now: () => new Date() }),
    [user.id, device.deviceId],
  );
}

export function usePermission(action: Action): Decision {
  const user = useCurrentUser();
  return can(user.role, action);
}

/**
 * The members file as it is now: a new view object whenever people, households or memberships
 * change, so a `useMemo` that depends on it recomputes exactly then.
 */
export function useDirectory(): DirectoryView {
  const { directory } = useData();
  return useSyncExternalStore(directory.subscribe, directory.getView);
}

/**
 * A new door device's seeded check-ins (`DirectoryView.seededAttendance`) alone: a component that
 * reads only them is not rendered again at each change of the people, as `useDirectory` would.
 */
export function useSeededAttendance(): DirectoryView['seededAttendance'] {
  const { directory } = useData();
  return useSyncExternalStore(directory.subscribe, () => directory.getView().seededAttendance);
}
