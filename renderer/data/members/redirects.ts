import { withoutMeta } from '@renderer/data/without-meta';
import { livePages } from '@renderer/data/read-pages';
import type { PersonDocument } from '@shared/members/person';
import type { RxCollection, RxDocument } from 'rxdb/plugins/core';
import type { Subscription } from 'rxjs';
import { donationChange } from '@shared/donations/donation-rules';
import type { AttendanceDocument } from '@shared/events/attendance';
import { attendanceDocumentSchema, attendanceId, mergeAttendance } from '@shared/events/attendance';
import { householdDocumentSchema } from '@shared/members/household';
import { membershipDocumentSchema } from '@shared/members/membership';
import { mergeRedirects } from '@shared/members/person';
import { donationDocumentSchema } from '@shared/donations/donation';
import type { WriteContext } from '@shared/schema/common';
import { editStamps } from '@shared/schema/stamps';
import type { TilleulDatabase } from '@renderer/data/database';
import type { PersonId } from '@shared/ids';

type Plain = Record<string, unknown>;

/** A collection this database may not open (a test client holds a few): then nothing to move in it. */
function collectionOf<T>(db: TilleulDatabase, name: string): RxCollection<T> | undefined {
  return (db.collections as unknown as Record<string, RxCollection<T> | undefined>)[name];
}

/** RxDB's own fields, which the strict schemas refuse. */
function plain<T>(doc: RxDocument<T>): Plain {
  const { _deleted, _meta, _rev, _attachments, ...fields } = doc.toJSON() as Plain;
  return fields;
}

/** Writes `changes` over the stored version, validated and stamped; a write refused (the guard) is left. */
async function repoint<T>(
  doc: RxDocument<T>,
  schema: { parse(input: unknown): unknown },
  context: WriteContext,
  changes: (stored: Plain) => Plain,
): Promise<boolean> {
  try {
    await doc.incrementalModify((data) => {
      const { _deleted, _meta, _rev, _attachments, ...stored } = data as Plain;
      const next = schema.parse({ ...stored, ...changes(stored), ...editStamps(context) }) as Plain;
      return { ...(data as Plain), ...next } as typeof data;
    });
    return true;
  } catch {
    return false;
  }
}

/** May the signed-in person make this write (the permission matrix)? */
export type MayWrite = (
  collection: string,
  operation: 'insert' | 'update' | 'delete',
  document: Plain,
) => boolean;

/** The collections whose documents point to people, and the fields that do. */
const POINTERS = {
  memberships: ['holderId'],
  households: ['payerId'],
  donations: ['donorId'],
  attendance: ['personId', 'proxyHolderId'],
} as const satisfies Record<string, readonly string[]>;
type Pointing = keyof typeof POINTERS;
const POINTING = Object.keys(POINTERS) as Pointing[];

/** Does this document point to a record a merge absorbed? */
function pointsInto(collection: Pointing, document: Plain, absorbed: ReadonlyMap<string, unknown>): boolean {
  return POINTERS[collection].some((field) => {
    const value = document[field];
    return typeof value === 'string' && absorbed.has(value);
  });
}

/** The documents of one collection to look at: those pointing to `ids` (absorbed records). */
async function pointingTo(
  db: TilleulDatabase,
  collection: Pointing,
  ids: string[],
): Promise<RxDocument<Plain>[]> {
  const found = collectionOf<Plain>(db, collection);
  if (!found || ids.length === 0) return [];
  const fields = POINTERS[collection];
  const selector =
    fields.length === 1
      ? { [fields[0]]: { $in: ids } }
      : { $or: fields.map((field) => ({ [field]: { $in: ids } })) };
  return found.find({ selector }).exec();
}

