import {
  foldedNameTokens,
  foldText,
  memberNumberQuery,
  memberNumberTokens,
  normaliseEmail,
} from '@shared/search/normalise';
import type { Postings, TokenTableState } from '@shared/search/token-table';
import { TokenTable } from '@shared/search/token-table';

/**
 * The one people search (member list, door, duplicate pickers): accent-, case-, punctuation- and
 * word-order-insensitive, on first name, last name, member number (current and former) and
 * e-mail, ranked exact > prefix > other, then by name. In memory, kept up to date by the data
 * layer calling `upsert` / `remove` on every change of the `people` collection.
 *
 * Budget: p95 ≤ 5 ms per query at 50,000 people. Hence:
 * - three token tables (names, member numbers, e-mails), each a sorted array of distinct tokens
 *   where a prefix is a binary-searched range; a query word only looks where it can match
 *   (letters → names, digits → numbers, `@` → e-mails), so "a" does not wade through every
 *   number of series A;
 * - candidates come from the most selective query word only; the other words are checked on
 *   each candidate's own few tokens (cheaper than intersecting large posting lists);
 * - for one word (every keystroke of the first word), tokens are visited best match first
 *   (exact, then prefix, then "other"), so a candidate is scored by the first token that brings
 *   it, and the scan stops as soon as the kept hits cannot be beaten;
 * - a stamp array instead of a Set to deduplicate candidates, only the best `limit` hits kept;
 * - "other" (the word inside a name, ≥ 3 letters) is a linear scan of distinct name tokens
 *   (a few thousand), run only when exact and prefix matches leave room.
 */

export interface SearchablePerson {
  id: string;
  firstName: string;
  lastName: string;
  memberNumber: string;
  email: string;
  formerMemberNumbers?: readonly string[];
}

export type MatchRank = 'exact' | 'prefix' | 'other';

export interface SearchHit<P> {
  person: P;
  /** The weakest match among the query's words. */
  rank: MatchRank;
  /** Higher is better; only meaningful to compare hits of one query. */
  score: number;
}

export interface SearchOptions {
  /** At most this many hits, best first (default 50). */
  limit?: number;
}

export const DEFAULT_SEARCH_LIMIT = 50;
const MAX_SEARCH_LIMIT = 1000;
const MIN_INFIX_LENGTH = 3;
/** People looked at in name order before falling back to posting lists. */
const WALK_BUDGET = 2000;

/** Which table a word or token belongs to; on equal match a number or name beats an e-mail. */
const Field = { Email: 0, Name: 1, Number: 2 } as const;
type Field = (typeof Field)[keyof typeof Field];
const Match = { None: 0, Other: 1, Prefix: 2, Exact: 3 } as const;
type Match = (typeof Match)[keyof typeof Match];
const RANKS: Record<Match, MatchRank> = { 0: 'other', 1: 'other', 2: 'prefix', 3: 'exact' };
/** The match kind dominates the score; the field only breaks ties. */
const score = (match: Match, field: Field) => match * 4 + field;

interface Word {
  text: string;
  field: Field;
}

interface Slot<P> {
  person: P;
  names: string[];
  numbers: string[];
  email: string;
  /**
   * "lastname firstname" folded, to order hits of equal score. Derived from the person's names
   * when first needed after a `restore` given none (`sortKeyOf`): a cold start does not create
   * 50,000 strings the first screen does not need.
   */
  sortKey: string | undefined;
}

/**
 * A built index as data (issue 19): what `restore` turns back into an index without folding a
 * name or sorting anything, so that a cold start reads it instead of building it. Slot `i` is
 * `people[i]` with its tokens; the tables and the name order refer to slots.
 */
export interface IndexState<P> {
  people: readonly P[];
  /** Each slot's folded name tokens, member number tokens and normalised e-mail. */
  names: readonly (readonly string[])[];
  numbers: readonly (readonly string[])[];
  emails: readonly string[];
  /** Each slot's sort key; absent, they are derived from the names when needed. */
  sortKeys?: readonly string[];
  tables: { email: TokenTableState; name: TokenTableState; number: TokenTableState };
  /** Slots in name order. */
  order: readonly number[];
}

/** A person as an index holds them: the person and their tokens (`RestoredRows`). */
export interface RestoredRow<P> {
  person: P;
  names: string[];
  numbers: string[];
  email: string;
  /** Absent, derived from the names when needed (`sortKeyOf`). */
  sortKey?: string;
}

