/**
 * What the first sync of a new device has received and still expects, collection by collection
 * (issue 19): documents received out of the server's count, the megabytes, and the time left at
 * the pace measured since this run began. A device that stopped half-way (closed, network cut)
 * counts what it already holds as received, and the server's count of what follows its
 * checkpoint as still to come.
 */
export interface CollectionProgress {
  readonly collection: string;
  /** Held here when this run began, plus what its pulls have brought since. */
  readonly received: number;
  /** `received` plus what the server said follows the last page; null before it has said. */
  readonly expected: number | null;
  /** Of the pages pulled in this run (JSON, as decoded). */
  readonly bytes: number;
  /** Pulled up to the server's head, and pushed what it had, once. */
  readonly done: boolean;
}

export interface FirstSyncSnapshot {
  /** In order of need (sync-order.ts). */
  readonly collections: readonly CollectionProgress[];
  /** Documents still to come in the collections whose count is known. */
  readonly remaining: number;
  /** At the pace of this run; null until a few pages have come. */
  readonly secondsLeft: number | null;
  /** The network dropped during this run; the sync resumed, or will, where it stopped. */
  readonly interrupted: boolean;
  /**
   * A new door device: the people its search holds from the server's directory seed, before they
   * are pulled (shared/sync/directory-seed.ts); null without a seed.
   */
  readonly searchable: number | null;
}

interface Counts {
  held: number;
  pulled: number;
  /** What the server said follows the last page, or the count asked before the first one. */
  after: number | null;
  bytes: number;
  done: boolean;
}

/** Pages of this run before which no pace is given: the first answers say little of the next. */
const PAGES_BEFORE_A_PACE = 2;

export class FirstSyncProgress {
  private readonly counts = new Map<string, Counts>();
  private startedAt: number | null = null;
  private pulledThisRun = 0;
  private pages = 0;
  private wasInterrupted = false;
  private seededPeople: number | null = null;

  constructor(
    collections: readonly string[],
    private readonly now: () => number = () => Date.now(),
  ) {
    for (const collection of collections) {
      this.counts.set(collection, { held: 0, pulled: 0, after: null, bytes: 0, done: false });
    }
  }

  /** Documents already held here when this run began (a first sync resumed). */
  held(collection: string, count: number): void {
    const counts = this.counts.get(collection);
    if (counts) counts.held = count;
  }

  /** The server's count of what a pull from the checkpoint would bring, before the first page. */
  announced(collection: string, count: number): void {
    const counts = this.counts.get(collection);
    if (counts && counts.pulled === 0 && !counts.done) counts.after = count;
  }

  page(collection: string, page: { documents: number; remaining?: number; bytes: number }): void {
    const counts = this.counts.get(collection);
    if (!counts || counts.done) return;
    counts.pulled += page.documents;
    counts.bytes += page.bytes;
    if (page.remaining !== undefined) counts.after = page.remaining;
    // The pace runs from the first page that arrived: what came after it, in the time since.
    if (this.startedAt === null) this.startedAt = this.now();
    else {
      this.pulledThisRun += page.documents;
      this.pages += 1;
    }
  }

  complete(collection: string): void {
    const counts = this.counts.get(collection);
    if (counts) {
      counts.done = true;
      counts.after = 0;
    }
  }

  /** The door's search works: the directory seed of `people` people was adopted. */
  seeded(people: number): void {
    this.seededPeople = people;
  }

  /** The network dropped: the pace measured before says nothing of the link that comes back. */
  interrupted(): void {
    this.wasInterrupted = true;
    this.startedAt = null;
    this.pulledThisRun = 0;
    this.pages = 0;
  }

  get finished(): boolean {
    return [...this.counts.values()].every((counts) => counts.done);
  }

  snapshot(): FirstSyncSnapshot {
    const collections = [...this.counts].map(([collection, counts]): CollectionProgress => {
      const received = counts.held + counts.pulled;
      return {
        collection,
        received,
        expected: counts.after === null ? null : received + counts.after,
        bytes: counts.bytes,
        done: counts.done,
      };
    });
    const remaining = [...this.counts.values()].reduce((sum, counts) => sum + (counts.after ?? 0), 0);
    const elapsed = this.startedAt === null ? 0 : (this.now() - this.startedAt) / 1000;
    const pace = elapsed > 0 && this.pages >= PAGES_BEFORE_A_PACE ? this.pulledThisRun / elapsed : 0;
    return {
      collections,
      remaining,
      secondsLeft: pace > 0 ? Math.ceil(remaining / pace) : null,
      interrupted: this.wasInterrupted,
      searchable: this.seededPeople,
    };
  }
}
