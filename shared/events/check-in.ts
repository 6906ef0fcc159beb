import type { AttendanceDocument } from '@shared/events/attendance';
import { doorPaymentFields, doorPaymentLines } from '@shared/events/door-payment-lines';
import type { Cents } from '@shared/money/cents';
import type { PaymentMethod } from '@shared/members/membership';

/** Money taken at the door with a check-in: the cheque's number when paid by cheque. */
export interface DoorPaymentTaken {
  amount: Cents;
  method: PaymentMethod;
  chequeNumber?: string;
}

/** Who checks someone in, where and when (an ISO instant). */
export interface CheckInBy {
  at: string;
  userId: string;
  /** The device's name (« Porte 2 »), shown to a second door that meets the same person. */
  device: string;
}

export type CheckInOutcome =
  | { kind: 'checked-in'; changes: Partial<AttendanceDocument> }
  /** Already in: when and at which door, never a second entry. */
  | { kind: 'already'; at: string; device: string };

/**
 * Checking a person in, from the record the door holds (if any): present, with when, who and
 * which door. A payment taken at the same time is added to what was already recorded, never
 * put in its place (money taken at the door never disappears).
 */
export function checkIn(
  existing:
    | (Pick<AttendanceDocument, 'present' | 'checkedInAt' | 'checkedInDevice' | 'doorPayment'> &
        Partial<Pick<AttendanceDocument, 'otherDoorPayments'>>)
    | undefined,
  by: CheckInBy,
  payment?: DoorPaymentTaken,
): CheckInOutcome {
  if (existing?.present)
    return { kind: 'already', at: existing.checkedInAt, device: existing.checkedInDevice };
  const device = by.device.slice(0, 40);
  const paid = existing ? doorPaymentLines(existing) : [];
  // A payment is a line of its own, with its door and time: added to what was recorded, never
  // summed into it (a sum keeps one method, and a cheque taken earlier would lose its own).
  const payments = payment
    ? doorPaymentFields([
        ...paid,
        {
          amount: payment.amount,
          method: payment.method,
          chequeNumber: payment.method === 'cheque' ? (payment.chequeNumber ?? '') : '',
          device,
          at: by.at,
        },
      ])
    : doorPaymentFields(paid);
  return {
    kind: 'checked-in',
    changes: {
      present: true,
      checkedInAt: by.at,
      checkedInBy: by.userId,
      checkedInDevice: device,
      ...payments,
    },
  };
}

/** Undoing a check-in (a wrong tap): absent again, the record and any payment kept. */
export function undoCheckIn(): Partial<AttendanceDocument> {
  return { present: false, checkedInAt: '', checkedInBy: '', checkedInDevice: '' };
}

/** Présents, inscrits and the takings by method, for the door's counters and the event page. */
export function attendanceCounts(records: readonly AttendanceDocument[]) {
  let present = 0;
  let registered = 0;
  const takings = new Map<PaymentMethod, number>();
  for (const record of records) {
    if (record.present) present += 1;
    if (record.registered) registered += 1;
    for (const { amount, method } of doorPaymentLines(record))
      if (method !== '') takings.set(method, (takings.get(method) ?? 0) + amount);
  }
  return { present, registered, takings };
}
