/**
 * Writes main has under way (a saved PDF, an automatic backup): a clean quit waits for them
 * (issue 20), so that closing the window in the middle of a save leaves the whole file, never
 * half of it. Bounded: a write stuck on a dead network drive does not keep Tilleul open forever
 * (the atomic write leaves the old file whole in that case).
 */
export class PendingWrites {
  private readonly pending = new Set<Promise<unknown>>();

  get count(): number {
    return this.pending.size;
  }

  /** Runs `write`, counted until it settles; its result and error pass through unchanged. */
  track<T>(write: () => Promise<T>): Promise<T> {
    const running = write();
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return running;
  }

  /** Resolves true once every write under way has settled, false if `timeoutMs` passed first. */
  async settled(timeoutMs: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      while (this.pending.size > 0) {
        const done = await Promise.race([Promise.all([...this.pending]).then(() => true as const), timeout]);
        if (!done) return false;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * What `before-quit` does: the first time, with writes under way or an update to install, it
 * holds the quit (`preventDefault`), waits for the writes, then either runs the verified
 * update's installer (which quits) or quits again, this time for good.
 */
export function quitHandler(deps: {
  writes: PendingWrites;
  installUpdate: () => boolean;
  quit: () => void;
  timeoutMs?: number;
}): (event: { preventDefault(): void }) => void {
  let finishing = false;
  return (event) => {
    if (finishing) return;
    finishing = true;
    event.preventDefault();
    void deps.writes.settled(deps.timeoutMs ?? 15_000).then(() => {
      if (!deps.installUpdate()) deps.quit();
    });
  };
}
