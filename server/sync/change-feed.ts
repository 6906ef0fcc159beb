import type { StreamEvent } from '@shared/sync/protocol';

type Listener = (event: StreamEvent) => void;

/**
 * Tells the event streams of an organisation that one of its collections changed. In memory:
 * a process publishes its own pushes here, and with PostgreSQL the others' arrive through the
 * store's LISTEN/NOTIFY (`Store.watchChanges`), so several processes can share one database.
 */
export class ChangeFeed {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(orgId: string, listener: Listener): () => void {
    let set = this.listeners.get(orgId);
    if (!set) {
      set = new Set();
      this.listeners.set(orgId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(orgId);
    };
  }

  /** Every stream of every association pulls from its checkpoints: notices may have been lost. */
  resyncAll(): void {
    const event: StreamEvent = { type: 'RESYNC' };
    for (const set of this.listeners.values()) for (const listener of set) listener(event);
  }

  publish(orgId: string, collection: string, seq: number): void {
    const event: StreamEvent = { type: 'change', collection, seq };
    for (const listener of this.listeners.get(orgId) ?? []) listener(event);
  }
}
