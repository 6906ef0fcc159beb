/**
 * Distinct tokens in a sorted array (a prefix is a binary-searched range) with, for each, the
 * slots of the people holding it. New tokens are sorted in lazily, at the next read: a bulk load
 * sorts once, a single upsert inserts in place.
 *
 * A table restored from a snapshot (issue 19) stays frozen — its postings two typed arrays,
 * read in place, no map — until its first change, which thaws it into the map (once, about
 * 50 ms at 50,000 people).
 */
const BINARY_INSERT_MAX = 32;

/** The slots of one token: an array, or a view of a frozen table's slots. */
export type Postings = readonly number[] | Int32Array;

/**
 * A table as data: its tokens in order, and the slots of token `i` at
 * `slots[offsets[i]] … slots[offsets[i + 1] - 1]`.
 */
export interface TokenTableState {
  tokens: readonly string[];
  offsets: Int32Array;
  slots: Int32Array;
}

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
  /** A restored table not changed since: `sorted` with its postings in place, `postings` empty. */
  private frozen: { offsets: Int32Array; slots: Int32Array } | undefined;

  add(token: string, slot: number): void {
    this.thaw();
    const list = this.postings.get(token);
    if (list) list.push(slot);
    else {
      this.postings.set(token, [slot]);
      this.pending.push(token);
    }
  }

  remove(token: string, slot: number): void {
    this.thaw();
    const list = this.postings.get(token);
    if (!list) return;
    const at = list.indexOf(slot);
    if (at < 0) return;
    list[at] = list[list.length - 1] as number;
    list.pop();
  }

  postingsOf(token: string): Postings | undefined {
    if (!this.frozen) return this.postings.get(token);
    const at = lowerBound(this.sorted, token);
    return this.sorted[at] === token ? this.postingsAt(at) : undefined;
  }

  /** The slots of the token at `index` of the sorted tokens. */
  postingsAt(index: number): Postings {
    this.flush();
    const frozen = this.frozen;
    if (frozen)
      return frozen.slots.subarray(frozen.offsets[index] as number, frozen.offsets[index + 1] as number);
    return this.postings.get(this.sorted[index] as string) ?? [];
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
    for (let i = from; i < to && cost < cap; i++) cost += this.postingsAt(i).length;
    return cost;
  }

  forEachToken(visit: (token: string, index: number) => void): void {
    this.flush();
    this.sorted.forEach((token, index) => visit(token, index));
  }

  /** The tokens somebody holds, in order, with their slots renamed by `slotOf` (-1: dropped). */
  exportState(slotOf: (slot: number) => number): TokenTableState {
    this.flush();
    const tokens: string[] = [];
    const offsets: number[] = [0];
    const slots: number[] = [];
    this.sorted.forEach((token, index) => {
      const before = slots.length;
      for (const slot of this.postingsAt(index)) {
        const renamed = slotOf(slot);
        if (renamed >= 0) slots.push(renamed);
      }
      if (slots.length === before) return;
      tokens.push(token);
      offsets.push(slots.length);
    });
    return { tokens, offsets: Int32Array.from(offsets), slots: Int32Array.from(slots) };
  }

  /**
   * A frozen table from its stored state, nothing sorted or copied. Throws on tokens out of
   * order or repeated, offsets that do not walk the slots, or a slot outside `[0, slotCount)`:
   * the state is not one `exportState` made.
   */
  static restore(state: TokenTableState, slotCount: number): TokenTable {
    const { tokens, offsets, slots } = state;
    if (offsets.length !== tokens.length + 1 || offsets[0] !== 0 || offsets[tokens.length] !== slots.length)
      throw new Error('token table: offsets and tokens differ');
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && !((tokens[i - 1] as string) < (tokens[i] as string)))
        throw new Error('token table: tokens out of order');
      if (!((offsets[i + 1] as number) > (offsets[i] as number)))
        throw new Error('token table: a token nobody holds');
    }
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      if (!(slot >= 0 && slot < slotCount)) throw new Error('token table: slot out of range');
    }
    const table = new TokenTable();
    table.sorted = [...tokens];
    table.frozen = { offsets, slots };
    return table;
  }

  clear(): void {
    this.postings.clear();
    this.sorted = [];
    this.pending = [];
    this.frozen = undefined;
  }

  /** Before a change: the frozen postings become the map's lists. */
  private thaw() {
    const frozen = this.frozen;
    if (!frozen) return;
    this.frozen = undefined;
    this.sorted.forEach((token, index) => {
      this.postings.set(
        token,
        Array.from(frozen.slots.subarray(frozen.offsets[index], frozen.offsets[index + 1])),
      );
    });
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