/**
 * Applies the redirects merges leave (`mergedIds` of the living people, shared/members/person.ts):
 * a membership, household, donation or attendance that still points to a merged record —
 * written offline on another device before the merge reached it — is moved to the survivor.
 * Run after a merge on this device (and by the sync, through `MergeFollower`, whenever it brings
 * documents), on office devices, by whichever device sees both first (two doing it write the
 * same values, which the sync merges). An attendance's id derives from the person: it moves to
 * the survivor's id and merges with the record already there. A donation on an issued receipt
 * keeps its donor (the receipt's donor is frozen): it is read as the survivor's through the same
 * redirect. Writes go through the write guard; one it refuses (nobody signed in) is left for the
 * next run. Returns how many moved.
 */
export async function applyMergeRedirects(
  db: TilleulDatabase,
  context: WriteContext,
  /**
   * May the signed-in person make this write (the permission matrix)? A write the guard would
   * refuse is not tried: each refusal would add a journal entry at every sync. All when absent.
   */
  may: MayWrite = () => true,
): Promise<number> {
  // Only the survivors of a merge hold redirects: read those, not every person.
  const survivors = await db.people.find({ selector: { 'mergedIds.0': { $exists: true } } }).exec();
  const redirects = mergeRedirects(survivors.map((doc) => withoutMeta<PersonDocument>(doc.toJSON())));
  if (redirects.size === 0) return 0;
  const absorbed = [...redirects.keys()];
  const found = await Promise.all(POINTING.map((collection) => pointingTo(db, collection, absorbed)));
  const candidates = new Map(POINTING.map((collection, i) => [collection, found[i] ?? []]));
  return (await moveToSurvivors(db, context, may, redirects, candidates)).moved;
}

/**
 * Moves `candidates` (documents pointing to absorbed records) to their survivors. Returns how many
 * moved, and the ids of those left where they are (a write refused, or not this person's to make;
 * a donation locked with its receipt), for a later run to try again.
 */
async function moveToSurvivors(
  db: TilleulDatabase,
  context: WriteContext,
  may: MayWrite,
  redirects: ReadonlyMap<string, PersonId>,
  candidates: ReadonlyMap<Pointing, readonly RxDocument<Plain>[]>,
): Promise<{ moved: number; left: Map<Pointing, string[]> }> {
  const target = <I extends string>(id: I): I | PersonId => redirects.get(id) ?? id;
  let moved = 0;
  const left = new Map<Pointing, string[]>(POINTING.map((collection) => [collection, []]));
  const leave = (collection: Pointing, doc: RxDocument<Plain>) => left.get(collection)?.push(doc.primary);
  const of = (collection: Pointing) => (candidates.get(collection) ?? []).filter((doc) => !doc.deleted);

  for (const doc of of('memberships')) {
    if (!pointsInto('memberships', plain(doc), redirects)) continue;
    if (doc.get('holderKind') !== 'person') continue;
    const ok =
      may('memberships', 'update', plain(doc)) &&
      (await repoint(doc, membershipDocumentSchema, context, (stored) => ({
        holderId: target(String(stored.holderId)),
      })));
    if (ok) moved += 1;
    else leave('memberships', doc);
  }

  for (const doc of of('households')) {
    if (!pointsInto('households', plain(doc), redirects)) continue;
    const ok =
      may('households', 'update', plain(doc)) &&
      (await repoint(doc, householdDocumentSchema, context, (stored) => ({
        payerId: target(String(stored.payerId)),
      })));
    if (ok) moved += 1;
    else leave('households', doc);
  }

  const receipts = collectionOf<Plain>(db, 'receipts');
  for (const doc of of('donations')) {
    const stored = plain(doc);
    if (!pointsInto('donations', stored, redirects)) continue;
    if (!may('donations', 'update', stored)) {
      leave('donations', doc);
      continue;
    }
    const receiptId = String(stored.receiptId ?? '');
    const receipt = receiptId ? (await receipts?.findOne(receiptId).exec())?.toJSON() : undefined;
    const next = { ...stored, donorId: target(String(stored.donorId)) };
    // Locked with its issued receipt: stays as it is, shown under the survivor (looked at again
    // later: a receipt cancelled frees it).
    if (!donationChange(stored, next, () => receipt as Plain | undefined).allowed) {
      leave('donations', doc);
      continue;
    }
    const ok = await repoint(doc, donationDocumentSchema, context, (current) => ({
      donorId: target(String(current.donorId)),
    }));
    if (ok) moved += 1;
    else leave('donations', doc);
  }

  const attendance = collectionOf<AttendanceDocument>(db, 'attendance');
  if (attendance) {
    for (const doc of of('attendance')) {
      if (!pointsInto('attendance', plain(doc), redirects)) continue;
      const record = attendanceDocumentSchema.parse(plain(doc));
      const movable =
        may('attendance', 'update', record) &&
        may('attendance', 'insert', record) &&
        may('attendance', 'delete', record);
      let ok: boolean;
      if (!movable) ok = false;
      else if (redirects.has(record.proxyHolderId) && !redirects.has(record.personId)) {
        ok = await repoint(doc, attendanceDocumentSchema, context, (stored) => ({
          proxyHolderId: target(String(stored.proxyHolderId)),
        }));
      } else {
        ok = await moveAttendance(
          attendance,
          doc as unknown as RxDocument<AttendanceDocument>,
          record,
          target,
          context,
        );
      }
      if (ok) moved += 1;
      else leave('attendance', doc);
    }
  }
  return { moved, left };
}

