/**
 * Whether the server is failing to answer, from the outcomes of requests ordered by when they
 * STARTED, not by when they ended. A request that stalled across a network cut and fails after
 * later requests succeeded says nothing new: the network worked since. A failure only outranks
 * successes of requests that started before it, and a success only clears failures of requests
 * that started before it (issue 19: « Hors ligne » stayed after the network came back).
 *
 * Tickets come from a monotonic clock (`performance.now()` in the app): the event stream's
 * acceptance is a success of the request that opened it, at the time it was opened.
 */
export class RequestOutcomes {
  /** Start time of the latest-started request that succeeded; of the latest-started that failed. */
  private success = Number.NEGATIVE_INFINITY;
  private failure = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The ticket of a request leaving now. */
  start(): number {
    return this.now();
  }

  succeeded(ticket: number): void {
    if (ticket > this.success) this.success = ticket;
  }

  /** False when the failure is stale (a request started after it already succeeded): ignore it. */
  failed(ticket: number): boolean {
    if (ticket < this.success) return false;
    if (ticket > this.failure) this.failure = ticket;
    return true;
  }

  get failing(): boolean {
    return this.failure > this.success;
  }
}