/**
 * The people of a restored index, made when first reached (issue 19): a cold start at 50,000
 * people restored 50,000 people, their token lists and slots before the first frame, and
 * collected their garbage, though the first screen shows none of them. Slot `i` is row `i`;
 * `id(i)` must not make the row. Whoever gives them has checked them (`decodeSnapshot`): ids
 * are unique, tokens are in the tables.
 */
export interface RestoredRows<P> {
  readonly count: number;
  id(slot: number): string;
  row(slot: number): RestoredRow<P>;
}

/** The words of a query, normalised like the indexed tokens, each with the table to look in. */
export function queryWords(query: string): { text: string; field: 'name' | 'number' | 'email' }[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  if (trimmed.includes('@')) return [{ text: normaliseEmail(trimmed), field: 'email' }];
  const number = memberNumberQuery(trimmed);
  if (number !== undefined) return [{ text: number, field: 'number' }];
  const words = new Map<string, 'name' | 'number'>();
  // A member number among other words ("dupont a-0042") stays one word.
  const rest = foldText(trimmed).replace(
    /(^|\s)([a-z]{1,3}-?[0-9]+)(?=\s|$)/g,
    (_, space: string, number: string) => {
      const asNumber = memberNumberQuery(number);
      if (asNumber !== undefined) words.set(asNumber, 'number');
      return space;
    },
  );
  for (const word of rest.split(/[^a-z0-9]+/)) {
    if (word === '') continue;
    const asNumber = /[0-9]/.test(word) ? memberNumberQuery(word) : undefined;
    words.set(asNumber ?? word, asNumber === undefined ? 'name' : 'number');
  }
  return [...words].map(([text, field]) => ({ text, field }));
}

function matchOf(token: string, word: string): Match {
  if (token === word) return Match.Exact;
  if (token.startsWith(word)) return Match.Prefix;
  return word.length >= MIN_INFIX_LENGTH && token.includes(word) ? Match.Other : Match.None;
}

export class PeopleSearchIndex<P extends SearchablePerson = SearchablePerson> {
  private readonly slots: (Slot<P> | undefined)[] = [];
  /** By id; made when first needed after `restoreRows` (see `byId`). */
  private slotById: Map<string, number> | undefined = new Map<string, number>();
  /**
   * A restored index's people not made yet: slot `i < rows.count` is made when `made[i]` is 0.
   * Let go once every one is made (`unmade`), with what the rows hold (the snapshot's strings).
   */
  private rows: RestoredRows<P> | undefined;
  private made: Uint8Array | undefined;
  private unmade = 0;
  private readonly freeSlots: number[] = [];
  private tables: Record<Field, TokenTable> = {
    [Field.Email]: new TokenTable(),
    [Field.Name]: new TokenTable(),
    [Field.Number]: new TokenTable(),
  };
  private stamps = new Uint32Array(1024);
  private stamp = 0;
  /** Slots in name order (`before`), built lazily after a bulk load, then kept up to date. */
  private order: number[] | undefined = [];

  /** Builds an index in one pass (faster than upserting one by one). */
  static from<P extends SearchablePerson>(people: Iterable<P>): PeopleSearchIndex<P> {
    const index = new PeopleSearchIndex<P>();
    index.upsertMany(people);
    return index;
  }

  /** The index as data, its slots numbered without gaps (see `IndexState`). */
  exportState(): IndexState<P> {
    const renamed = new Int32Array(this.slots.length).fill(-1);
    const kept: Slot<P>[] = [];
    for (let index = 0; index < this.slots.length; index++) {
      const slot = this.slot(index);
      if (!slot) continue;
      renamed[index] = kept.length;
      kept.push(slot);
    }
    const slotOf = (slot: number) => renamed[slot] ?? -1;
    return {
      people: kept.map((slot) => slot.person),
      names: kept.map((slot) => slot.names),
      numbers: kept.map((slot) => slot.numbers),
      emails: kept.map((slot) => slot.email),
      sortKeys: kept.map(sortKeyOf),
      tables: {
        email: this.tables[Field.Email].exportState(slotOf),
        name: this.tables[Field.Name].exportState(slotOf),
        number: this.tables[Field.Number].exportState(slotOf),
      },
      order: this.nameOrder().map(slotOf),
    };
  }

