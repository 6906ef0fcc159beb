import type { AttendanceDocument } from '@shared/events/attendance';
import type { VoterRule } from '@shared/events/event';
import { mayVote } from '@shared/events/quorum';
import type { PersonDocument } from '@shared/members/person';
import type { MembershipStatus } from '@shared/members/status';
import { sortSheetRows } from '@shared/pdf/attendance-sheet';
import { PeopleSearchIndex } from '@shared/search/people-index';

/**
 * The roll of an event: the people its attendance sheet lists, in the sheet's order and with
 * its line numbers, so the secretary ticking presence from the paper types the number she reads.
 * An event lists whoever is registered or came; a general assembly also lists every voter.
 */

export type RollPerson = Pick<
  PersonDocument,
  'id' | 'firstName' | 'lastName' | 'memberNumber' | 'email' | 'formerMemberNumbers'
>;

/**
 * Where a roll finds its people: a `Map` of documents, or the directory's search index, which is
 * all a door device holds of them (renderer/data/directory.ts).
 */
export type RollPeople<P extends RollPerson> = Pick<ReadonlyMap<string, P>, 'get' | 'values'>;

export interface RollEntry<P extends RollPerson = RollPerson> {
  person: P;
  /** `undefined` for a voter with no attendance record yet. */
  record: AttendanceDocument | undefined;
  /** At the event's date. */
  status: MembershipStatus;
  /** May vote (a general assembly only; `false` elsewhere). */
  voter: boolean;
  /** The line on the printed sheet, from 1. */
  line: number;
}

export function eventRoll<P extends RollPerson>(input: {
  people: RollPeople<P>;
  attendance: readonly AttendanceDocument[];
  statusOf: (person: P) => MembershipStatus;
  /** For a general assembly: who may vote. */
  voters?: VoterRule;
  locale?: string;
}): RollEntry<P>[] {
  const { people, attendance, statusOf, voters } = input;
  const records = new Map(attendance.map((record) => [record.personId, record]));
  const listed = new Map<string, Omit<RollEntry<P>, 'line'>>();
  const add = (person: P) => {
    const status = statusOf(person);
    const voter = voters !== undefined && mayVote(voters, status);
    listed.set(person.id, { person, record: records.get(person.id), status, voter });
  };
  for (const record of attendance) {
    const person = people.get(record.personId);
    // Someone this device does not hold (merged away, not synced yet): nothing to print.
    if (person) add(person);
  }
  if (voters !== undefined) {
    for (const person of people.values()) {
      if (!listed.has(person.id) && mayVote(voters, statusOf(person))) add(person);
    }
  }
  const sorted = sortSheetRows(
    [...listed.values()].map((entry) => ({
      entry,
      personId: entry.person.id,
      lastName: entry.person.lastName,
      firstName: entry.person.firstName,
    })),
    input.locale,
  );
  return sorted.map(({ entry }, index) => ({ ...entry, line: index + 1 }));
}

/**
 * Who on the roll answers `query`: a bare number is first the sheet's line, then a member
 * number; anything else goes through the door's people search (accents, case, word order,
 * member numbers). Best first, at most `limit`.
 */
export function searchRoll<P extends RollPerson>(
  roll: readonly RollEntry<P>[],
  index: PeopleSearchIndex<P>,
  query: string,
  limit = 8,
): RollEntry<P>[] {
  const text = query.trim();
  if (text === '') return [];
  const byId = new Map(roll.map((entry) => [entry.person.id, entry]));
  const found: RollEntry<P>[] = [];
  if (/^\d+$/.test(text)) {
    const line = roll[Number(text) - 1];
    if (line) found.push(line);
  }
  for (const hit of index.search(text, { limit: limit + 1 })) {
    const entry = byId.get(hit.person.id);
    if (entry && !found.includes(entry)) found.push(entry);
  }
  return found.slice(0, limit);
}

/** The search index of the roll's people (rebuilt when the roll changes: a few thousand at most). */
export function rollIndex<P extends RollPerson>(roll: readonly RollEntry<P>[]): PeopleSearchIndex<P> {
  return PeopleSearchIndex.from(roll.map((entry) => entry.person));
}
