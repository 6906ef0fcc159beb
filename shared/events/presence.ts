import { attendanceId } from '@shared/events/attendance';
import type { AttendanceDocument } from '@shared/events/attendance';
import { mergeLateRow, rowMemberships, rowOf, rowPayments, sheetLines } from '@shared/events/sheet-fold';
import { doorMembershipLines, doorPaymentLines } from '@shared/events/door-payment-lines';
import { sheetRowSchema } from '@shared/events/sheet';
import type { SheetDocument, SheetRow } from '@shared/events/sheet';
import type { EventId } from '@shared/ids';

/**
 * The presence of an event, whether it is still live (attendance documents) or closed (its sheet,
 * amendments applied): the same records either way, so the event page, its counters, its PDF and
 * the person page never care which. A closed event's records are read from its sheet; a record
 * still held here for it (a late check-in not folded yet) is merged in as the fold will merge it,
 * so nothing a door recorded is ever missing from the screen.
 */

export interface Presence {
  /** The event has a sheet: its presence is frozen (corrections are amendments). */
  closed: boolean;
  records: AttendanceDocument[];
  /** When, by whom and on which device the sheet was written (the first part's). */
  closedAt: string;
  closedBy: string;
  closedDevice: string;
}

/** A sheet's line, as the attendance record it stood for (same id, the sheet's stamps). */
export function recordOfRow(eventId: EventId, row: SheetRow, sheet: SheetDocument): AttendanceDocument {
  return {
    ...row,
    otherDoorPayments: row.otherDoorPayments ?? [],
    otherDoorMemberships: row.otherDoorMemberships ?? [],
    id: attendanceId(eventId, row.personId),
    eventId,
    importId: '',
    createdAt: sheet.createdAt,
    updatedAt: sheet.updatedAt,
    updatedBy: sheet.updatedBy,
    deviceId: sheet.deviceId,
  };
}

export function presenceOf(
  eventId: EventId,
  attendance: readonly AttendanceDocument[],
  sheets: readonly SheetDocument[],
): Presence {
  const live = attendance.filter((record) => record.eventId === eventId);
  const parts = sheets.filter((sheet) => sheet.eventId === eventId).sort((a, b) => a.part - b.part);
  const first = parts[0];
  if (!first) return { closed: false, records: live, closedAt: '', closedBy: '', closedDevice: '' };
  const lines = new Map(sheetLines(parts).map((row) => [row.personId, row]));
  for (const record of live)
    lines.set(record.personId, mergeLateRow(lines.get(record.personId), rowOf(record)));
  return {
    closed: true,
    records: [...lines.values()].map((row) => recordOfRow(eventId, row, first)),
    closedAt: first.closedAt,
    closedBy: first.closedBy,
    closedDevice: first.closedDevice,
  };
}

/** One event a person is on, for their page: registered, present (when), represented. */
export interface PersonPresence {
  eventId: EventId;
  record: AttendanceDocument;
  /** Read from a closed event's sheet. */
  closed: boolean;
}

/**
 * A person's lines across events, from live attendance and sheets alike (a sheet wins for its
 * event, with the records still held merged in as above).
 */
export function personPresence(
  personId: string,
  attendance: readonly AttendanceDocument[],
  sheets: readonly SheetDocument[],
): PersonPresence[] {
  const events = new Set([
    ...attendance.map((record) => record.eventId),
    ...sheets.map((sheet) => sheet.eventId),
  ]);
  const found: PersonPresence[] = [];
  for (const eventId of events) {
    const presence = presenceOf(eventId, attendance, sheets);
    const record = presence.records.find((line) => line.personId === personId);
    if (record) found.push({ eventId, record, closed: presence.closed });
  }
  return found;
}

/** A person's line as the correction says it: what the sheet held, with the presence changed. */
export function correctionRow(
  personId: string,
  present: boolean,
  held: AttendanceDocument | undefined,
): SheetRow {
  const keepsTime = present && held?.present === true;
  return sheetRowSchema.parse({
    personId,
    registered: held?.registered ?? false,
    present,
    checkedInAt: keepsTime ? held.checkedInAt : '',
    checkedInBy: keepsTime ? held.checkedInBy : '',
    checkedInDevice: keepsTime ? held.checkedInDevice : '',
    proxyHolderId: present ? '' : (held?.proxyHolderId ?? ''),
    // Money taken at the door stays on the sheet: a correction of presence never loses it.
    ...rowPayments(held ? doorPaymentLines(held) : []),
    ...rowMemberships(held ? doorMembershipLines(held) : []),
    membersOnlyOverride: held?.membersOnlyOverride ?? false,
    notes: held?.notes ?? '',
  });
}
