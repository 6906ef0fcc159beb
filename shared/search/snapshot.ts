import { z } from 'zod';
import { DOCUMENT_ID_MAX_LENGTH } from '@shared/ids';
import { MEMBER_NUMBER_MAX_LENGTH } from '@shared/members/member-number';
import type { MembershipDocument } from '@shared/members/membership';
import { HOLDER_KINDS } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { PERSON_KINDS } from '@shared/members/person';

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

/** Bumped when the snapshot's own layout changes. */
export const SNAPSHOT_FORMAT = 1;
/** 50,000 people fit with room to spare; a record beyond this is not ours. */
export const SNAPSHOT_MAX_ROWS = 500_000;

export interface SnapshotContent {
  people: readonly DirectoryPerson[];
  memberships: readonly DirectoryMembership[];
}

export interface SearchSnapshot extends SnapshotContent {
  /** The schema the snapshot was made under (`snapshotSignature`). */
  signature: string;
  writtenAt: string;
}

/** The snapshot's signature for the schema versions of the collections it copies. */
export function snapshotSignature(versions: {
  people: number;
  households: number;
  memberships: number;
}): string {
  return `f${SNAPSHOT_FORMAT}-p${versions.people}-h${versions.households}-m${versions.memberships}`;
}

const column = <T extends z.ZodType>(cell: T) => z.array(cell).max(SNAPSHOT_MAX_ROWS);
const id = z.string().min(1).max(DOCUMENT_ID_MAX_LENGTH);
const optionalId = z.string().max(DOCUMENT_ID_MAX_LENGTH);

const encodedSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    signature: z.string().min(1).max(100),
    writtenAt: z.iso.datetime(),
    people: z
      .object({
        id: column(id),
        kind: column(z.enum(PERSON_KINDS)),
        firstName: column(z.string().max(80)),
        lastName: column(z.string().max(120)),
        memberNumber: column(z.string().max(MEMBER_NUMBER_MAX_LENGTH)),
        formerMemberNumbers: column(z.array(z.string().max(MEMBER_NUMBER_MAX_LENGTH)).max(20)),
        email: column(z.string().max(254)),
        householdId: column(optionalId),
      })
      .strict(),
    memberships: z
      .object({
        id: column(id),
        holderKind: column(z.enum(HOLDER_KINDS)),
        holderId: column(id),
        seasonId: column(id),
        cancelledOn: column(z.string().max(10)),
      })
      .strict(),
  })
  .strict()
  .refine((value) => sameLengths(value.people) && sameLengths(value.memberships), {
    error: 'columns of unequal length',
  });
type Encoded = z.output<typeof encodedSchema>;

function sameLengths(columns: Record<string, readonly unknown[]>): boolean {
  const lengths = new Set(Object.values(columns).map((cells) => cells.length));
  return lengths.size <= 1;
}

function columns<R extends object, K extends keyof R>(rows: readonly R[], keys: readonly K[]) {
  const result = Object.fromEntries(keys.map((key) => [key, new Array<unknown>(rows.length)])) as {
    [P in K]: R[P][];
  };
  rows.forEach((row, i) => {
    for (const key of keys) result[key][i] = row[key];
  });
  return result;
}

const PERSON_KEYS = [
  'id',
  'kind',
  'firstName',
  'lastName',
  'memberNumber',
  'formerMemberNumbers',
  'email',
  'householdId',
] as const satisfies readonly (keyof DirectoryPerson)[];
const MEMBERSHIP_KEYS = [
  'id',
  'holderKind',
  'holderId',
  'seasonId',
  'cancelledOn',
] as const satisfies readonly (keyof DirectoryMembership)[];

/** Only the snapshot's fields of a person (a full document carries its address, notes…). */
export function directoryPerson(person: DirectoryPerson): DirectoryPerson {
  const { id, kind, firstName, lastName, memberNumber, formerMemberNumbers, email, householdId } = person;
  return { id, kind, firstName, lastName, memberNumber, formerMemberNumbers, email, householdId };
}

export function directoryMembership(membership: DirectoryMembership): DirectoryMembership {
  const { id, holderKind, holderId, seasonId, cancelledOn } = membership;
  return { id, holderKind, holderId, seasonId, cancelledOn };
}

/** The text stored in IndexedDB. */
export function encodeSnapshot(content: SnapshotContent, signature: string, now: Date): string {
  const encoded: Encoded = {
    format: SNAPSHOT_FORMAT,
    signature,
    writtenAt: now.toISOString(),
    people: columns(content.people, PERSON_KEYS),
    memberships: columns(content.memberships, MEMBERSHIP_KEYS),
  };
  return JSON.stringify(encoded);
}

export type DecodedSnapshot =
  | { kind: 'ok'; snapshot: SearchSnapshot }
  | { kind: 'missing' }
  /** Made under another format or schema version: its fields may not mean the same. */
  | { kind: 'stale'; signature: string }
  | { kind: 'corrupt'; reason: string };

function rows<R>(cols: Record<string, readonly unknown[]>, keys: readonly string[]): R[] {
  const length = cols[keys[0] as string]?.length ?? 0;
  const result = new Array<R>(length);
  for (let i = 0; i < length; i++) {
    const row: Record<string, unknown> = {};
    for (const key of keys) row[key] = (cols[key] as readonly unknown[])[i];
    result[i] = row as R;
  }
  return result;
}

/** Reads a stored snapshot; never throws: anything unusable says why. */
export function decodeSnapshot(stored: unknown, expectedSignature: string): DecodedSnapshot {
  if (stored === undefined || stored === null) return { kind: 'missing' };
  if (typeof stored !== 'string') return { kind: 'corrupt', reason: `not text but ${typeof stored}` };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch (error) {
    return { kind: 'corrupt', reason: `bad JSON: ${(error as Error).message}` };
  }
  const header = z.object({ format: z.number(), signature: z.string() }).safeParse(json);
  if (
    header.success &&
    (header.data.format !== SNAPSHOT_FORMAT || header.data.signature !== expectedSignature)
  ) {
    return { kind: 'stale', signature: header.data.signature };
  }
  const parsed = encodedSchema.safeParse(json);
  if (!parsed.success) return { kind: 'corrupt', reason: z.prettifyError(parsed.error).slice(0, 500) };
  const { signature, writtenAt, people, memberships } = parsed.data;
  return {
    kind: 'ok',
    snapshot: {
      signature,
      writtenAt,
      people: rows<DirectoryPerson>(people, PERSON_KEYS),
      memberships: rows<DirectoryMembership>(memberships, MEMBERSHIP_KEYS),
    },
  };
}
