import type { SyncPhase } from '@renderer/sync/sync-status';

/**
 * Several tabs of the web app share one IndexedDB, and only the tab elected leader (RxDB's
 * leader election, over a BroadcastChannel) replicates: `unknown` until the election has
 * answered, `follower` while another tab holds the leadership.
 */
export type Leadership = 'leader' | 'follower' | 'unknown';

export interface SyncPhaseInput {
  refused: boolean;
  /** Which app must be updated before anything is exchanged again (426 from the server). */
  outdated?: 'app' | 'server' | null;
  leadership: Leadership;
  /** The last pull or push failed. */
  requestFailed: boolean;
  /** The event stream is open. */
  connected: boolean;
  /** A replication is exchanging documents. */
  active: boolean;
  pending: number;
  previous: SyncPhase;
}

/**
 * The phase the header shows. A tab that does not replicate never says « à jour »: it knows
 * nothing of the server, so it says that another tab synchronises (`otherTab`).
 */
export function syncPhase(input: SyncPhaseInput): SyncPhase {
  if (input.outdated === 'app') return 'appOutdated';
  if (input.outdated === 'server') return 'serverOutdated';
  if (input.refused) return 'refused';
  if (input.leadership === 'follower') return 'otherTab';
  if (input.leadership === 'unknown') return 'connecting';
  // Not connected yet after start-up or after taking over from another tab: not offline.
  const starting = input.previous === 'connecting' || input.previous === 'otherTab';
  if (input.requestFailed || (!input.connected && !starting)) return 'offline';
  if (!input.connected) return 'connecting';
  return input.active || input.pending > 0 ? 'syncing' : 'upToDate';
}
