import { withoutMeta } from '@renderer/data/without-meta';
import type { PersonDocument } from '@shared/members/person';
import type { RxCollection, RxDocument } from 'rxdb/plugins/core';
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

/**
 * Applies the redirects merges leave (`mergedIds` of the living people, shared/members/person.ts):
 * a membership, household, donation or attendance that still points to a merged record —
 * written offline on another device before the merge reached it — is moved to the survivor.
 * Run after a merge and whenever the sync brings documents, on office devices, by whichever
 * device sees both first (two doing it write the same values, which the sync merges). An
 * attendance's id derives from the person: it moves to the survivor's id and merges with the
 * record already there. A donation on an issued receipt keeps its donor (the receipt's donor is
 * frozen): it is read as the survivor's through the same redirect. Writes go through the write
 * guard; one it refuses (nobody signed in) is left for the next run. Returns how many moved.
 */
export async function applyMergeRedirects(
  db: TilleulDatabase,
  context: WriteContext,
  /**
   * May the signed-in person make this write (the permission matrix)? A write the guard would
   * refuse is not tried: each refusal would add a journal entry at every sync. All when absent.
   */
  may: (collection: string, operation: 'insert' | 'update' | 'delete', document: Plain) => boolean = () =>
    true,
): Promise<number> {
  // Only the survivors of a merge hold redirects: read those, not every person (at 50,000 people,
  // reading them all after each burst of pulls held the page for seconds at a time).
  const survivors = await db.people.find({ selector: { 'mergedIds.0': { $exists: true } } }).exec();
  const redirects = mergeRedirects(survivors.map((doc) => withoutMeta<PersonDocument>(doc.toJSON())));
  if (redirects.size === 0) return 0;
  const absorbed = [...redirects.keys()];
  const target = <I extends string>(id: I): I | PersonId => redirects.get(id) ?? id;
  let moved = 0;

  const memberships = collectionOf<Plain>(db, 'memberships');
  for (const doc of (await memberships?.find({ selector: { holderId: { $in: absorbed } } }).exec()) ?? []) {
    if (doc.get('holderKind') !== 'person' || !may('memberships', 'update', plain(doc))) continue;
    const ok = await repoint(doc, membershipDocumentSchema, context, (stored) => ({
      holderId: target(String(stored.holderId)),
    }));
    if (ok) moved += 1;
  }

  const households = collectionOf<Plain>(db, 'households');
  for (const doc of (await households?.find({ selector: { payerId: { $in: absorbed } } }).exec()) ?? []) {
    if (!may('households', 'update', plain(doc))) continue;
    const ok = await repoint(doc, householdDocumentSchema, context, (stored) => ({
      payerId: target(String(stored.payerId)),
    }));
    if (ok) moved += 1;
  }

  const donations = collectionOf<Plain>(db, 'donations');
  const receipts = collectionOf<Plain>(db, 'receipts');
  for (const doc of (await donations?.find({ selector: { donorId: { $in: absorbed } } }).exec()) ?? []) {
    const stored = plain(doc);
    if (!may('donations', 'update', stored)) continue;
    const receiptId = String(stored.receiptId ?? '');
    const receipt = receiptId ? (await receipts?.findOne(receiptId).exec())?.toJSON() : undefined;
    const next = { ...stored, donorId: target(String(stored.donorId)) };
    // Locked with its issued receipt: stays as it is, shown under the survivor.
    if (!donationChange(stored, next, () => receipt as Plain | undefined).allowed) continue;
    const ok = await repoint(doc, donationDocumentSchema, context, (current) => ({
      donorId: target(String(current.donorId)),
    }));
    if (ok) moved += 1;
  }

  const attendance = collectionOf<AttendanceDocument>(db, 'attendance');
  if (attendance) {
    const stale = await attendance
      .find({ selector: { $or: [{ personId: { $in: absorbed } }, { proxyHolderId: { $in: absorbed } }] } })
      .exec();
    for (const doc of stale) {
      const record = attendanceDocumentSchema.parse(plain(doc));
      const movable =
        may('attendance', 'update', record) &&
        may('attendance', 'insert', record) &&
        may('attendance', 'delete', record);
      if (!movable) continue;
      if (redirects.has(record.proxyHolderId) && !redirects.has(record.personId)) {
        const ok = await repoint(doc, attendanceDocumentSchema, context, (stored) => ({
          proxyHolderId: target(String(stored.proxyHolderId)),
        }));
        if (ok) moved += 1;
        continue;
      }
      if (await moveAttendance(attendance, doc, record, target, context)) moved += 1;
    }
  }
  return moved;
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
