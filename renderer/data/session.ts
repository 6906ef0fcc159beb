import type { Role } from '@shared/auth/roles';
import type { UserId } from '@shared/ids';

/**
 * What a signed-in user must do before anything else of the app opens: choose a new password
 * (after a temporary one, or after signing in with the recovery code), or note the recovery code
 * shown once (kept here, in memory, until it is confirmed noted).
 */
export type PendingStep =
  { kind: 'change-secret'; recovering: boolean } | { kind: 'note-recovery-code'; code: string };

export interface SessionUser {
  id: UserId;
  name: string;
  role: Role;
  pending?: PendingStep;
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
