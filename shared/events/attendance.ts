import { z } from 'zod';
import type { Cents } from '@shared/money/cents';
import { v5 as uuidv5 } from 'uuid';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { documentIdOf, isoDateTime, trimmedText } from '@shared/schema/common';
import {
  centsSchema,
  optionalReference,
  optionalReferenceTo,
  optionalText,
  referenceTo,
} from '@shared/members/fields';
import { asAttendanceId, type AttendanceId, type EventId, type PersonId } from '@shared/ids';
import { PAYMENT_METHODS } from '@shared/members/membership';
import { doorMembershipFields, doorPaymentFields, unitedDoorLines } from '@shared/events/door-payment-lines';

/**
 * `attendance`: one document per (event, person) — registration, presence, proxy, payment at
 * the door. Its id is derived from the pair (`attendanceId`), so two doors checking in the same
 * person offline write the same document, and sync merges them into one record instead of two.
 */

/** A fixed namespace: changing it would give every existing record a new id. */
const ATTENDANCE_NAMESPACE = '3f0c9a52-6a61-4d1e-9c5e-2b7d0c6e8a41';

/** UUID v5 (SHA-1, synchronous, the same in the browser and in Node) of `eventId:personId`. */
export function attendanceId(eventId: EventId, personId: PersonId): AttendanceId {
  return asAttendanceId(uuidv5(`${eventId}:${personId}`, ATTENDANCE_NAMESPACE));
}

const optionalInstant = z.union([isoDateTime, z.literal('')]).default('');

/** Door payments one record keeps beyond the first: far above what a person pays in an evening. */
export const MAX_OTHER_DOOR_PAYMENTS = 20;

export const doorPaymentSchema = z
  .object({
    amount: centsSchema.default(0 as Cents),
    /** `''` when nothing was paid at the door. */
    method: z.enum(PAYMENT_METHODS).or(z.literal('')).default(''),
    /** The cheque's number when paid by cheque, for the door's cash count (caisse). */
    chequeNumber: optionalText(20),
    /**
     * The door that took it and when (version 3). Absent on payments recorded before, and on
     * the lines of sheets frozen before: a sheet's hash covers its lines as they were.
     */
    device: trimmedText(40).optional(),
    at: z.union([isoDateTime, z.literal('')]).optional(),
  })
  .strict()
  .superRefine((payment, ctx) => {
    if (payment.amount > 0 && payment.method === '') {
      ctx.addIssue({ code: 'custom', path: ['method'], message: 'errors.members.paymentMethodRequired' });
    }
  });

/**
 * A cotisation taken at the door with the check-in: the cotisation is the record (accounts,
 * status); this copy is what the door's takings and cash count read, since a door device is
 * never sent cotisations' amounts.
 */
export const doorMembershipSchema = z
  .object({
    membershipId: optionalReference,
    amount: centsSchema.default(0 as Cents),
    method: z.enum(PAYMENT_METHODS).or(z.literal('')).default(''),
    chequeNumber: optionalText(20),
    /** The door that took it and when (version 3); absent before, as on a door payment. */
    device: trimmedText(40).optional(),
    at: z.union([isoDateTime, z.literal('')]).optional(),
  })
  .strict();
export const NO_DOOR_MEMBERSHIP = {
  membershipId: '',
  amount: 0 as Cents,
  method: '' as const,
  chequeNumber: '',
};

