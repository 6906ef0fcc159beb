import type { AttendanceDocument } from '@shared/events/attendance';
import { eventDocumentSchema } from '@shared/events/event';
import type { EventDocument } from '@shared/events/event';
import { amendmentSchema, sheetDocumentSchema } from '@shared/events/sheet';
import type { Amendment, SheetDocument, SheetRow } from '@shared/events/sheet';
import { foldEvent, LATE_CHECK_IN_REASON, lateCheckInAmendment, partFor } from '@shared/events/sheet-fold';
import { localToday } from '@shared/dates/parse-date';
import { isDemoId } from '@shared/demo/demo-id';
import {
  closingSettingSchema,
  DEFAULT_AUTO_CLOSE_DAYS,
  eventsDueForClosing,
} from '@shared/events/closing-rules';
import { newDocumentId, type EventId } from '@shared/ids';
import type { WriteContext } from '@shared/schema/common';
import type { TilleulDatabase } from '@renderer/data/database';
import { editDocument } from '@renderer/data/edit-document';
import { withoutMeta } from '@renderer/data/without-meta';

/**
 * Closing an event (issue 16) on this device: its attendance becomes a sheet, then its
 * attendance documents are deleted. The sheet is written first, the deletions after, so a closing
 * interrupted anywhere is finished by closing again (or by the next `foldLateRecords`): nothing
 * is folded twice, nothing deleted that the sheet does not say.
 */

export class EventNotFoundError extends Error {
  readonly code = 'EVENT_NOT_FOUND';
  constructor(readonly eventId: EventId) {
    super(`Événement introuvable : ${eventId}`);
  }
}

async function sheetsOf(db: TilleulDatabase, eventId: EventId): Promise<SheetDocument[]> {
  const docs = await db.sheets.find({ selector: { eventId } }).exec();
  return docs.map((doc) => withoutMeta<SheetDocument>(doc.toJSON() as SheetDocument));
}

async function attendanceOf(db: TilleulDatabase, eventId: EventId): Promise<AttendanceDocument[]> {
  const docs = await db.attendance.find({ selector: { eventId } }).exec();
  return docs.map((doc) => withoutMeta<AttendanceDocument>(doc.toJSON() as AttendanceDocument));
}

/** How many attendance records of the event are done, of how many (a screen's progress bar). */
export type Progress = (done: number, total: number) => void;

/** Appends an amendment to its part, unless the part already holds it (a retry, another device). */
async function append(db: TilleulDatabase, context: WriteContext, part: SheetDocument, amendment: Amendment) {
  return editDocument(db.sheets, sheetDocumentSchema, context, { kind: 'sheet', id: part.id }, (stored) => ({
    amendments: stored.amendments.some((held) => held.id === amendment.id)
      ? stored.amendments
      : [...stored.amendments, amendment],
  }));
}

/**
 * Attendance records of a closed event that this device still holds — a closing interrupted
 * before its deletions, or a check-in a door sent after the closing — each folded into the sheet
 * (an amendment when it says something the sheet does not), then deleted. Returns how many
 * records became amendments.
 */
export async function foldLateRecords(
  db: TilleulDatabase,
  context: WriteContext,
  eventId: EventId,
  onProgress?: Progress,
): Promise<number> {
  let amended = 0;
  const records = await attendanceOf(db, eventId);
  onProgress?.(0, records.length);
  for (const [index, record] of records.entries()) {
    const parts = await sheetsOf(db, eventId);
    if (parts.length === 0) return amended;
    const amendment = lateCheckInAmendment(parts, record, LATE_CHECK_IN_REASON);
    const part = partFor(parts, record.personId);
    if (amendment && part) {
      await append(db, context, part, amendmentSchema.parse(amendment));
      amended++;
    }
    await db.attendance
      .findOne(record.id)
      .exec()
      .then((doc) => doc?.remove());
    onProgress?.(index + 1, records.length);
  }
  return amended;
}

/**
 * Closes an event: folds its attendance into its sheet (unless a sheet exists already: a closing
 * resumed, or made on another device), marks the event closed, then deletes its attendance.
 */
