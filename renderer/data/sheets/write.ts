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
import type { Subscription } from 'rxjs';
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

/** The closed events, and the check-ins still held for them (none read when nothing is closed). */
async function closedEventsHolding(db: TilleulDatabase) {
  const closed = await db.events.find({ selector: { closedOn: { $ne: '' } } }).exec();
  const closedIds = closed.map((event) => event.id);
  const held =
    closedIds.length === 0
      ? []
      : await db.attendance.find({ selector: { eventId: { $in: closedIds } } }).exec();
  return { closedIds, held };
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
  const { held } = await closedEventsHolding(db);
  if (held.length === 0) return 0;
  const eventIds = [...new Set(held.map((record) => record.eventId))];
  let amended = 0;
  for (const eventId of eventIds) {
    const record = held.find((doc) => doc.eventId === eventId);
    if (!record || !may('attendance', 'delete', record.toJSON() as Record<string, unknown>)) continue;
    amended += await foldLateRecords(db, context, eventId);
  }
  return amended;
}

/** May the signed-in person make this write (the permission matrix)? */
type MayWrite = (
  collection: string,
  operation: 'insert' | 'update' | 'delete',
  document: Record<string, unknown>,
) => boolean;

/**
 * The sync's way of folding late check-ins on an office device (`sync-engine.ts`): the same
 * folds as `foldClosedEvents`, without reading every closed event and every check-in held for
 * them after each burst of pulls (an `$in` of hundreds of closed events walks the check-ins).
 * The closed events are read once, then kept from the events' change stream; a run looks only at
 * the events something happened to since the last one — a check-in written for a closed event,
 * an event closed, a sheet arrived (a fold waits for its sheet) — and at those a run had to leave
 * (not this person's to fold).
 */
export class LateFoldFollower {
  private readonly closed = new Set<string>();
  private pending = new Set<string>();
  private subscriptions: Subscription[] = [];
  private started: Promise<void> | undefined;

  constructor(private readonly db: TilleulDatabase) {}

  /** Folds what was held for closed events. Returns how many records became amendments. */
  async run(context: WriteContext, may: MayWrite = () => true): Promise<number> {
    this.started ??= this.start();
    await this.started;
    const looking = [...this.pending];
    this.pending = new Set();
    let amended = 0;
    try {
      for (const [at, eventId] of looking.entries()) {
        if (!this.closed.has(eventId)) continue;
        const held = await this.db.attendance.findOne({ selector: { eventId: eventId as EventId } }).exec();
        if (!held) continue;
        if (!may('attendance', 'delete', held.toJSON() as Record<string, unknown>)) {
          this.pending.add(eventId);
          continue;
        }
        looking[at] = '';
        amended += await foldLateRecords(this.db, context, eventId as EventId);
      }
    } catch (error) {
      // Nothing forgotten: the events not folded yet are looked at again by the next run.
      for (const eventId of looking) if (eventId) this.pending.add(eventId);
      throw error;
    }
    return amended;
  }

  close(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.subscriptions = [];
  }

  private async start(): Promise<void> {
    // Subscribed first: what happens while the closed events are read is not missed.
    this.subscriptions.push(
      this.db.events.$.subscribe((change) => {
        const closedOn = (change.documentData as Partial<EventDocument> | undefined)?.closedOn ?? '';
        if (change.operation !== 'DELETE' && closedOn !== '') {
          this.closed.add(change.documentId);
          this.pending.add(change.documentId);
        } else this.closed.delete(change.documentId);
      }),
      this.db.attendance.$.subscribe((change) => {
        const eventId = (change.documentData as Partial<AttendanceDocument> | undefined)?.eventId;
        if (change.operation !== 'DELETE' && eventId && this.closed.has(eventId)) this.pending.add(eventId);
      }),
      this.db.sheets.$.subscribe((change) => {
        const eventId = (change.documentData as Partial<SheetDocument> | undefined)?.eventId;
        if (change.operation !== 'DELETE' && eventId && this.closed.has(eventId)) this.pending.add(eventId);
      }),
    );
    // Once: which closed events hold check-ins (what foldClosedEvents reads at every call).
    const { closedIds, held } = await closedEventsHolding(this.db);
    for (const id of closedIds) this.closed.add(id);
    for (const record of held) this.pending.add(record.eventId);
  }
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
