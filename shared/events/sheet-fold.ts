import { v5 as uuidv5 } from 'uuid';
import type { AttendanceDocument } from '@shared/events/attendance';
import { addTaken, emptyTakings } from '@shared/events/door-payment';
import {
  doorMembershipFields,
  doorMembershipLines,
  doorPaymentFields,
  doorPaymentLines,
  unitedDoorLines,
} from '@shared/events/door-payment-lines';
import type { DoorMembershipLine, DoorPaymentLine } from '@shared/events/door-payment-lines';
import type { EventDocument } from '@shared/events/event';
import { canonicalJson } from '@shared/json/canonical';
import type { BaseDocument } from '@shared/schema/common';
import {
  NO_TAKINGS,
  SHEET_MAX_PARTS,
  SHEET_ROWS_MAX_BYTES,
  sheetDocumentSchema,
  sheetHash,
  sheetId,
  sheetRowSchema,
} from '@shared/events/sheet';
import type { Amendment, SheetDocument, SheetRow, SheetTotals } from '@shared/events/sheet';

/**
 * Closing an event, as pure functions: the attendance documents folded into sheet parts, the
 * amendments applied in order, and a late check-in turned into an amendment that every office
 * device computes the same (so two devices folding it give one amendment, not two).
 */

const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/** A line's payment fields: the list only when there is more than one payment. */
export function rowPayments(
  lines: readonly DoorPaymentLine[],
): Pick<SheetRow, 'doorPayment' | 'otherDoorPayments'> {
  const { doorPayment, otherDoorPayments } = doorPaymentFields(lines);
  return otherDoorPayments.length > 0 ? { doorPayment, otherDoorPayments } : { doorPayment };
}

/** A line's cotisation fields: the list only when there is more than one cotisation. */
export function rowMemberships(
  lines: readonly DoorMembershipLine[],
): Pick<SheetRow, 'doorMembership' | 'otherDoorMemberships'> {
  const { doorMembership, otherDoorMemberships } = doorMembershipFields(lines);
  return otherDoorMemberships.length > 0 ? { doorMembership, otherDoorMemberships } : { doorMembership };
}

/** An attendance document as a sheet's line. */
export function rowOf(record: AttendanceDocument): SheetRow {
  return sheetRowSchema.parse({
    personId: record.personId,
    registered: record.registered,
    present: record.present,
    checkedInAt: record.checkedInAt,
    checkedInBy: record.checkedInBy,
    checkedInDevice: record.checkedInDevice,
    proxyHolderId: record.proxyHolderId,
    ...rowPayments(doorPaymentLines(record)),
    ...rowMemberships(doorMembershipLines(record)),
    membersOnlyOverride: record.membersOnlyOverride,
    notes: record.notes,
  });
}

export function totalsOf(rows: readonly SheetRow[]): SheetTotals {
  const takings = emptyTakings();
  let [registered, present, represented] = [0, 0, 0];
  for (const row of rows) {
    if (row.registered) registered++;
    if (row.present) present++;
    else if (row.proxyHolderId !== '') represented++;
    for (const { amount, method, chequeNumber } of [...doorPaymentLines(row), ...doorMembershipLines(row)]) {
      if (amount > 0 && method !== '')
        addTaken(takings, { personId: row.personId, amount, method, chequeNumber });
    }
  }
  return {
    listed: rows.length,
    registered,
    present,
    represented,
    takings: { ...takings.byMethod, other: takings.other, total: takings.total },
  };
}

/** Rows in a stable order (by person id): the same fold on every device, the same hash. */
const byPerson = (a: SheetRow, b: SheetRow) =>
  a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;

/** Splits rows into parts whose JSON stays under `SHEET_ROWS_MAX_BYTES`. */
export function splitRows(rows: readonly SheetRow[], maxBytes = SHEET_ROWS_MAX_BYTES): SheetRow[][] {
  const parts: SheetRow[][] = [[]];
  let size = 2;
  for (const row of rows) {
    const bytes = bytesOf(row) + 1;
    const current = parts[parts.length - 1] as SheetRow[];
    if (current.length > 0 && size + bytes > maxBytes) {
      parts.push([row]);
      size = 2 + bytes;
    } else {
      current.push(row);
      size += bytes;
    }
  }
  return parts;
}

export interface Closing {
  /** Who closes, on which device, when: the sheet's `closedBy`, `closedDevice`, `closedAt`. */
  by: string;
  device: string;
  at: string;
  /** The stamps of the new documents (the data layer's `newStamps` without the id). */
  stamps: Omit<BaseDocument, 'id'>;
}

export class SheetTooLargeError extends Error {
  readonly code = 'SHEET_TOO_LARGE';
  constructor(readonly parts: number) {
    super(`Feuille de ${parts} parties : au-delà de ${SHEET_MAX_PARTS}.`);
  }
}

/**
 * Folds an event's attendance into its sheet: one part, or several when the rows would exceed
 * a part's bytes. Every part is validated (hash included) before anything is returned.
 */
