import type { FirstSyncSnapshot } from '@renderer/sync/first-sync-progress';
import type { SyncErrorCode } from '@renderer/sync/sync-error';

/**
 * - `standalone`: no server, no network call at all;
 * - `connecting`: enrolled, nothing heard from the server yet;
 * - `offline`: the server cannot be reached, changes wait on this device;
 * - `syncing`: exchanging changes (« synchronisation… »);
 * - `upToDate`: nothing left to send, connected (« à jour »);
 * - `refused`: the server no longer knows this device (revoked, or its data were reset);
 * - `otherTab`: web mode, another tab of this browser replicates for this one (leader election);
 * - `appOutdated`: the server holds a newer schema than this app: « Mettez Tilleul à jour »;
 * - `serverOutdated`: this app holds a newer schema than the server: the server must be updated.
 */
export type SyncPhase =
  | 'standalone'
  | 'connecting'
  | 'offline'
  | 'syncing'
  | 'upToDate'
  | 'refused'
  | 'otherTab'
  | 'appOutdated'
  | 'serverOutdated';

export type SyncProblemCode =
  | SyncErrorCode
  | 'DOCUMENT_SKIPPED'
  | 'WRITE_REFUSED'
  | 'AUDIT_FAILED'
  /** What points to a merged person could not be moved to the survivor; tried again at the next pull. */
  | 'REDIRECT_FAILED'
  /** A check-in received for a closed event could not be folded into its sheet; tried again at the next pull. */
  | 'LATE_FOLD_FAILED'
  /** Not an error: a member number was taken elsewhere and the person here got the next one. */
  | 'MEMBER_RENUMBERED';

export interface SyncProblem {
  at: string;
  code: SyncProblemCode;
  collection?: string;
  documentId?: string;
  /** The server's own sentence (French), when it sent one. */
  serverMessage?: string;
  /** Faulty fields of a skipped or refused document. */
  issues?: string[];
  /** Values the sentence names (MEMBER_RENUMBERED: name, taken, given). */
  params?: Readonly<Record<string, string>>;
}

export interface SyncStatusSnapshot {
  phase: SyncPhase;
  /** When the device was last seen fully in sync with the server. */
  lastSyncedAt: string | null;
  /** Local changes not yet accepted by the server. */
  pendingChanges: number;
  /** The same, by collection (only those with some): « 3 entrées en attente d'envoi ». */
  pendingByCollection: Readonly<Record<string, number>>;
  /** The most recent first. */
  problems: readonly SyncProblem[];
  /** While this device has not yet received everything once (issue 19); null after. */
  firstSync: FirstSyncSnapshot | null;
}

export const MAX_PROBLEMS = 20;

/**
 * What waits to be sent, as people count it: their changes, and apart the journal's entries that
 * each change also writes (one new member offline is « 1 », not « 2 »).
 */
export function pendingToShow(status: Pick<SyncStatusSnapshot, 'pendingChanges' | 'pendingByCollection'>): {
  changes: number;
  journal: number;
} {
  const journal = status.pendingByCollection.audit ?? 0;
  return { changes: Math.max(0, status.pendingChanges - journal), journal };
}

/**
 * The sync status the header and the settings panel show, as an external store for React's
 * `useSyncExternalStore`: each change makes a new snapshot object, and only then.
 */
export class SyncStatusStore {
  private snapshot: SyncStatusSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(initial: Partial<SyncStatusSnapshot> = {}) {
    this.snapshot = {
      phase: 'standalone',
      lastSyncedAt: null,
      pendingChanges: 0,
      pendingByCollection: {},
      problems: [],
      firstSync: null,
      ...initial,
    };
  }

  get = (): SyncStatusSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<Omit<SyncStatusSnapshot, 'problems'>>): void {
    const next = { ...this.snapshot, ...change };
    const same = (Object.keys(change) as (keyof typeof change)[]).every(
      (key) => next[key] === this.snapshot[key],
    );
    if (same) return;
    this.set(next);
  }

  report(problem: Omit<SyncProblem, 'at'>, now = new Date()): void {
    const entry: SyncProblem = { at: now.toISOString(), ...problem };
    this.set({ ...this.snapshot, problems: [entry, ...this.snapshot.problems].slice(0, MAX_PROBLEMS) });
  }

  clearProblems(): void {
    if (this.snapshot.problems.length > 0) this.set({ ...this.snapshot, problems: [] });
  }

  private set(next: SyncStatusSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