  /**
   * The index `exportState` described, nothing folded or sorted again. Throws when the state
   * does not hold together (columns of unequal length, a slot out of range, an order that is not
   * every slot once, an id twice): it was not made by `exportState`.
   */
  static restore<P extends SearchablePerson>(state: IndexState<P>): PeopleSearchIndex<P> {
    const { people, names, numbers, emails, sortKeys, order } = state;
    const count = people.length;
    const columns = sortKeys ? [names, numbers, emails, sortKeys, order] : [names, numbers, emails, order];
    if (!columns.every((column) => column.length === count))
      throw new Error('search index: columns of unequal length');
    const ids = new Set<string>();
    for (const person of people) {
      if (ids.has(person.id)) throw new Error('search index: an id twice');
      ids.add(person.id);
    }
    const index = PeopleSearchIndex.restoreRows<P>(
      {
        count,
        id: (slot) => (people[slot] as P).id,
        row: (slot) => ({
          person: people[slot] as P,
          names: names[slot] as string[],
          numbers: numbers[slot] as string[],
          email: emails[slot] as string,
          sortKey: sortKeys?.[slot],
        }),
      },
      state.tables,
      order,
    );
    return index;
  }

  /**
   * `restore` from people made when first reached (`RestoredRows`): nothing of a person is made
   * here, and the map by id waits for its first use. Throws when the tables or the order do not
   * hold together.
   */
  static restoreRows<P extends SearchablePerson>(
    rows: RestoredRows<P>,
    tables: IndexState<P>['tables'],
    order: readonly number[],
  ): PeopleSearchIndex<P> {
    const count = rows.count;
    if (order.length !== count) throw new Error('search index: columns of unequal length');
    const index = new PeopleSearchIndex<P>();
    const seen = new Uint8Array(count);
    for (const slot of order) {
      if (!(slot >= 0 && slot < count) || seen[slot])
        throw new Error('search index: not an order of the slots');
      seen[slot] = 1;
    }
    index.order = order as number[];
    index.tables[Field.Email] = TokenTable.restore(tables.email, count);
    index.tables[Field.Name] = TokenTable.restore(tables.name, count);
    index.tables[Field.Number] = TokenTable.restore(tables.number, count);
    index.stamps = new Uint32Array(Math.max(1024, count));
    index.slots.length = count;
    index.rows = rows;
    index.made = new Uint8Array(count);
    index.unmade = count;
    index.slotById = undefined;
    return index;
  }

  /** Slot `i`, made first if it is a restored person not reached yet. */
  private slot(i: number): Slot<P> | undefined {
    const slot = this.slots[i];
    const { rows, made } = this;
    if (slot !== undefined || !rows || !made || i >= rows.count || made[i]) return slot;
    made[i] = 1;
    const row = rows.row(i);
    const fresh: Slot<P> = {
      person: row.person,
      names: row.names,
      numbers: row.numbers,
      email: row.email,
      sortKey: row.sortKey,
    };
    this.slots[i] = fresh;
    if (--this.unmade === 0) {
      this.byId();
      this.rows = undefined;
      this.made = undefined;
    }
    return fresh;
  }

  /**
   * The slots by id, made at first use after `restoreRows` (from the rows' ids: no person is
   * made). Every change goes through it, so it is made before any slot is freed or replaced.
   */
  private byId(): Map<string, number> {
    if (!this.slotById) {
      const map = new Map<string, number>();
      const rows = this.rows as RestoredRows<P>;
      for (let i = 0; i < rows.count; i++) map.set(rows.id(i), i);
      this.slotById = map;
    }
    return this.slotById;
  }

