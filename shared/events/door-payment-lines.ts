import type { AttendanceDocument } from '@shared/events/attendance';
import { canonicalJson } from '@shared/json/canonical';
import type { Cents } from '@shared/money/cents';

/**
 * Money taken at the door for one person at one event, as lines: `doorPayment` is the first,
 * `otherDoorPayments` the rest. One line holds one method and one cheque number, so a second
 * payment (cash after a cheque, or another door's, met when two doors offline both charged the
 * person) is a line of its own, never summed into the first: a sum keeps one method and one
 * number, and a cheque would vanish from the takings and from the cheques to deposit.
 *
 * A line never changes once taken (a door adds lines; only the office corrects, replacing them),
 * so a line is known by its content: two devices' lines unite without counting one twice.
 */

export type DoorPaymentLine = AttendanceDocument['doorPayment'];
/** A cotisation taken at the door: the same line, with the cotisation it paid. */
export type DoorMembershipLine = AttendanceDocument['doorMembership'];

/** What holds door payments: an attendance record, or a sheet's line (whose list is optional). */
export interface DoorPaid {
  doorPayment: DoorPaymentLine;
  otherDoorPayments?: readonly DoorPaymentLine[] | undefined;
  checkedInDevice?: string;
}

export interface DoorSold {
  doorMembership: DoorMembershipLine;
  otherDoorMemberships?: readonly DoorMembershipLine[] | undefined;
}

export const NO_DOOR_PAYMENT: DoorPaymentLine = { amount: 0 as Cents, method: '', chequeNumber: '' };

/** The payments a record holds (amounts above zero), first line first. */
export function doorPaymentLines(record: DoorPaid): DoorPaymentLine[] {
  return [record.doorPayment, ...(record.otherDoorPayments ?? [])].filter((line) => line.amount > 0);
}

/** The cotisations a record says were taken at the door (amounts above zero), first line first. */
export function doorMembershipLines(record: DoorSold): DoorMembershipLine[] {
  return [record.doorMembership, ...(record.otherDoorMemberships ?? [])].filter((line) => line.amount > 0);
}

/**
 * Every payment and every cotisation taken at the doors on these records, each once
 * (`uniteLines`): what a merge of two records of one person keeps, whoever merges them.
 */
export function unitedDoorLines(records: readonly (DoorPaid & DoorSold)[]): {
  payments: DoorPaymentLine[];
  memberships: DoorMembershipLine[];
} {
  return {
    payments: uniteLines(records.map(doorPaymentLines)),
    memberships: uniteLines(records.map(doorMembershipLines)),
  };
}

/** All that was paid at the door for the record. */
export function doorPaid(record: DoorPaid): Cents {
  return doorPaymentLines(record).reduce((sum, line) => sum + line.amount, 0) as Cents;
}

/** The door that took a line: its own, or (lines recorded before doors were named on them) the check-in's. */
export function lineDevice(
  line: Pick<DoorPaymentLine, 'device'>,
  record: Pick<DoorPaid, 'checkedInDevice'>,
): string {
  return line.device || record.checkedInDevice || '';
}

type Line = { at?: string | undefined };
const keyOf = (line: Line) => canonicalJson(line);

/** Lines in one order on every device: by when they were taken, then by content. */
function ordered<L extends Line>(lines: readonly L[]): L[] {
  return [...lines].sort((a, b) => {
    const [at, bt] = [a.at ?? '', b.at ?? ''];
    if (at !== bt) return at < bt ? -1 : 1;
    const [ak, bk] = [keyOf(a), keyOf(b)];
    return ak < bk ? -1 : ak > bk ? 1 : 0;
  });
}

/**
 * The lines of several versions of one record, each line once. With the version both started
 * from (`base`), a line it held that one side no longer holds was removed there (an office
 * correction) and stays removed; without it, nothing is removed: money taken is never lost.
 */
export function uniteLines<L extends Line>(sides: readonly (readonly L[])[], base?: readonly L[]): L[] {
  const before = new Set((base ?? []).map(keyOf));
  const held = sides.map((lines) => new Set(lines.map(keyOf)));
  const united = new Map<string, L>();
  for (const lines of sides) {
    for (const line of lines) {
      const key = keyOf(line);
      const removed = before.has(key) && held.some((keys) => !keys.has(key));
      if (!removed && !united.has(key)) united.set(key, line);
    }
  }
  return ordered([...united.values()]);
}

/** The record's two fields for a list of lines (the earliest first). */
export function doorPaymentFields(lines: readonly DoorPaymentLine[]): {
  doorPayment: DoorPaymentLine;
  otherDoorPayments: DoorPaymentLine[];
} {
  const [first, ...rest] = ordered(lines.filter((line) => line.amount > 0));
  return { doorPayment: first ?? NO_DOOR_PAYMENT, otherDoorPayments: rest };
}

export const NO_DOOR_MEMBERSHIP_LINE: DoorMembershipLine = {
  membershipId: '',
  amount: 0 as Cents,
  method: '',
  chequeNumber: '',
};

/** The record's two cotisation fields for a list of lines (the earliest first). */
export function doorMembershipFields(lines: readonly DoorMembershipLine[]): {
  doorMembership: DoorMembershipLine;
  otherDoorMemberships: DoorMembershipLine[];
} {
  const [first, ...rest] = ordered(lines.filter((line) => line.amount > 0));
  return { doorMembership: first ?? NO_DOOR_MEMBERSHIP_LINE, otherDoorMemberships: rest };
}