export const attendanceDocumentSchema = documentSchema({
  id: documentIdOf<AttendanceId>(),
  eventId: referenceTo<EventId>(),
  personId: referenceTo<PersonId>(),
  /** Registered in advance (inscription); a walk-in checked in at the door is not. */
  registered: z.boolean().default(false),
  present: z.boolean().default(false),
  /** When, by whom and on which device the person was checked in; `''` while absent. */
  checkedInAt: optionalInstant,
  checkedInBy: optionalReference,
  checkedInDevice: optionalText(40),
  /** General assembly: the present member who holds this member's proxy (pouvoir). */
  proxyHolderId: optionalReferenceTo<PersonId>(),
  doorPayment: doorPaymentSchema.default({ amount: 0 as Cents, method: '', chequeNumber: '' }),
  /**
   * Payments taken at the door beyond `doorPayment` (version 3): a second payment of the same
   * person (cash after a cheque), or another door's, met when two doors offline both charged
   * them. One payment holds one method and one cheque number, so each stays its own line:
   * summing them would lose a cheque from the takings and from the cheques to deposit.
   */
  otherDoorPayments: z.array(doorPaymentSchema).max(MAX_OTHER_DOOR_PAYMENTS).default([]),
  /**
   * Let in at a members-only event although not à jour, by the door's explicit choice: the
   * office sees it (event page, journal) and follows it up.
   */
  membersOnlyOverride: z.boolean().default(false),
  doorMembership: doorMembershipSchema.default(NO_DOOR_MEMBERSHIP),
  /**
   * Cotisations taken at the door beyond `doorMembership` (version 3): two doors offline that
   * both sold the person one. Both cotisations exist; each door's till counts its own.
   */
  otherDoorMemberships: z.array(doorMembershipSchema).max(MAX_OTHER_DOOR_PAYMENTS).default([]),
  notes: optionalText(500),
  /** The import that registered the person (a HelloAsso ticketing export); `''` otherwise. */
  importId: optionalReference,
}).superRefine((attendance, ctx) => {
  if (attendance.id !== attendanceId(attendance.eventId, attendance.personId)) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: 'errors.events.attendanceId' });
  }
  if (attendance.present && attendance.checkedInAt === '') {
    ctx.addIssue({ code: 'custom', path: ['checkedInAt'], message: 'errors.events.checkInTimeRequired' });
  }
  if (attendance.proxyHolderId !== '' && attendance.proxyHolderId === attendance.personId) {
    ctx.addIssue({ code: 'custom', path: ['proxyHolderId'], message: 'errors.events.proxyToSelf' });
  }
});
export type AttendanceDocument = z.output<typeof attendanceDocumentSchema>;
export type AttendanceInput = z.input<typeof attendanceDocumentSchema>;

export const attendanceCollection = defineCollection({
  name: 'attendance',
  version: 3,
  schema: attendanceDocumentSchema,
  indexes: ['eventId', 'personId'],
  migrations: {
    // Version 1: the cheque number of a door payment, the members-only override and the
    // cotisation taken at the door; records of version 0 had none of them.
    1: ({ doorPayment, ...attendance }) => ({
      ...attendance,
      doorPayment: { amount: 0, method: '', ...(doorPayment as object | undefined), chequeNumber: '' },
      membersOnlyOverride: false,
      doorMembership: NO_DOOR_MEMBERSHIP,
    }),
    // Version 2: the import that registered the person, so that undoing the import removes it.
    2: (attendance) => ({ ...attendance, importId: '' }),
    // Version 3: each door payment and cotisation its own line (the door and the time on new ones).
    3: (attendance) => ({ ...attendance, otherDoorPayments: [], otherDoorMemberships: [] }),
  },
});

/**
 * One record of a person at an event out of two (issue 15): the check-in recorded for a record
 * later merged into `kept`'s person, moved to `kept`'s id (deterministic from the survivor).
 * Registered or present on either side stays so; the earliest check-in stands, with who and
 * where; a proxy held on either side stays. Money taken at the door on both records is kept line
 * by line, each payment once (`uniteLines`), so that two devices applying the same merge
 * (or one applying it twice) reach the same record.
 */
export function mergeAttendance(kept: AttendanceDocument, moved: AttendanceDocument): AttendanceDocument {
  const earliest =
    kept.checkedInAt === '' || (moved.checkedInAt !== '' && moved.checkedInAt < kept.checkedInAt)
      ? moved
      : kept;
  const notes = [...new Set([kept.notes, moved.notes].filter(Boolean))].join('\n').slice(0, 500);
  const proxyHolderId = kept.proxyHolderId || moved.proxyHolderId;
  const united = unitedDoorLines([kept, moved]);
  return {
    ...kept,
    registered: kept.registered || moved.registered,
    present: kept.present || moved.present,
    checkedInAt: earliest.checkedInAt,
    checkedInBy: earliest.checkedInBy,
    checkedInDevice: earliest.checkedInDevice,
    proxyHolderId: proxyHolderId === kept.personId ? '' : proxyHolderId,
    ...doorPaymentFields(united.payments),
    ...doorMembershipFields(united.memberships),
    notes,
  };
}