  /**
   * Derives every sort key a `restore` left to derive (issue 19: in the background once the app
   * is up, so that no search pays for them later).
   */
  deriveSortKeys(): void {
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slot(i);
      if (slot) sortKeyOf(slot);
    }
  }

  get size(): number {
    // Before its first use, the map would hold every row: no need to make it to count them.
    return this.slotById?.size ?? this.rows?.count ?? 0;
  }

  has(id: string): boolean {
    return this.byId().has(id);
  }

  /** The ids of everybody indexed. */
  ids(): IterableIterator<string> {
    return this.byId().keys();
  }

  get(id: string): P | undefined {
    const slot = this.byId().get(id);
    return slot === undefined ? undefined : this.slot(slot)?.person;
  }

  /** Everybody indexed (in no particular order): a door's directory holds its people only here. */
  *values(): IterableIterator<P> {
    for (const slot of this.byId().values()) {
      const person = this.slot(slot)?.person;
      if (person) yield person;
    }
  }

  /** Adds or replaces a person (call it for every insert or update of the collection). */
  upsert(person: P): void {
    const existing = this.byId().get(person.id);
    if (existing !== undefined) {
      this.unlink(existing);
      this.removeFromOrder(existing);
    }
    const slotIndex = existing ?? this.freeSlots.pop() ?? this.slots.length;
    // Each name folded once, for its tokens and the sort key (the bulk load at start-up).
    const firstName = foldText(person.firstName);
    const lastName = foldText(person.lastName);
    const names: string[] = [];
    addUnique(names, foldedNameTokens(firstName));
    addUnique(names, foldedNameTokens(lastName));
    const numbers: string[] = [];
    if (person.memberNumber) addUnique(numbers, memberNumberTokens(person.memberNumber));
    for (const number of person.formerMemberNumbers ?? []) {
      if (number) addUnique(numbers, memberNumberTokens(number));
    }
    const slot: Slot<P> = {
      person,
      names,
      numbers,
      email: person.email ? normaliseEmail(person.email) : '',
      sortKey: `${lastName} ${firstName}`,
    };
    // The slot is new, or was made by `unlink` or before it was freed.
    this.slots[slotIndex] = slot;
    this.byId().set(person.id, slotIndex);
    if (this.order) this.order.splice(this.orderPosition(slot), 0, slotIndex);
    for (const token of slot.names) this.tables[Field.Name].add(token, slotIndex);
    for (const token of slot.numbers) this.tables[Field.Number].add(token, slotIndex);
    if (slot.email) this.tables[Field.Email].add(slot.email, slotIndex);
    if (slotIndex >= this.stamps.length) {
      const grown = new Uint32Array(Math.max(slotIndex + 1, this.stamps.length * 2));
      grown.set(this.stamps);
      this.stamps = grown;
    }
  }

  upsertMany(people: Iterable<P>): void {
    // Sorting once afterwards beats thousands of inserts into the name order.
    this.order = undefined;
    for (const person of people) this.upsert(person);
    this.nameOrder();
  }

  /**
   * `upsertMany`, `slice` people at a time with `pause()` awaited between slices: a server that
   * builds an index gives its thread back to the requests waiting meanwhile.
   */
  async upsertManyInSlices(
    people: readonly P[],
    slice: number,
    pause: () => Promise<unknown>,
  ): Promise<void> {
    this.order = undefined;
    for (let start = 0; start < people.length; start += slice) {
      const end = Math.min(people.length, start + slice);
      for (let i = start; i < end; i++) this.upsert(people[i] as P);
      if (end < people.length) await pause();
    }
    this.nameOrder();
  }

  /** Removes a person (deleted, merged away). Unknown ids are ignored. */
  remove(id: string): void {
    const byId = this.byId();
    const slot = byId.get(id);
    if (slot === undefined) return;
    this.unlink(slot);
    this.removeFromOrder(slot);
    // Made by `unlink`: never made again.
    this.slots[slot] = undefined;
    byId.delete(id);
    this.freeSlots.push(slot);
  }

  clear(): void {
    this.slots.length = 0;
    this.slotById = new Map();
    this.rows = undefined;
    this.made = undefined;
    this.unmade = 0;
    this.freeSlots.length = 0;
    this.order = [];
    for (const table of Object.values(this.tables)) table.clear();
  }

  search(query: string, options: SearchOptions = {}): SearchHit<P>[] {
    const limit = Math.min(Math.max(1, options.limit ?? DEFAULT_SEARCH_LIMIT), MAX_SEARCH_LIMIT);
    const words: Word[] = queryWords(query).map(({ text, field }) => ({
      text,
      field: field === 'email' ? Field.Email : field === 'number' ? Field.Number : Field.Name,
    }));
    if (words.length === 0 || this.size === 0) return [];

    // The word whose prefix range holds the fewest postings drives candidate generation.
    let driver = words[0] as Word;
    let driverCost = Number.POSITIVE_INFINITY;
    for (const word of words) {
      const cost = this.tables[word.field].prefixCost(word.text, driverCost);
      if (cost < driverCost) [driver, driverCost] = [word, cost];
    }

    const top = new TopHits<P>(limit);
    const stampValue = this.nextStamp();
    const table = this.tables[driver.field];
    const visit = (slots: Postings | undefined, match: Match) => {
      if (!slots) return;
      const single = words.length === 1 ? score(match, driver.field) : 0;
      for (const slotIndex of slots) {
        if (this.stamps[slotIndex] === stampValue) continue;
        this.stamps[slotIndex] = stampValue;
        const slot = this.slot(slotIndex);
        if (!slot) continue;
        if (words.length === 1) top.offer(slot, single, RANKS[match]);
        else this.scoreAll(slot, words, top);
      }
    };

    // A very common one-word prefix ("m") brings thousands of candidates for 50 places: first
    // walk people in name order and stop once the places are taken. When the matches cluster
    // late in name order ("la" → Lacombe, Lafon…), the walk gives up after a budget and the
    // posting lists finish the job (stamps skip whoever the walk already took).
    const walk = words.length === 1 && driverCost > 2 * Math.sqrt(limit * this.size);
    const exactPostings = table.postingsOf(driver.text);
    const prefixScore = score(Match.Prefix, driver.field);

    // Best matches first: for one word, the first token that brings a person scores them.
    const exactWalked =
      walk &&
      (exactPostings?.length ?? 0) > limit * 4 &&
      this.walkNameOrder(driver, Match.Exact, top, stampValue);
    if (!exactWalked) visit(exactPostings, Match.Exact);
    // With one word, once only exact matches are kept, no prefix match can enter (ties on score
    // are broken by name, so an equal score must still be looked at).
    if (!(words.length === 1 && top.isFull() && top.worstScore() > prefixScore)) {
      const prefixWalked = walk && this.walkNameOrder(driver, Match.Prefix, top, stampValue);
      if (!prefixWalked) {
        const [from, to] = table.prefixRange(driver.text);
        for (let i = from; i < to; i++) {
          const token = table.tokenAt(i);
          if (token !== driver.text) visit(table.postingsAt(i), Match.Prefix);
        }
      }
    }
    if (!top.isFull() && driver.field === Field.Name && driver.text.length >= MIN_INFIX_LENGTH) {
      table.forEachToken((token, at) => {
        if (!token.startsWith(driver.text) && token.includes(driver.text)) {
          visit(table.postingsAt(at), Match.Other);
        }
      });
    }
    return top.result();
  }

  /** Scores a candidate against every word of a multi-word query (all must match). */
  private scoreAll(slot: Slot<P>, words: readonly Word[], top: TopHits<P>) {
    let total = 0;
    let weakest: Match = Match.Exact;
    for (const word of words) {
      let best: Match = Match.None;
      if (word.field === Field.Email) best = slot.email ? matchOf(slot.email, word.text) : Match.None;
      else {
        const tokens = word.field === Field.Number ? slot.numbers : slot.names;
        for (const token of tokens) {
          // A number is matched from its start only: "42" must not find A-1420.
          const match =
            word.field === Field.Number
              ? token === word.text
                ? Match.Exact
                : token.startsWith(word.text)
                  ? Match.Prefix
                  : Match.None
              : matchOf(token, word.text);
          if (match > best) best = match;
          if (best === Match.Exact) break;
        }
      }
      if (best === Match.None) return;
      if (best < weakest) weakest = best;
      total += score(best, word.field);
    }
    top.offer(slot, total, RANKS[weakest]);
  }

  /**
   * Offers, in name order, the people matching one word with `match` (exact or prefix). True when
   * done (no later person can enter the hits), false when the walk budget ran out first.
   */
  private walkNameOrder(word: Word, match: Match, top: TopHits<P>, stampValue: number): boolean {
    const value = score(match, word.field);
    const exact = match === Match.Exact;
    const order = this.nameOrder();
    const end = Math.min(order.length, WALK_BUDGET);
    for (let i = 0; i < end; i++) {
      const slotIndex = order[i] as number;
      if (this.stamps[slotIndex] === stampValue) continue;
      const slot = this.slot(slotIndex) as Slot<P>;
      if (!holds(slot, word, exact)) continue;
      this.stamps[slotIndex] = stampValue;
      top.offer(slot, value, RANKS[match]);
      // Everyone later in name order would come after every hit kept at this score.
      if (top.isFull() && top.worstScore() >= value) return true;
    }
    return end === order.length;
  }

  private nameOrder(): number[] {
    if (!this.order) {
      const order: number[] = [];
      for (let index = 0; index < this.slots.length; index++) if (this.slot(index)) order.push(index);
      order.sort((a, b) => (before(this.slots[a] as Slot<P>, this.slots[b] as Slot<P>) ? -1 : 1));
      this.order = order;
    }
    return this.order;
  }

  /** Where `slot` is, or would go, in the name order. */
  private orderPosition(slot: Slot<P>): number {
    const order = this.order ?? [];
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.slot(order[mid] as number) as Slot<P>, slot)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private removeFromOrder(slotIndex: number) {
    const slot = this.slot(slotIndex);
    if (!this.order || !slot) return;
    const at = this.orderPosition(slot);
    if (this.order[at] === slotIndex) this.order.splice(at, 1);
    else this.order = undefined; // should not happen; rebuild rather than keep a wrong order
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  private unlink(slotIndex: number) {
    const slot = this.slot(slotIndex);
    if (!slot) return;
    for (const token of slot.names) this.tables[Field.Name].remove(token, slotIndex);
    for (const token of slot.numbers) this.tables[Field.Number].remove(token, slotIndex);
    if (slot.email) this.tables[Field.Email].remove(slot.email, slotIndex);
  }
}

