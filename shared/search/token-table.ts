/**
 * Distinct tokens in a sorted array (a prefix is a binary-searched range) with, for each, the
 * slots of the people holding it. New tokens are sorted in lazily, at the next read: a bulk load
 * sorts once, a single upsert inserts in place.
 */
const BINARY_INSERT_MAX = 32;

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TokenTable {
  /** An emptied list is kept while its token is in `sorted`, so a token is there exactly once. */
  private readonly postings = new Map<string, number[]>();
  private sorted: string[] = [];
  private pending: string[] = [];

  add(token: string, slot: number): void {
    const list = this.postings.get(token);
    if (list) list.push(slot);
    else {
      this.postings.set(token, [slot]);
      this.pending.push(token);
    }
  }

  remove(token: string, slot: number): void {
    const list = this.postings.get(token);
    if (!list) return;
    const at = list.indexOf(slot);
    if (at < 0) return;
    list[at] = list[list.length - 1] as number;
    list.pop();
  }

  postingsOf(token: string): readonly number[] | undefined {
    return this.postings.get(token);
  }

  /** `[from, to)` indexes of the tokens starting with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    this.flush();
    return [lowerBound(this.sorted, prefix), lowerBound(this.sorted, `${prefix}\uffff`)];
  }

  tokenAt(index: number): string {
    return this.sorted[index] as string;
  }

  /** How many postings the tokens starting with `prefix` hold, counting no further than `cap`. */
  prefixCost(prefix: string, cap: number): number {
    const [from, to] = this.prefixRange(prefix);
    let cost = 0;
    for (let i = from; i < to && cost < cap; i++)
      cost += this.postings.get(this.sorted[i] as string)?.length ?? 0;
    return cost;
  }

  forEachToken(visit: (token: string) => void): void {
    this.flush();
    for (const token of this.sorted) visit(token);
  }

  clear(): void {
    this.postings.clear();
    this.sorted = [];
    this.pending = [];
  }

  private flush() {
    if (this.pending.length === 0) return;
    if (this.pending.length <= BINARY_INSERT_MAX) {
      for (const token of this.pending) this.sorted.splice(lowerBound(this.sorted, token), 0, token);
    } else {
      // Rebuilding also forgets the tokens nobody holds any more.
      for (const [token, slots] of this.postings) if (slots.length === 0) this.postings.delete(token);
      this.sorted = [...this.postings.keys()].sort();
    }
    this.pending = [];
  }
}
