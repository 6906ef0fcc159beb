import type { AttendanceDocument } from '@shared/events/attendance';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import type { CheckInBy, CheckInOutcome, DoorPaymentTaken } from '@shared/events/check-in';
import { checkIn as planCheckIn, undoCheckIn as undone } from '@shared/events/check-in';
import { doorPaymentCorrectionSchema, notesAfterCorrection } from '@shared/events/door-payment-correction';
import type { EventDocument, EventInput } from '@shared/events/event';
import { eventDocumentSchema } from '@shared/events/event';
import { ProxyRefusedError, proxyRefusal } from '@shared/events/proxies';
import type { DoorPaymentInput, DoorTakings } from '@shared/events/door-payment';
import type { CashCount } from '@shared/events/cash-count';
import { cashCountsOf, planCashCount, uniteCashCounts } from '@shared/events/cash-count';
import { doorPaymentInputSchema } from '@shared/events/door-payment';
import {
  doorMembershipFields,
  doorMembershipLines,
  doorPaid,
  doorPaymentLines,
  NO_DOOR_PAYMENT,
} from '@shared/events/door-payment-lines';
import { localToday } from '@shared/dates/parse-date';
import { jsonEqual } from '@shared/json/canonical';
import { newEventId, newSeriesId, type EventId, type PersonId } from '@shared/ids';
import type { MembershipDocument, PaymentMethod } from '@shared/members/membership';
import type { Cents } from '@shared/money/cents';
import type { Season, Tariff } from '@shared/members/season';
import type { WriteContext } from '@shared/schema/common';
import type { Draft } from '@shared/schema/stamps';
import type { PersonDocument } from '@shared/members/person';
import { personDocumentSchema } from '@shared/members/person';
import { newStamps } from '@shared/schema/stamps';
import type { TilleulDatabase } from '@renderer/data/database';
import { editDocument } from '@renderer/data/edit-document';
import { isConflict } from '@renderer/data/conflict';
import { takeMembership } from '@renderer/data/members/write';
import { whileJournallingAfter } from '@renderer/data/write-guard';

/** One attendance record changed (validated, stamped, journalled): every write below goes through it. */
function editAttendance(
  db: TilleulDatabase,
  context: WriteContext,
  id: string,
  changes: Parameters<typeof editDocument<AttendanceDocument>>[4],
): Promise<AttendanceDocument> {
  return editDocument(db.attendance, attendanceDocumentSchema, context, { kind: 'attendance', id }, changes);
}

/**
 * Writes of events and attendance. Each validates the whole document with its shared zod schema
 * (a `ZodError` for the form to show) and stamps it; the write guard checks who may.
 */

export async function createEvent(
  db: TilleulDatabase,
  context: WriteContext,
  input: Draft<EventInput>,
): Promise<EventDocument> {
  const event = eventDocumentSchema.parse({ ...input, ...newStamps(context) });
  await db.events.insert(event);
  return event;
}

/**
 * A recurring activity (a weekly class): one event per date, sharing a series id, all validated
 * before any is written.
 */
export async function createSeries(
  db: TilleulDatabase,
  context: WriteContext,
  input: Draft<EventInput>,
  dates: readonly string[],
): Promise<EventDocument[]> {
  const seriesId = newSeriesId();
  const events = dates.map((startsOn) =>
    eventDocumentSchema.parse({ ...input, startsOn, endsOn: '', seriesId, ...newStamps(context) }),
  );
  const { error } = await db.events.bulkInsert(events);
  if (error.length > 0) throw new Error(`${error.length} séances non enregistrées`);
  return events;
}

export function updateEvent(
  db: TilleulDatabase,
  context: WriteContext,
  id: string,
  changes: Partial<Draft<EventInput>>,
): Promise<EventDocument> {
  return editDocument(db.events, eventDocumentSchema, context, { kind: 'event', id }, changes);
}

/** Each session keeps its own day: a change to the series never moves the others. */
const SESSION_OWN_FIELDS = new Set([
  'startsOn',
  'endsOn',
  'seriesId',
  'cancelledOn',
  'closedOn',
  'cashCounts',
]);

/**
 * « Cette séance et les suivantes »: the session saved as the form says, and what the form
 * changed (against `opened`, the session as the form opened it) applied to the later sessions of
 * its series that are neither cancelled nor closed — only those fields, so that a session changed
 * on its own keeps its other changes. Every session is validated before any is written. Returns
 * the sessions written, this one first.
 */
