import { z } from 'zod';
import { DOCUMENT_ID_MAX_LENGTH } from '@shared/ids';
import { MEMBER_NUMBER_MAX_LENGTH } from '@shared/members/member-number';
import type { MembershipDocument } from '@shared/members/membership';
import { HOLDER_KINDS } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { PERSON_KINDS } from '@shared/members/person';
import type { IndexState, RestoredRow } from '@shared/search/people-index';
import { PeopleSearchIndex } from '@shared/search/people-index';
import type { TokenTableState } from '@shared/search/token-table';

/**
 * The search snapshot: what the door and the directory's search need at start-up, kept in one
 * IndexedDB record so a cold start reads one value instead of every person and membership
 * (issue 19). Columns of strings, not objects: a smaller text, parsed faster.
 *
 * It is a cache, never the truth: the collections are read in the background after it is used,
 * and replace it. A snapshot of another format or schema, or one that does not parse, is ignored.
 */

/** A person as the snapshot holds them: search fields, household (status) and kind (display). */
export type DirectoryPerson = Pick<
  PersonDocument,
  'id' | 'kind' | 'firstName' | 'lastName' | 'memberNumber' | 'formerMemberNumbers' | 'email' | 'householdId'
>;
/** A membership as the snapshot holds it: what the status of a person needs. */
export type DirectoryMembership = Pick<
  MembershipDocument,
  'id' | 'holderKind' | 'holderId' | 'seasonId' | 'cancelledOn'
>;

/**
 * Bumped when the snapshot's own layout changes (2: the built index, not rows to index; 3: kinds,
 * holders, seasons and empty cancellations as numbers, so a start creates ~40% fewer strings;
 * 4: every string once, fields as its place, so a start creates ~45% fewer strings again;
 * 5: no sort keys, derived from the names when needed).
 */
export const SNAPSHOT_FORMAT = 5;
/** 50,000 people fit with room to spare; a record beyond this is not ours. */
export const SNAPSHOT_MAX_ROWS = 500_000;
/** Every token, id and field of that many rows, each once. */
const SNAPSHOT_MAX_STRINGS = 20 * SNAPSHOT_MAX_ROWS;

export interface SnapshotContent {
  /** The door's index as data (`PeopleSearchIndex.exportState`). */
  index: IndexState<DirectoryPerson>;
  memberships: readonly DirectoryMembership[];
}

export interface SearchSnapshot {
  /** The schema the snapshot was made under (`snapshotSignature`). */
  signature: string;
  writtenAt: string;
  /** The door's index, restored without folding or sorting anything. */
  index: PeopleSearchIndex<DirectoryPerson>;
  /** Made as they are iterated (checked when decoded): each iteration makes them anew. */
  memberships: Iterable<DirectoryMembership>;
}

/**
 * The value stored in IndexedDB: every string of the index and the memberships in one text
 * (separated by U+0000, which no field holds), every count, posting and position in one
 * Int32Array, and a checksum of both. Reading it is one split and a few loops: no JSON, no
 * per-row schema, no folding, no sort (at 50,000 people the rows' JSON and zod took about 0.3 s
 * and building the index 0.7 s of a cold start).
 *
 * A string read back is an object the start must create and, later, collect: what can be a number
 * is one. A kind is its place in the list of kinds; a membership's holder is the place of the
 * person it names (or whose household it names). And the text holds each string once: a field is
 * the place of its value in the text, so a household id shared by three people, a first name
 * shared by a thousand, a season, an e-mail that is also its own search token, are one string
 * each (at 50,000 people of the demo, 0.29 million strings instead of 0.52). The three token
 * tables come first, each a run of the text, since a table reads its tokens as one list.
 */
export interface StoredSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  signature: string;
  writtenAt: string;
  text: string;
  numbers: Int32Array;
  checksum: number;
}

/** The snapshot's signature for the schema versions of the collections it copies. */
export function snapshotSignature(versions: {
  people: number;
  households: number;
  memberships: number;
}): string {
  return `f${SNAPSHOT_FORMAT}-p${versions.people}-h${versions.households}-m${versions.memberships}`;
}

const storedSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    signature: z.string().min(1).max(100),
    writtenAt: z.iso.datetime(),
    text: z.string(),
    numbers: z.instanceof(Int32Array),
    checksum: z.number().int(),
  })
  .strict();

const SEPARATOR = '\u0000';
const MAX_FORMER_NUMBERS = 20;

/** FNV-1a over the text's code units and the numbers: a value cut or altered on disk says so. */
function checksumOf(text: string, numbers: Int32Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  for (let i = 0; i < numbers.length; i++) hash = Math.imul(hash ^ (numbers[i] as number), 0x01000193);
  return hash | 0;
}

/** Only the snapshot's fields of a person (a full document carries its address, notes…). */
export function directoryPerson(person: DirectoryPerson): DirectoryPerson {
  const { id, kind, firstName, lastName, memberNumber, formerMemberNumbers, email, householdId } = person;
  return { id, kind, firstName, lastName, memberNumber, formerMemberNumbers, email, householdId };
}

/** Do `a` and `b` give the same directory fields (what the index holds of a person)? */
export function sameDirectoryPerson(a: DirectoryPerson, b: DirectoryPerson): boolean {
  const former = a.formerMemberNumbers ?? [];
  const other = b.formerMemberNumbers ?? [];
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.firstName === b.firstName &&
    a.lastName === b.lastName &&
    a.memberNumber === b.memberNumber &&
    a.email === b.email &&
    a.householdId === b.householdId &&
    former.length === other.length &&
    former.every((number, i) => number === other[i])
  );
}

export function directoryMembership(membership: DirectoryMembership): DirectoryMembership {
  const { id, holderKind, holderId, seasonId, cancelledOn } = membership;
  return { id, holderKind, holderId, seasonId, cancelledOn };
}

/** The value stored in IndexedDB (see `StoredSnapshot`). Throws if a string holds U+0000. */
export function encodeSnapshot(content: SnapshotContent, signature: string, now: Date): StoredSnapshot {
  const { index, memberships } = content;
  const strings: string[] = [];
  const placeOf = new Map<string, number>();
  /** The place of `value` in the text, written there the first time it is met. */
  const ref = (value: string) => {
    let place = placeOf.get(value);
    if (place === undefined) {
      place = strings.length;
      strings.push(value);
      placeOf.set(value, place);
    }
    return place;
  };
  // The count of strings first (a text of one empty string and a text of none are both '').
  const numbers: number[] = [0, index.people.length, memberships.length];
  const push = (values: readonly number[]) => {
    for (const value of values) numbers.push(value);
  };
  // The three tables first, each a run of the text: a person's tokens are then places in them.
  const tables = [index.tables.email, index.tables.name, index.tables.number];
  const positions = tables.map((table) => new Map(table.tokens.map((token, at) => [token, at])));
  const [emailAt, nameAt, numberAt] = positions as [
    Map<string, number>,
    Map<string, number>,
    Map<string, number>,
  ];
  const at = (table: Map<string, number>, token: string) => {
    const position = table.get(token);
    if (position === undefined) throw new Error('search snapshot: a token missing from its table');
    return position;
  };
  for (const table of tables) {
    numbers.push(table.tokens.length, table.slots.length);
    for (const token of table.tokens) {
      // A token also in an earlier table is written again (a table's run has no gap); fields
      // that hold it name its first place.
      if (!placeOf.has(token)) placeOf.set(token, strings.length);
      strings.push(token);
    }
    for (const offset of table.offsets) numbers.push(offset);
    for (const slot of table.slots) numbers.push(slot);
  }
  const kindAt = (kind: string, kinds: readonly string[]) => {
    const position = kinds.indexOf(kind);
    if (position < 0) throw new Error(`search snapshot: unknown kind « ${kind.slice(0, 20)} »`);
    return position;
  };
  // A membership's holder is named by the place of a person: the person, or one of the household's.
  const personAt = new Map<string, number>();
  const householdAt = new Map<string, number>();
  index.people.forEach((person, i) => {
    personAt.set(person.id, i);
    if (person.householdId !== '' && !householdAt.has(person.householdId))
      householdAt.set(person.householdId, i);
    const former = person.formerMemberNumbers ?? [];
    const names = index.names[i] ?? [];
    const tokens = index.numbers[i] ?? [];
    const email = index.emails[i] ?? '';
    numbers.push(
      kindAt(person.kind, PERSON_KINDS),
      ref(person.id),
      ref(person.firstName),
      ref(person.lastName),
      ref(person.memberNumber),
      ref(person.email),
      ref(person.householdId),
      former.length,
    );
    for (const number of former) numbers.push(ref(number));
    numbers.push(email === '' ? -1 : at(emailAt, email), names.length, tokens.length);
    for (const token of names) numbers.push(at(nameAt, token));
    for (const token of tokens) numbers.push(at(numberAt, token));
  });
  push(index.order);
  for (const membership of memberships) {
    const holders = membership.holderKind === 'household' ? householdAt : personAt;
    const holder = holders.get(membership.holderId) ?? -1;
    numbers.push(kindAt(membership.holderKind, HOLDER_KINDS), holder);
    // A holder this device holds no record of (not pulled yet, erased): named in full.
    if (holder < 0) numbers.push(ref(membership.holderId));
    numbers.push(ref(membership.id), ref(membership.seasonId), ref(membership.cancelledOn));
  }
  numbers[0] = strings.length;
  if (strings.some((value) => value.includes(SEPARATOR)))
    throw new Error('search snapshot: a field holds U+0000');
  const text = strings.join(SEPARATOR);
  const packed = Int32Array.from(numbers);
  return {
    format: SNAPSHOT_FORMAT,
    signature,
    writtenAt: now.toISOString(),
    text,
    numbers: packed,
    checksum: checksumOf(text, packed),
  };
}