export function foldEvent(
  event: EventDocument,
  attendance: readonly AttendanceDocument[],
  closing: Closing,
  maxBytes = SHEET_ROWS_MAX_BYTES,
): SheetDocument[] {
  const rows = attendance
    .filter((record) => record.eventId === event.id)
    .map(rowOf)
    .sort(byPerson);
  const groups = splitRows(rows, maxBytes);
  if (groups.length > SHEET_MAX_PARTS) throw new SheetTooLargeError(groups.length);
  const snapshot = {
    title: event.title,
    kind: event.kind,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    startTime: event.startTime,
    endTime: event.endTime,
    location: event.location,
  };
  return groups.map((group, index) => {
    const frozen = {
      eventId: event.id,
      part: index + 1,
      parts: groups.length,
      event: snapshot,
      closedAt: closing.at,
      closedBy: closing.by,
      closedDevice: closing.device,
      rows: group,
      totals: totalsOf(group),
    };
    return sheetDocumentSchema.parse({
      ...closing.stamps,
      id: sheetId(event.id, index + 1),
      ...frozen,
      hash: sheetHash(frozen),
      amendments: [],
    });
  });
}

/** Amendments in the order they apply: by time, then by id (the same order on every device). */
export function amendmentOrder(a: Amendment, b: Amendment): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A late record merged into a line, as two doors' records merge: nothing a door took is lost,
 * and a payment both hold counts once.
 */
export function mergeLateRow(line: SheetRow | undefined, late: SheetRow): SheetRow {
  if (!line) return late;
  const inside = [line, late].filter((row) => row.present && row.checkedInAt !== '');
  const earliest = inside.reduce<SheetRow | undefined>(
    (kept, row) => (kept === undefined || row.checkedInAt < kept.checkedInAt ? row : kept),
    undefined,
  );
  const notes = [...new Set([line.notes, late.notes].filter(Boolean))].join('\n').slice(0, 500);
  const { otherDoorPayments: _payments, otherDoorMemberships: _memberships, ...kept } = line;
  const united = unitedDoorLines([line, late]);
  return {
    ...kept,
    registered: line.registered || late.registered,
    present: line.present || late.present,
    checkedInAt: earliest?.checkedInAt ?? line.checkedInAt,
    checkedInBy: earliest?.checkedInBy ?? line.checkedInBy,
    checkedInDevice: earliest?.checkedInDevice ?? line.checkedInDevice,
    proxyHolderId: line.proxyHolderId || late.proxyHolderId,
    ...rowPayments(united.payments),
    ...rowMemberships(united.memberships),
    membersOnlyOverride: line.membersOnlyOverride || late.membersOnlyOverride,
    notes,
  };
}

/** The lines of a sheet part with its amendments applied, by person id. */
export function effectiveRows(sheet: Pick<SheetDocument, 'rows' | 'amendments'>): Map<string, SheetRow> {
  const rows = new Map(sheet.rows.map((row) => [row.personId, row]));
  for (const amendment of [...sheet.amendments].sort(amendmentOrder)) {
    const { personId } = amendment.row;
    rows.set(
      personId,
      amendment.kind === 'correction' ? amendment.row : mergeLateRow(rows.get(personId), amendment.row),
    );
  }
  return rows;
}

/** Every line of an event's sheet parts, amendments applied; a person amended into two parts counts once. */
export function sheetLines(
  parts: readonly Pick<SheetDocument, 'part' | 'rows' | 'amendments'>[],
): SheetRow[] {
  const lines = new Map<string, SheetRow>();
  for (const part of [...parts].sort((a, b) => a.part - b.part)) {
    for (const [personId, row] of effectiveRows(part)) {
      const before = lines.get(personId);
      lines.set(personId, before ? mergeLateRow(before, row) : row);
    }
  }
  return [...lines.values()];
}

/** The event's totals from its sheet parts, amendments applied. */
export function sheetTotals(parts: readonly SheetDocument[]): SheetTotals {
  return parts.length === 0 ? { ...totalsOf([]), takings: NO_TAKINGS } : totalsOf(sheetLines(parts));
}

/** The part a person's amendment goes to: theirs if a part lists them, otherwise the last. */
export function partFor<S extends Pick<SheetDocument, 'part' | 'rows' | 'amendments'>>(
  parts: readonly S[],
  personId: string,
): S | undefined {
  const sorted = [...parts].sort((a, b) => a.part - b.part);
  return sorted.find((part) => effectiveRows(part).has(personId)) ?? sorted[sorted.length - 1];
}

/** Why a late record joins the sheet (stored in the sheet, in French like the rest of it). */
export const LATE_CHECK_IN_REASON =
  'Entrée enregistrée à la porte hors ligne, reçue après la clôture de l’événement.';

/** A fixed namespace: changing it would let one late record be folded twice. */
const LATE_NAMESPACE = 'c1e7b9a2-4f3d-4b6e-8a1c-5d2f0e9b7a63';

/**
 * The amendment a late attendance record becomes, or null when the sheet already says all it
 * says. Its id comes from the record's id and version, so every office device that folds the
 * same record writes the same amendment, and a union keeps one.
 */
export function lateCheckInAmendment(
  parts: readonly Pick<SheetDocument, 'part' | 'rows' | 'amendments'>[],
  record: AttendanceDocument,
  reason: string,
): Amendment | null {
  const late = rowOf(record);
  const current = sheetLines(parts).find((row) => row.personId === record.personId);
  if (current && canonicalJson(mergeLateRow(current, late)) === canonicalJson(current)) return null;
  return {
    id: uuidv5(`${record.id}:${record.updatedAt}`, LATE_NAMESPACE),
    kind: 'late-check-in',
    at: record.updatedAt,
    by: record.checkedInBy || record.updatedBy,
    device: (record.checkedInDevice || record.deviceId).slice(0, 40),
    reason,
    row: late,
  };
}