export async function updateSessionsFrom(
  db: TilleulDatabase,
  context: WriteContext,
  opened: EventDocument,
  input: Partial<Draft<EventInput>>,
): Promise<EventDocument[]> {
  const changed = Object.fromEntries(
    Object.entries(input).filter(
      ([field, value]) =>
        !SESSION_OWN_FIELDS.has(field) && !jsonEqual(value, (opened as Record<string, unknown>)[field]),
    ),
  ) as Partial<Draft<EventInput>>;
  const later =
    opened.seriesId === '' || Object.keys(changed).length === 0
      ? []
      : (await db.events.find({ selector: { seriesId: opened.seriesId } }).exec())
          .map((doc) => doc.toJSON() as EventDocument)
          .filter(
            (session) =>
              session.id !== opened.id &&
              session.startsOn > opened.startsOn &&
              session.cancelledOn === '' &&
              session.closedOn === '',
          )
          .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  // Checked first: a change no later session accepts writes nothing.
  for (const session of later) eventDocumentSchema.parse({ ...session, ...changed });
  const saved = [await updateEvent(db, context, opened.id, input)];
  for (const session of later) saved.push(await updateEvent(db, context, session.id, changed));
  return saved;
}

/**
 * A door's cash count at the end (comptage de caisse): the espèces counted against those its
 * check-ins recorded, and its cheques, kept on the event for the treasurer — a door may save it
 * (its only write to an event), before or after the office closes the event.
 */
export async function saveCashCount(
  db: TilleulDatabase,
  context: WriteContext,
  eventId: EventId,
  count: { door: string; takings: DoorTakings; counted: Cents },
): Promise<CashCount> {
  const saved = planCashCount(count.takings, count.counted, {
    id: newEventId(),
    device: count.door,
    countedBy: context.userId,
    at: context.now().toISOString(),
  });
  await editDocument(db.events, eventDocumentSchema, context, { kind: 'event', id: eventId }, (stored) => ({
    cashCounts: uniteCashCounts(cashCountsOf(stored), [saved]),
  }));
  return saved;
}

/** Cancelled events stay in the list and the history, marked so, with the day. */
export function cancelEvent(db: TilleulDatabase, context: WriteContext, id: string, on: string) {
  return updateEvent(db, context, id, { cancelledOn: on });
}

/** What a check-in may record besides presence: the members-only override, a cotisation. */
export type CheckInExtra = Partial<Pick<AttendanceDocument, 'membersOnlyOverride' | 'doorMembership'>>;

/**
 * Checks a person in at the door: one attendance document per (event, person), whose id is
 * derived from the pair, so two doors offline write the same record. Already in: nothing is
 * written (but `extra`, a cotisation taken at the door), the outcome says when and where.
 * A payment is validated first (`ZodError`: no amount, no method, a cheque without its number),
 * and nothing is written when it is wrong.
 */
export async function checkIn(
  db: TilleulDatabase,
  context: WriteContext,
  target: { eventId: EventId; personId: PersonId; device: string; seeded?: AttendanceDocument },
  payment?: DoorPaymentInput,
  extra: CheckInExtra = {},
): Promise<CheckInOutcome> {
  const taken: DoorPaymentTaken | undefined = payment ? doorPaymentInputSchema.parse(payment) : undefined;
  const id = attendanceId(target.eventId, target.personId);
  // The tap is answered once the record is committed; its journal entry follows (write-guard.ts).
  return whileJournallingAfter(db, [id], () => writeCheckIn(db, context, target, id, taken, extra));
}

