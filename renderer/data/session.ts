import type { Role } from '@shared/auth/roles';

export interface SessionUser {
  id: string;
  name: string;
  role: Role;
}

/**
 * Who is using the app right now, in memory only: a reload, a lock or a crash ends the session,
 * which is what a shared PC needs. Observable for React (`useSyncExternalStore`).
 */
export class SessionStore {
  private user: SessionUser | null = null;
  private readonly listeners = new Set<() => void>();

  get = (): SessionUser | null => this.user;

  set(user: SessionUser | null): void {
    this.user = user;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