/**
 * The sync's way of following merges on an office device (`sync-engine.ts`): the same moves as
 * `applyMergeRedirects`, without reading the file again at each burst of pulls. On an up-to-date
 * office device at 50,000 people, each burst read every person (no index reaches `mergedIds`)
 * and, once the file held a merge, every membership, household and check-in (`$in` and `$or`
 * walk them all). Here the survivors are read once, a page at a time, then kept from the people's
 * change stream; a run asks the database only for what points to records newly absorbed, and
 * looks at the documents written since the last run that point to an absorbed record, plus those
 * a run had to leave (a write refused): nothing else.
 */
export class MergeFollower {
  /** Survivors: person id → the ids it absorbed (living people with `mergedIds`). */
  private readonly survivors = new Map<string, readonly string[]>();
  private redirects: ReadonlyMap<string, PersonId> = new Map();
  private redirectsStale = true;
  /** Absorbed id → its survivor, as the last run moved them: what changed since needs a query. */
  private followed: ReadonlyMap<string, PersonId> = new Map();
  /** Documents written since the last run, or left by it, that may point to an absorbed record. */
  private readonly toLook = new Map<Pointing, Set<string>>(
    POINTING.map((collection) => [collection, new Set()]),
  );
  private subscriptions: Subscription[] = [];
  private started: Promise<void> | undefined;

  constructor(
    private readonly db: TilleulDatabase,
    /** People read per page the first time (the thread is given back between pages). */
    private readonly pageSize = 500,
  ) {}

  /** Follows the merges: moves what points to an absorbed record. Returns how many moved. */
  async run(context: WriteContext, may: MayWrite = () => true): Promise<number> {
    this.started ??= this.start();
    await this.started;
    const redirects = this.currentRedirects();
    const freshIds = [...redirects]
      .filter(([absorbed, survivor]) => this.followed.get(absorbed) !== survivor)
      .map(([absorbed]) => absorbed);
    // What was written (or left) until now; what is written from here on waits for the next run.
    const waiting = new Map(
      POINTING.map((collection) => [collection, [...(this.toLook.get(collection) ?? [])]]),
    );
    for (const collection of POINTING) this.toLook.set(collection, new Set());
    try {
      const candidates = new Map<Pointing, RxDocument<Plain>[]>();
      for (const collection of POINTING) {
        const byQuery = await pointingTo(this.db, collection, freshIds);
        const ids = waiting.get(collection) ?? [];
        const found = collectionOf<Plain>(this.db, collection);
        const written = found && ids.length > 0 ? [...(await found.findByIds(ids).exec()).values()] : [];
        const seen = new Set(byQuery.map((doc) => doc.primary));
        candidates.set(collection, [...byQuery, ...written.filter((doc) => !seen.has(doc.primary))]);
      }
      const { moved, left } =
        redirects.size === 0
          ? { moved: 0, left: new Map<Pointing, string[]>() }
          : await moveToSurvivors(this.db, context, may, redirects, candidates);
      this.followed = redirects;
      for (const [collection, ids] of left) for (const id of ids) this.toLook.get(collection)?.add(id);
      return moved;
    } catch (error) {
      // Nothing forgotten: what this run was to look at is looked at again by the next.
      for (const [collection, ids] of waiting) for (const id of ids) this.toLook.get(collection)?.add(id);
      throw error;
    }
  }

