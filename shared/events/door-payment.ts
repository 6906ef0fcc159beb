import { z } from 'zod';
import type { AttendanceDocument } from '@shared/events/attendance';
import { doorMembershipLines, doorPaymentLines, lineDevice } from '@shared/events/door-payment-lines';
import type { Cents } from '@shared/money/cents';
import { centsSchema, optionalText } from '@shared/members/fields';

/**
 * Money taken at the door: how it may be paid there, what the volunteer must say, and what
 * one door took by method (the takings on the screen, the cash count at the end).
 */

/** Espèces, chèque (with its number), carte: what a door takes. */
export const DOOR_METHODS = ['especes', 'cheque', 'carte'] as const;
export type DoorMethod = (typeof DOOR_METHODS)[number];

/** What the door volunteer enters: an amount above zero, a method, a cheque's number. */
export const doorPaymentInputSchema = z
  .object({
    amount: centsSchema.refine((amount) => amount > 0, { error: 'errors.members.amountRequired' }),
    method: z.enum(DOOR_METHODS, { error: 'errors.members.paymentMethodRequired' }),
    chequeNumber: optionalText(20),
  })
  .strict()
  .superRefine((payment, ctx) => {
    if (payment.method === 'cheque' && payment.chequeNumber === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['chequeNumber'],
        message: 'errors.members.chequeNumberRequired',
      });
    }
    if (payment.method !== 'cheque' && payment.chequeNumber !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['chequeNumber'],
        message: 'errors.members.chequeNumberOnlyForCheque',
      });
    }
  });
export type DoorPaymentInput = z.input<typeof doorPaymentInputSchema>;
export type DoorPayment = z.output<typeof doorPaymentInputSchema>;

export interface DoorCheque {
  personId: string;
  amount: Cents;
  number: string;
}

export interface DoorTakings {
  /** Cents by method; every door method is there, 0 when nothing was taken that way. */
  byMethod: Record<DoorMethod, Cents>;
  /** Other methods a record may hold (an office correction: virement, HelloAsso). */
  other: Cents;
  total: Cents;
  cheques: DoorCheque[];
}

/**
 * What a door took at an event, by method — entry fees and cotisations taken there — from the
 * attendance records (`device`: the door's name, as check-ins and payments record it; omitted:
 * every door). Each payment counts for the door that took it, which may not be the door whose
 * check-in stood when two doors met the same person.
 */
export function doorTakings(records: readonly AttendanceDocument[], device?: string): DoorTakings {
  const takings = emptyTakings();
  for (const record of records) {
    for (const line of doorPaymentLines(record)) {
      if (device !== undefined && lineDevice(line, record) !== device) continue;
      if (line.method !== '') addTaken(takings, { personId: record.personId, ...line });
    }
    for (const line of doorMembershipLines(record)) {
      if (device !== undefined && lineDevice(line, record) !== device) continue;
      const { amount, method, chequeNumber } = line;
      if (method !== '') addTaken(takings, { personId: record.personId, amount, method, chequeNumber });
    }
  }
  return takings;
}

export function emptyTakings(): DoorTakings {
  return {
    byMethod: { especes: 0 as Cents, cheque: 0 as Cents, carte: 0 as Cents },
    other: 0 as Cents,
    total: 0 as Cents,
    cheques: [],
  };
}

/** Adds one payment to `takings` (in place). */
export function addTaken(
  takings: DoorTakings,
  payment: { personId: string; amount: Cents; method: string; chequeNumber: string },
): void {
  const { amount, method } = payment;
  if ((DOOR_METHODS as readonly string[]).includes(method)) {
    const key = method as DoorMethod;
    takings.byMethod[key] = (takings.byMethod[key] + amount) as Cents;
  } else {
    takings.other = (takings.other + amount) as Cents;
  }
  takings.total = (takings.total + amount) as Cents;
  if (method === 'cheque')
    takings.cheques.push({ personId: payment.personId, amount, number: payment.chequeNumber });
}

/** The cash count (caisse): espèces counted in the till against what the door recorded. */
export function cashDifference(recorded: Cents, counted: Cents): Cents {
  return (counted - recorded) as Cents;
}