export type DecodedSnapshot =
  | { kind: 'ok'; snapshot: SearchSnapshot }
  | { kind: 'missing' }
  /** Made under another format or schema version: its fields may not mean the same. */
  | { kind: 'stale'; signature: string }
  | { kind: 'corrupt'; reason: string };

/** Reads `numbers` in order from `at`, and `strings` by place (or, for the token tables, in runs). */
class Reader {
  private textAt = 0;
  constructor(
    private readonly numbers: Int32Array,
    private readonly strings: readonly string[],
    public at = 0,
  ) {}

  count(max: number, min = 0): number {
    const value = this.numbers[this.at++];
    if (value === undefined || value < min || value > max) throw new Error('a count out of range');
    return value;
  }

  /** The value of `values` at the next number, read as a place in them (a kind). */
  pick<T>(values: readonly T[]): T {
    return values[this.count(values.length - 1)] as T;
  }

  /** The next run of `count` strings (a token table's). */
  stringList(count: number): string[] {
    if (this.textAt + count > this.strings.length) throw new Error('fewer strings than counted');
    const taken = this.strings.slice(this.textAt, this.textAt + count);
    this.textAt += count;
    return taken;
  }

  /** The string at the place the next number gives, of a length within bounds. */
  string(max: number, min = 0): string {
    const value = this.strings[this.count(this.strings.length - 1)] as string;
    if (value.length > max || value.length < min) throw new Error('a field of the wrong length');
    return value;
  }

  numberList(count: number): number[] {
    if (this.at + count > this.numbers.length) throw new Error('fewer numbers than counted');
    // A loop: `Array.from` of a subarray costs about a microsecond each, for 100,000 lists.
    const taken = new Array<number>(count);
    for (let i = 0; i < count; i++) taken[i] = this.numbers[this.at + i] as number;
    this.at += count;
    return taken;
  }

  /** The next `count` numbers in place (a subarray, no copy). */
  view(count: number): Int32Array {
    if (this.at + count > this.numbers.length) throw new Error('fewer numbers than counted');
    const taken = this.numbers.subarray(this.at, this.at + count);
    this.at += count;
    return taken;
  }

  /** Every number was read: nothing left over (a value longer than its counts is not ours). */
  end(): void {
    if (this.at !== this.numbers.length) throw new Error('more data than counted');
  }
}