/** Whether `slot` has a token equal to (`exact`) or starting with the word, in its table. */
function holds<P>(slot: Slot<P>, word: Word, exact: boolean): boolean {
  const text = word.text;
  if (word.field === Field.Email) return exact ? slot.email === text : slot.email.startsWith(text);
  const tokens = word.field === Field.Number ? slot.numbers : slot.names;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (exact ? token === text : token.charCodeAt(0) === text.charCodeAt(0) && token.startsWith(text))
      return true;
  }
  return false;
}

interface Kept<P> {
  slot: Slot<P>;
  score: number;
  rank: MatchRank;
}

/** The best `limit` hits seen so far, kept sorted (score desc, then name, then id). */
class TopHits<P extends SearchablePerson> {
  private readonly hits: Kept<P>[] = [];
  constructor(private readonly limit: number) {}

  isFull(): boolean {
    return this.hits.length >= this.limit;
  }

  worstScore(): number {
    return this.hits[this.hits.length - 1]?.score ?? Number.NEGATIVE_INFINITY;
  }

  offer(slot: Slot<P>, score: number, rank: MatchRank): void {
    const candidate = { slot, score, rank };
    const worst = this.hits[this.hits.length - 1];
    if (this.isFull() && worst && !better(candidate, worst)) return;
    let at = this.hits.length;
    while (at > 0 && better(candidate, this.hits[at - 1] as Kept<P>)) at--;
    this.hits.splice(at, 0, candidate);
    if (this.hits.length > this.limit) this.hits.pop();
  }

  result(): SearchHit<P>[] {
    return this.hits.map(({ slot, score, rank }) => ({ person: slot.person, score, rank }));
  }
}

/** Appends the tokens `into` does not hold yet (a person's few tokens: no Set needed). */
function addUnique(into: string[], tokens: readonly string[]): void {
  for (const token of tokens) if (!into.includes(token)) into.push(token);
}

/** The slot's sort key, derived from its person's names the first time it is asked for. */
function sortKeyOf<P extends SearchablePerson>(slot: Slot<P>): string {
  // The same key as `upsert` makes: each name folded, last name first.
  slot.sortKey ??= `${foldText(slot.person.lastName)} ${foldText(slot.person.firstName)}`;
  return slot.sortKey;
}

function before<P extends SearchablePerson>(a: Slot<P>, b: Slot<P>): boolean {
  const keyA = sortKeyOf(a);
  const keyB = sortKeyOf(b);
  if (keyA !== keyB) return keyA < keyB;
  return a.person.id < b.person.id;
}

function better<P extends SearchablePerson>(a: Kept<P>, b: Kept<P>): boolean {
  return a.score !== b.score ? a.score > b.score : before(a.slot, b.slot);
}
