import { z } from 'zod';
import type { DirectoryMembership, DirectoryPerson, StoredSnapshot } from '@shared/search/snapshot';
import {
  directoryMembership,
  encodeSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_MAX_ROWS,
  snapshotSignature,
} from '@shared/search/snapshot';
import type { PeopleSearchIndex } from '@shared/search/people-index';
import { collectionSpecs } from '@shared/schema/collections';
import type { AttendanceDocument } from '@shared/events/attendance';
import { checkPulledDocument } from '@shared/sync/pulled-document';

/**
 * The directory seed (issue 19): what a new door device searches before it has pulled a single
 * person. The server builds, from the people and memberships this device may read (projected as
 * its pulls are: `shared/sync/read-scope.ts`), the very search snapshot the app keeps between
 * starts (`shared/search/snapshot.ts`), and sends it in one answer. The device restores the
 * door's index from it as it does at every start; the replication then fills the collections
 * behind it. It is a cache like the snapshot, never the truth: each person pulled replaces its
 * copy, and once the first sync has ended the collections are read and the index brought in line.
 */

/** The signature of today's schema: a snapshot (or seed) made under another is not read. */
export const CURRENT_SNAPSHOT_SIGNATURE = snapshotSignature({
  people: collectionSpecs.people.version,
  households: collectionSpecs.households.version,
  memberships: collectionSpecs.memberships.version,
});

/** Check-ins and registrations a seed carries at most (a few large events around today). */
export const SEED_ATTENDANCE_MAX = 20_000;

/** The days a seed's attendance covers on either side of the server's today (time zones, midnight). */
const SEED_DAYS_AROUND = 1;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Whether a seed carries the attendance of `event`: open (neither cancelled nor closed) and held
 * around today (the entrance offers the events of the device's today, which may be the server's
 * yesterday or tomorrow). A closed event's attendance is its sheet, which a door does not need.
 */
export function seedsAttendanceOf(
  event: { startsOn?: unknown; endsOn?: unknown; cancelledOn?: unknown; closedOn?: unknown },
  now: Date,
): boolean {
  const day = 24 * 60 * 60 * 1000;
  const from = isoDay(new Date(now.getTime() - SEED_DAYS_AROUND * day));
  const to = isoDay(new Date(now.getTime() + SEED_DAYS_AROUND * day));
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const startsOn = text(event.startsOn);
  const endsOn = text(event.endsOn) || startsOn;
  return (
    text(event.cancelledOn) === '' &&
    text(event.closedOn) === '' &&
    startsOn !== '' &&
    startsOn <= to &&
    endsOn >= from
  );
}

/** The path of the seed under the sync API's prefix. */
export const DIRECTORY_SEED_PATH = '/sync/directory-seed';

/** The snapshot of an index already built (the server builds it in slices) and `memberships`. */
export function seedFromIndex(
  index: PeopleSearchIndex<DirectoryPerson>,
  memberships: Iterable<DirectoryMembership>,
  signature: string,
  now: Date,
): StoredSnapshot {
  return encodeSnapshot(
    { index: index.exportState(), memberships: [...memberships].map(directoryMembership) },
    signature,
    now,
  );
}

/**
 * The seed on the wire: the stored snapshot with its numbers as a JSON array (the answer is
 * compressed when the client accepts it). The snapshot's own decode checks the rest: its
 * signature, its checksum, and that its counts and places hold together.
 */
export const directorySeedResponseSchema = z.object({
  snapshot: z.object({
    format: z.literal(SNAPSHOT_FORMAT),
    signature: z.string().min(1).max(100),
    writtenAt: z.iso.datetime(),
    text: z.string(),
    // An array of at most so many, checked one by one as 32-bit integers when they are put back
    // into an Int32Array (`seedSnapshot`): not copied by zod (1.5 million at 50,000 people).
    numbers: z.custom<number[]>(
      (value) => Array.isArray(value) && value.length <= 40 * SNAPSHOT_MAX_ROWS,
      'a list of numbers',
    ),
    checksum: z.number().int(),
  }),
  /** How many people and memberships it holds: what the first sync's progress shows. */
  people: z.number().int().min(0),
  memberships: z.number().int().min(0),
  /**
   * The check-ins and registrations of the events around today (`seedsAttendanceOf`), as a pull
   * gives them: the entrance says « déjà entré » for someone let in at another door before this
   * device pulled a single check-in. Each is checked by the attendance schema on the device
   * (`checkPulledDocument`). Absent from an older server's seed, or beyond `SEED_ATTENDANCE_MAX`:
   * the entrance then says that the other doors' entries are still coming.
   */
  attendance: z.array(z.record(z.string(), z.unknown())).max(SEED_ATTENDANCE_MAX).optional(),
});
export type DirectorySeedResponse = z.infer<typeof directorySeedResponseSchema>;

export function directorySeedResponse(
  stored: StoredSnapshot,
  counts: { people: number; memberships: number },
): DirectorySeedResponse {
  return { snapshot: { ...stored, numbers: Array.from(stored.numbers) }, ...counts };
}

/**
 * The stored snapshot an answer carries. Throws when a number is not a 32-bit integer (it would
 * be silently changed by the Int32Array): the checksum could not tell.
 */
export function seedSnapshot(response: DirectorySeedResponse): StoredSnapshot {
  const { numbers } = response.snapshot;
  const packed = new Int32Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    const value = numbers[i];
    if (typeof value !== 'number' || (value | 0) !== value)
      throw new Error(`directory seed: ${String(value)} is not a 32-bit integer`);
    packed[i] = value;
  }
  return { ...response.snapshot, numbers: packed };
}

/**
 * The check-ins and registrations an answer carries, each checked as a pulled document is (a
 * record that does not fit, or a deleted one, is left to the pulls, which report it); `undefined`
 * when the server sent none (an older server, or more than a seed carries).
 */
export function seedAttendance(response: DirectorySeedResponse): AttendanceDocument[] | undefined {
  if (!response.attendance) return undefined;
  const records: AttendanceDocument[] = [];
  for (const raw of response.attendance) {
    const checked = checkPulledDocument(collectionSpecs.attendance, raw);
    if (!checked.ok || checked.document._deleted) continue;
    const { _deleted: _, ...record } = checked.document;
    records.push(record as unknown as AttendanceDocument);
  }
  return records;
}