export async function closeEvent(
  db: TilleulDatabase,
  context: WriteContext,
  eventId: EventId,
  deviceName: string,
  onProgress?: Progress,
): Promise<SheetDocument[]> {
  const found = await db.events.findOne(eventId).exec();
  if (!found) throw new EventNotFoundError(eventId);
  if ((await sheetsOf(db, eventId)).length === 0) {
    const at = context.now().toISOString();
    const stamps = { createdAt: at, updatedAt: at, updatedBy: context.userId, deviceId: context.deviceId };
    const sheets = foldEvent(withoutMeta<EventDocument>(found.toJSON()), await attendanceOf(db, eventId), {
      by: context.userId,
      device: deviceName.slice(0, 40) || context.deviceId.slice(0, 40),
      at,
      stamps,
    });
    const { error } = await db.sheets.bulkInsert(sheets);
    // A part another device wrote meanwhile (the same id): it stands, and this closing's records
    // join it below as amendments when they say more.
    if (error.some((failure) => failure.status !== 409))
      throw new Error(`${error.length} feuilles non enregistrées`);
  }
  if (found.closedOn === '') {
    await editDocument(
      db.events,
      eventDocumentSchema,
      context,
      { kind: 'event', id: eventId },
      {
        closedOn: localToday(context.now()),
      },
    );
  }
  await foldLateRecords(db, context, eventId, onProgress);
  return sheetsOf(db, eventId);
}

/** A correction after closing: a person's line replaced, with who, when and why. */
export async function amendSheet(
  db: TilleulDatabase,
  context: WriteContext,
  input: { eventId: EventId; row: SheetRow; reason: string; device: string },
): Promise<Amendment> {
  const parts = await sheetsOf(db, input.eventId);
  const part = partFor(parts, input.row.personId);
  if (!part) throw new EventNotFoundError(input.eventId);
  const amendment = amendmentSchema.parse({
    id: newDocumentId(),
    kind: 'correction',
    at: context.now().toISOString(),
    by: context.userId,
    device: input.device.slice(0, 40) || context.deviceId.slice(0, 40),
    reason: input.reason,
    row: input.row,
  });
  await append(db, context, part, amendment);
  return amendment;
}

/**
 * After a pull (issue 16): the attendance records this device holds for events already closed
 * — a door's check-in that arrived after the closing, or a closing interrupted here — folded into
 * their sheets and deleted. Office devices only; idempotent (the same record gives the same
 * amendment on every device, and an event without its sheet yet is left for the next pull).
 * `may` is the permission matrix: nothing is tried where the signed-in person may not close.
 * Returns how many records became amendments.
 */
export async function foldClosedEvents(
  db: TilleulDatabase,
  context: WriteContext,
  may: (
    collection: string,
    operation: 'insert' | 'update' | 'delete',
    document: Record<string, unknown>,
  ) => boolean = () => true,
): Promise<number> {
  const closed = await db.events.find({ selector: { closedOn: { $ne: '' } } }).exec();
  if (closed.length === 0) return 0;
  const held = await db.attendance
    .find({ selector: { eventId: { $in: closed.map((event) => event.id) } } })
    .exec();
  const eventIds = [...new Set(held.map((record) => record.eventId))];
  let amended = 0;
  for (const eventId of eventIds) {
    const record = held.find((doc) => doc.eventId === eventId);
    if (!record || !may('attendance', 'delete', record.toJSON() as Record<string, unknown>)) continue;
    amended += await foldLateRecords(db, context, eventId);
  }
  return amended;
}

/**
 * Automatic closing (issue 16): every event over for `autoCloseAfterDays` days (Paramètres,
 * setting `closing`; 30 when never set, 0 for never), neither cancelled nor closed, is closed
 * now. Run by an office device at start and hourly. Returns the events closed.
 */
export async function closeDueEvents(
  db: TilleulDatabase,
  context: WriteContext,
  deviceName: string,
): Promise<string[]> {
  const stored = await db.settings.findOne('closing').exec();
  const setting = closingSettingSchema.safeParse(stored ? stored.toJSON().value : {});
  const days = setting.success ? setting.data.autoCloseAfterDays : DEFAULT_AUTO_CLOSE_DAYS;
  const open = await db.events.find({ selector: { closedOn: '', cancelledOn: '' } }).exec();
  // The demonstration's events are not closed: their sheets could never be removed with the demo.
  const due = eventsDueForClosing(
    open.filter((doc) => !isDemoId(doc.id)).map((doc) => withoutMeta<EventDocument>(doc.toJSON())),
    days,
    context.now(),
  );
  const closed: string[] = [];
  for (const event of due) {
    await closeEvent(db, context, event.id, deviceName);
    closed.push(event.id);
  }
  return closed;
}
