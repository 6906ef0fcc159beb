/**
 * At most `size` requests at a time, the others waiting their turn here, in order. A browser
 * opens six connections to one server over HTTP/1.1 and queues the rest where nothing can see
 * them: a request that waited there behind slow pages would count that wait as the server's
 * silence (api-client.ts's timeout of inactivity starts when a request leaves this queue).
 */
export class RequestSlots {
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.busy += 1;
    try {
      return await work();
    } finally {
      // The slot passes to the next in line as it is, or is freed.
      const next = this.waiting.shift();
      if (next) next();
      else this.busy -= 1;
    }
  }
}
