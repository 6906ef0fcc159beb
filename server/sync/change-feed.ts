import type { StreamEvent } from '@shared/sync/protocol';

type Listener = (event: StreamEvent) => void;

/**
 * Tells the event streams of an organisation that one of its collections changed. In memory,
 * because one server process serves an installation; several processes behind a load balancer
 * would need PostgreSQL's LISTEN/NOTIFY here, and nothing else would change.
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

  publish(orgId: string, collection: string, seq: number): void {
    const event: StreamEvent = { type: 'change', collection, seq };
    for (const listener of this.listeners.get(orgId) ?? []) listener(event);
  }
}