  /** Stops following the change streams. */
  close(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.subscriptions = [];
  }

  private currentRedirects(): ReadonlyMap<string, PersonId> {
    if (this.redirectsStale) {
      this.redirects = mergeRedirects(
        [...this.survivors].map(([id, mergedIds]) => ({ id: id as PersonId, mergedIds })),
      );
      this.redirectsStale = false;
    }
    return this.redirects;
  }

  private async start(): Promise<void> {
    // Subscribed first: a change made while the people are read is not missed (the change is
    // newer than what the read gives, and wins below).
    const changedMeanwhile = new Set<string>();
    let reading = true;
    this.subscriptions.push(
      this.db.people.$.subscribe((change) => {
        if (reading) changedMeanwhile.add(change.documentId);
        const mergedIds = (change.documentData as Partial<PersonDocument> | undefined)?.mergedIds ?? [];
        this.setSurvivor(change.documentId, change.operation === 'DELETE' ? [] : mergedIds);
      }),
    );
    for (const collection of POINTING) {
      const found = collectionOf<Plain>(this.db, collection);
      if (!found) continue;
      this.subscriptions.push(
        found.$.subscribe((change) => {
          if (change.operation === 'DELETE') return;
          // Pointing to a record absorbed now, or to one a merge not yet followed absorbs (the
          // query for those ids finds it anyway).
          if (pointsInto(collection, change.documentData as Plain, this.currentRedirects()))
            this.toLook.get(collection)?.add(change.documentId);
        }),
      );
    }
    for await (const page of livePages(this.db.people, this.pageSize)) {
      for (const person of page) {
        if (!changedMeanwhile.has(person.id)) this.setSurvivor(person.id, person.mergedIds);
      }
    }
    reading = false;
  }

  private setSurvivor(id: string, mergedIds: readonly string[]): void {
    const had = this.survivors.has(id);
    if (mergedIds.length > 0) this.survivors.set(id, [...mergedIds]);
    else this.survivors.delete(id);
    if (had || mergedIds.length > 0) this.redirectsStale = true;
  }
}

/** The check-in of a merged record, at the survivor's id, merged with the record already there. */
async function moveAttendance(
  attendance: RxCollection<AttendanceDocument>,
  doc: RxDocument<AttendanceDocument>,
  record: AttendanceDocument,
  target: <I extends string>(id: I) => I | PersonId,
  context: WriteContext,
): Promise<boolean> {
  const personId = target(record.personId);
  const proxyHolderId = target(record.proxyHolderId);
  const movedRecord: AttendanceDocument = {
    ...record,
    id: attendanceId(record.eventId, personId),
    personId,
    proxyHolderId: proxyHolderId === personId ? '' : proxyHolderId,
  };
  try {
    const there = await attendance.findOne(movedRecord.id).exec();
    if (there) {
      const ok = await repoint(there, attendanceDocumentSchema, context, (stored) => {
        const kept = attendanceDocumentSchema.parse(stored);
        return mergeAttendance(kept, movedRecord) as unknown as Plain;
      });
      if (!ok) return false;
    } else {
      await attendance.insert(attendanceDocumentSchema.parse({ ...movedRecord, ...editStamps(context) }));
    }
    await doc.remove();
    return true;
  } catch {
    return false;
  }
}
