import { z } from 'zod';
import { formatMoney } from '@shared/format/intl';
import type { Cents } from '@shared/money/cents';
import { centsSchema } from '@shared/members/fields';
import { PAYMENT_METHODS } from '@shared/members/membership';
import { trimmedText } from '@shared/schema/common';
import type { DoorPaymentLine } from '@shared/events/door-payment-lines';

/**
 * An office correction of the money taken at the door for one attendance (issue 15, item 4). A
 * door may record or raise a payment, never lower it; the office may, and says why: the reason
 * is required when the amount goes down, and kept on the record's notes (so the journal's entry
 * of the change carries it too).
 */
export const DOOR_PAYMENT_REASON_MAX = 200;

/** `paid`: what the record says was taken at the door, all its payments together. */
export const doorPaymentCorrectionSchema = (paid: Cents) =>
  z
    .object({
      amount: centsSchema,
      method: z.enum(PAYMENT_METHODS).or(z.literal('')),
      reason: trimmedText(DOOR_PAYMENT_REASON_MAX).default(''),
    })
    .superRefine((correction, ctx) => {
      if (correction.amount > 0 && correction.method === '') {
        ctx.addIssue({ code: 'custom', path: ['method'], message: 'errors.members.paymentMethodRequired' });
      }
      if (correction.amount < paid && correction.reason === '') {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'errors.doorPayment.reasonRequired' });
      }
    });
export type DoorPaymentCorrection = z.output<ReturnType<typeof doorPaymentCorrectionSchema>>;

const NOTES_MAX = 500;
/** The payments' detail in a correction's line: with the reason's 200, the line stays under 500. */
const DETAIL_MAX = 200;

/** How the notes name a method (stored French, like the rest of the record's notes). */
const METHOD_WORDS: Record<string, string> = {
  especes: 'espèces',
  cheque: 'chèque',
  virement: 'virement',
  carte: 'carte',
  helloasso: 'HelloAsso',
};

/** « 5,00 € chèque n° 12, Porte 1 ; 5,00 € espèces, Porte 2 ». */
export function describePayments(lines: readonly DoorPaymentLine[]): string {
  return lines
    .map((line) =>
      [
        `${formatMoney(line.amount)} ${METHOD_WORDS[line.method] ?? line.method}`,
        line.chequeNumber ? ` n° ${line.chequeNumber}` : '',
        line.device ? `, ${line.device}` : '',
      ].join(''),
    )
    .join(' ; ');
}

/**
 * The notes after a correction: the line saying it (« Paiement à l'entrée corrigé : 10,00 € →
 * 5,00 €. Raison : … ») after what was there; the oldest text gives way when the notes would pass
 * their maximum, cut between characters, never inside a surrogate pair.
 */
export function notesAfterCorrection(
  notes: string,
  before: Cents,
  correction: Pick<DoorPaymentCorrection, 'amount' | 'reason'>,
  lines: readonly DoorPaymentLine[] = [],
): string {
  // Several payments become one: each is said, so that no cheque leaves no trace.
  const detail = lines.length > 1 ? ` (${describePayments(lines).slice(0, DETAIL_MAX)})` : '';
  const line = `Paiement à l’entrée corrigé : ${formatMoney(before)}${detail} → ${formatMoney(correction.amount as Cents)}.${
    correction.reason ? ` Raison : ${correction.reason}` : ''
  }`;
  // Lengths in UTF-16 units, as the schema's maximum counts them (the reason's 200 leave room).
  const room = NOTES_MAX - line.length - 1;
  let start = Math.max(notes.length - room, 0);
  if (/[\udc00-\udfff]/.test(notes.charAt(start))) start += 1;
  const head = notes.slice(start);
  return head ? `${head}\n${line}` : line;
}