async function writeCheckIn(
  db: TilleulDatabase,
  context: WriteContext,
  target: { eventId: EventId; personId: PersonId; device: string; seeded?: AttendanceDocument },
  id: string,
  taken: DoorPaymentTaken | undefined,
  extra: CheckInExtra,
): Promise<CheckInOutcome> {
  const by: CheckInBy = { at: context.now().toISOString(), userId: context.userId, device: target.device };
  // A record the screen showed from a new door's directory seed (`target.seeded`), which this
  // device may not hold yet: checked against it when this device holds nothing newer, so that
  // someone let in at another door is « déjà entré » here too, before any check-in is pulled.
  const seeded =
    target.seeded?.id === id && !(await db.attendance.findOne(id).exec()) ? target.seeded : undefined;
  // Most taps let in someone not yet recorded: the insert comes first, with no lookup before it
  // (one IndexedDB transaction less on the door's hot path); a record already there makes the
  // insert fail with a conflict, and that record is then read and updated.
  const first = planCheckIn(seeded, by, taken);
  if (first.kind === 'already' && extra.doorMembership === undefined) return first;
  if (first.kind === 'checked-in' || seeded) {
    try {
      // Over the seed's copy (a registration, a payment, an entry): its stamps are this write's,
      // and the server merges it with the record it holds (`mergeAttendance`'s rules).
      await db.attendance.insert(
        attendanceDocumentSchema.parse({
          ...seeded,
          ...newStamps(context, id),
          eventId: target.eventId,
          personId: target.personId,
          ...(first.kind === 'checked-in' ? first.changes : {}),
          ...extraFields(seeded, extra, by),
        }),
      );
      return first;
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
  const stored = await db.attendance.findOne(id).exec();
  if (!stored) throw new Error(`CHECK_IN_CONFLICT ${id}`);
  let outcome = planCheckIn(stored.toJSON() as AttendanceDocument, by, taken);
  if (outcome.kind === 'already' && extra.doorMembership === undefined) return outcome;
  await editAttendance(db, context, id, (current) => {
    // Checked again on the newest version: another tab may have let the person in meanwhile.
    outcome = planCheckIn(current, by, taken);
    const more = extraFields(current, extra, by);
    return outcome.kind === 'checked-in' ? { ...outcome.changes, ...more } : more;
  });
  return outcome;
}

/**
 * The extra fields of a check-in: a cotisation taken at the door is a line of its own (its door
 * and time), added to those recorded — two doors that both sold one each keep theirs.
 */
function extraFields(current: AttendanceDocument | undefined, extra: CheckInExtra, by: CheckInBy) {
  const { doorMembership, ...rest } = extra;
  if (!doorMembership) return rest;
  const line = { ...doorMembership, device: by.device.slice(0, 40), at: by.at };
  return { ...rest, ...doorMembershipFields([...(current ? doorMembershipLines(current) : []), line]) };
}

/**
 * A cotisation taken at the door (`origin: 'door'`, which the door role may create), then the
 * person let in with a copy of that payment on the attendance record (the door's takings and
 * cash count read it there) and, when the members' entry price is not free, that price too.
 * The cotisation rules of the office apply (0 € only on a free tariff, no second cotisation
 * for the same season and tariff without confirmation); the payment is validated before anything
 * is written.
 */
export async function admitWithMembership(
  db: TilleulDatabase,
  context: WriteContext,
  target: { eventId: EventId; personId: PersonId; device: string },
  membership: { season: Pick<Season, 'id'>; tariff: Tariff; payment: DoorPaymentInput },
  entry?: DoorPaymentInput,
): Promise<{ membership: MembershipDocument; outcome: CheckInOutcome }> {
  const payment = doorPaymentInputSchema.parse(membership.payment);
  if (entry) doorPaymentInputSchema.parse(entry);
  const { tariff } = membership;
  const taken = await takeMembership(db, context, {
    holderKind: 'person',
    holderId: target.personId,
    seasonId: membership.season.id,
    tariffId: tariff.id,
    tariffLabel: tariff.label,
    taxReceiptAllowed: tariff.taxReceiptAllowed,
    amount: payment.amount,
    paymentMethod: payment.method,
    chequeNumber: payment.chequeNumber,
    paidOn: localToday(context.now()),
    receivedBy: context.userId,
    origin: 'door',
  });
  const outcome = await checkIn(db, context, target, entry, {
    doorMembership: {
      membershipId: taken.id,
      amount: payment.amount,
      method: payment.method,
      chequeNumber: payment.chequeNumber,
    },
  });
  return { membership: taken, outcome };
}

/**
 * Undoes a check-in (a wrong tap): a field change, journalled; the record and its payment stay.
 * With `device` (a door), only that door's entry is undone: when two doors let the same person
 * in offline, the earliest entry stands, and the other door must not undo it. The answer says
 * whether the entry was undone, or at which door it counts.
 */
export async function undoCheckIn(
  db: TilleulDatabase,
  context: WriteContext,
  target: { eventId: EventId; personId: PersonId; device?: string },
): Promise<{ undone: true } | { undone: false; device: string }> {
  const id = attendanceId(target.eventId, target.personId);
  let elsewhere = '';
  await editAttendance(db, context, id, (current) => {
    elsewhere =
      target.device !== undefined && current.present && current.checkedInDevice !== target.device
        ? current.checkedInDevice
        : '';
    return elsewhere ? {} : undone();
  });
  return elsewhere ? { undone: false, device: elsewhere } : { undone: true };
}

/** Registers people for an event in advance (inscriptions); those already registered stay. */
export async function register(
  db: TilleulDatabase,
  context: WriteContext,
  eventId: EventId,
  personId: PersonId,
): Promise<void> {
  const id = attendanceId(eventId, personId);
  const stored = await db.attendance.findOne(id).exec();
  if (stored) {
    await editAttendance(db, context, id, { registered: true });
    return;
  }
  await db.attendance.insert(
    attendanceDocumentSchema.parse({ ...newStamps(context, id), eventId, personId, registered: true }),
  );
}

/**
 * Someone unknown at the door: a record with just a first and last name, made at the door
 * (`origin: 'door'`, which the door role may create), without a member number; the office
 * completes it later (« à compléter » in the member list).
 */
export async function registerWalkIn(
  db: TilleulDatabase,
  context: WriteContext,
  name: { firstName: string; lastName: string },
): Promise<PersonDocument> {
  const person = personDocumentSchema.parse({
    ...newStamps(context),
    firstName: name.firstName,
    lastName: name.lastName,
    origin: 'door',
  });
  await db.people.insert(person);
  return person;
}

/**
 * The office corrects the money taken at the door for one attendance (issue 15, item 4): the
 * amount and method as given; lowering it needs a reason, written on the record's notes — the
 * journal's entry of this change shows it with the amounts. A door may not lower a payment (the
 * write guard and the server refuse it): this is an office role's write (`attendance.manage`).
 */
export async function correctDoorPayment(
  db: TilleulDatabase,
  context: WriteContext,
  id: string,
  input: { amount: Cents; method: PaymentMethod | ''; reason: string },
): Promise<AttendanceDocument> {
  // Checked on the version read, then again on the newest one (editDocument).
  return editAttendance(db, context, id, (current) => {
    const lines = doorPaymentLines(current);
    const paid = doorPaid(current);
    const [first] = lines;
    const correction = doorPaymentCorrectionSchema(paid).parse(input);
    const several = current.otherDoorPayments.length > 0;
    if (!several && correction.amount === paid && correction.method === current.doorPayment.method) {
      return {};
    }
    const lowered = correction.amount < paid;
    // The payments become one line: the first one's door and time stay (a cheque already on a
    // deposit slip is still that cheque, its number kept), with the amount and method said.
    const line =
      correction.amount > 0
        ? {
            ...(first ?? {}),
            amount: correction.amount as Cents,
            method: correction.method,
            chequeNumber:
              correction.method === 'cheque'
                ? (lines.find((payment) => payment.method === 'cheque')?.chequeNumber ?? '')
                : '',
          }
        : NO_DOOR_PAYMENT;
    return {
      doorPayment: line,
      otherDoorPayments: [],
      ...(lowered || correction.reason || several
        ? { notes: notesAfterCorrection(current.notes, paid, correction, lines) }
        : {}),
    };
  });
}

/**
 * Records a proxy (pouvoir) at a general assembly on the giver's attendance record, after the
 * AG's rules (`proxyRefusal`) checked it against the records as they stand: refused with a
 * `ProxyRefusedError` and nothing written.
 */
export async function recordProxy(
  db: TilleulDatabase,
  context: WriteContext,
  target: { eventId: EventId; giverId: PersonId; holderId: PersonId },
  rules: { isVoter: (personId: PersonId) => boolean; maxPerHolder: number },
): Promise<void> {
  const { eventId, giverId, holderId } = target;
  const stored = await db.attendance.find({ selector: { eventId } }).exec();
  const records = stored.map((doc) => doc.toJSON() as AttendanceDocument);
  const refusal = proxyRefusal({ giverId, holderId }, records, rules.isVoter, rules.maxPerHolder);
  if (refusal) throw new ProxyRefusedError(refusal);
  const id = attendanceId(eventId, giverId);
  if (records.some((record) => record.id === id)) {
    await editAttendance(db, context, id, { proxyHolderId: holderId });
    return;
  }
  await db.attendance.insert(
    attendanceDocumentSchema.parse({
      ...newStamps(context, id),
      eventId,
      personId: giverId,
      proxyHolderId: holderId,
    }),
  );
}

/** Withdraws a proxy: the giver is no longer represented. */
export async function withdrawProxy(
  db: TilleulDatabase,
  context: WriteContext,
  target: { eventId: EventId; giverId: PersonId },
): Promise<void> {
  const id = attendanceId(target.eventId, target.giverId);
  await editAttendance(db, context, id, { proxyHolderId: '' });
}