/**
 * The one empty list every person without former numbers (or number tokens) shares: at 50,000
 * people, as many arrays fewer for a start to create and collect. Frozen: nothing adds to a
 * restored list (the index replaces a person's lists, it does not grow them).
 */
const NONE = Object.freeze([]) as unknown as string[];

/** A person's record: kind, then these places, then the former numbers' count (`readPerson`). */
const ID_AT = 1;
const HOUSEHOLD_AT = 6;

interface Tables {
  email: TokenTableState;
  name: TokenTableState;
  number: TokenTableState;
}

function tokenAt(table: TokenTableState, position: number): string {
  const value = table.tokens[position];
  if (value === undefined) throw new Error('a token position out of range');
  return value;
}

/**
 * Reads the person whose record starts at the reader's place, every field checked as the
 * collections' schemas would (lengths, kinds, places in range). With `make`, returns them as the
 * index holds them; without, only checks them and creates nothing (a start checks every person
 * but makes only those a search or a change reaches: `PeopleSearchIndex.restoreRows`).
 */
function readPerson(read: Reader, tables: Tables, make: boolean): RestoredRow<DirectoryPerson> | undefined {
  const kind = read.pick(PERSON_KINDS);
  const id = read.string(DOCUMENT_ID_MAX_LENGTH, 1);
  const firstName = read.string(80);
  const lastName = read.string(120);
  const memberNumber = read.string(MEMBER_NUMBER_MAX_LENGTH);
  const mail = read.string(254);
  const householdId = read.string(DOCUMENT_ID_MAX_LENGTH);
  const formerCount = read.count(MAX_FORMER_NUMBERS);
  const formerMemberNumbers = formerCount === 0 || !make ? NONE : new Array<string>(formerCount);
  for (let k = 0; k < formerCount; k++) {
    const number = read.string(MEMBER_NUMBER_MAX_LENGTH);
    if (make) formerMemberNumbers[k] = number;
  }
  const emailAt = read.count(10 * SNAPSHOT_MAX_ROWS, -1);
  const email = emailAt < 0 ? '' : tokenAt(tables.email, emailAt);
  const nameCount = read.count(200);
  const numberCount = read.count(200);
  const names = make ? new Array<string>(nameCount) : NONE;
  for (let k = 0; k < nameCount; k++) {
    const token = tokenAt(tables.name, read.count(10 * SNAPSHOT_MAX_ROWS));
    if (make) names[k] = token;
  }
  const numbers = numberCount === 0 || !make ? NONE : new Array<string>(numberCount);
  for (let k = 0; k < numberCount; k++) {
    const token = tokenAt(tables.number, read.count(10 * SNAPSHOT_MAX_ROWS));
    if (make) numbers[k] = token;
  }
  if (!make) return undefined;
  const person = {
    id,
    kind,
    firstName,
    lastName,
    memberNumber,
    formerMemberNumbers,
    email: mail,
    householdId,
  } as DirectoryPerson;
  return { person, names, numbers, email };
}

function readContent(stored: StoredSnapshot): {
  index: PeopleSearchIndex<DirectoryPerson>;
  memberships: Iterable<DirectoryMembership>;
} {
  const stringCount = stored.numbers[0] ?? 0;
  const strings = stringCount === 0 ? [] : stored.text.split(SEPARATOR);
  if (strings.length !== stringCount) throw new Error('a text of another count of strings');
  const numbers = stored.numbers;
  const read = new Reader(numbers, strings);
  read.count(SNAPSHOT_MAX_STRINGS);
  const peopleCount = read.count(SNAPSHOT_MAX_ROWS);
  const membershipCount = read.count(SNAPSHOT_MAX_ROWS);
  const [email, name, number] = [0, 1, 2].map((): TokenTableState => {
    const tokenCount = read.count(10 * SNAPSHOT_MAX_ROWS);
    const slotCount = read.count(100 * SNAPSHOT_MAX_ROWS);
    const tokens = read.stringList(tokenCount);
    // Views of the stored numbers, not copies: the table reads them in place (checked by restore).
    const offsets = read.view(tokenCount + 1);
    const slots = read.view(slotCount);
    return { tokens, offsets, slots };
  }) as unknown as [TokenTableState, TokenTableState, TokenTableState];
  const tables: Tables = { email, name, number };
  // Every person checked, none made: where each record starts is all a start keeps of them. Two
  // people of one id would name one place (each string is written once).
  const starts = new Int32Array(peopleCount);
  const idTaken = new Uint8Array(stringCount);
  for (let i = 0; i < peopleCount; i++) {
    starts[i] = read.at;
    const idPlace = numbers[read.at + ID_AT] as number;
    readPerson(read, tables, false);
    if (idTaken[idPlace]) throw new Error('an id twice');
    idTaken[idPlace] = 1;
  }
  const fieldOf = (person: number, field: number) =>
    strings[numbers[(starts[person] as number) + field] as number] as string;
  const order = read.numberList(peopleCount);
  const readMembership = (from: Reader, make: boolean): DirectoryMembership | undefined => {
    const holderKind = from.pick(HOLDER_KINDS);
    const holder = from.count(peopleCount - 1, -1);
    let holderId: string;
    if (holder < 0) holderId = from.string(DOCUMENT_ID_MAX_LENGTH, 1);
    else {
      holderId = fieldOf(holder, holderKind === 'household' ? HOUSEHOLD_AT : ID_AT);
      if (holderId === '') throw new Error('a household holder with no household');
    }
    const id = from.string(DOCUMENT_ID_MAX_LENGTH, 1);
    const seasonId = from.string(DOCUMENT_ID_MAX_LENGTH, 1);
    const cancelledOn = from.string(10);
    if (cancelledOn !== '' && cancelledOn.length !== 10)
      throw new Error('a cancellation date of the wrong length');
    return make ? ({ id, holderKind, holderId, seasonId, cancelledOn } as DirectoryMembership) : undefined;
  };
  // Every membership checked, none made: the statuses make them when first read.
  const membershipsAt = read.at;
  for (let i = 0; i < membershipCount; i++) readMembership(read, false);
  read.end();
  const index = PeopleSearchIndex.restoreRows<DirectoryPerson>(
    {
      count: peopleCount,
      id: (slot) => fieldOf(slot, ID_AT),
      // Checked above: reading a person again cannot fail.
      row: (slot) =>
        readPerson(new Reader(numbers, strings, starts[slot]), tables, true) as RestoredRow<DirectoryPerson>,
    },
    // No sort keys: the index derives them from the names when it needs them (format 5).
    tables,
    order,
  );
  const memberships: Iterable<DirectoryMembership> = {
    *[Symbol.iterator]() {
      const again = new Reader(numbers, strings, membershipsAt);
      // Checked above: reading a membership again cannot fail.
      for (let i = 0; i < membershipCount; i++) yield readMembership(again, true) as DirectoryMembership;
    },
  };
  return { index, memberships };
}

/** Reads a stored snapshot; never throws: anything unusable says why. */
export function decodeSnapshot(stored: unknown, expectedSignature: string): DecodedSnapshot {
  if (stored === undefined || stored === null) return { kind: 'missing' };
  // Format 1 was a JSON text of rows: written by an earlier version, rebuilt.
  if (typeof stored === 'string') return { kind: 'stale', signature: 'f1' };
  const header = z.object({ format: z.number(), signature: z.string() }).safeParse(stored);
  if (
    header.success &&
    (header.data.format !== SNAPSHOT_FORMAT || header.data.signature !== expectedSignature)
  ) {
    return { kind: 'stale', signature: header.data.signature };
  }
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success) return { kind: 'corrupt', reason: z.prettifyError(parsed.error).slice(0, 500) };
  const value = parsed.data;
  if (checksumOf(value.text, value.numbers) !== value.checksum)
    return { kind: 'corrupt', reason: 'checksum mismatch' };
  try {
    const { index, memberships } = readContent(value);
    return {
      kind: 'ok',
      snapshot: { signature: value.signature, writtenAt: value.writtenAt, index, memberships },
    };
  } catch (error) {
    return { kind: 'corrupt', reason: (error as Error).message };
  }
}
