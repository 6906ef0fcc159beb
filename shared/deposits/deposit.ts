import { z } from 'zod';
import type { Cents } from '@shared/money/cents';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { indexedIsoDate, isoDate } from '@shared/schema/common';
import { centsSchema, optionalIsoDate, optionalText, reference, requiredText } from '@shared/members/fields';
import { RECEIPT_NUMBER_MAX_LENGTH, RECEIPT_NUMBER_PATTERN } from '@shared/receipts/receipt-number';

/**
 * `deposits` (bordereaux de remise de chèques): the cheques — and the cash, if any — taken to the
 * bank together on one day, into the association's account. A slip holds a frozen line per
 * cheque (who paid, the bank, the number, the amount, where it came from), so that it reads and
 * prints alone, like the paper the bank stamps: a cheque is « déposé » when a slip lists it.
 *
 * Why a collection of its own (the twelfth of RxDB's free thirteen) rather than a `depositId` on
 * the documents that carry a payment: a cheque taken at the door of a closed event lives in that
 * event's sheet, whose content is frozen and hashed (shared/events/sheet.ts), so no field can be
 * added to it; a receipted donation or fee is locked by its receipt. A slip names its cheques by
 * a key that outlives the attendance record folded into a sheet (`chequeKey`). No existing
 * collection fits either: settings are written by administrators only and reach every device,
 * receipts are the legal register (222 bis) and only ever cancelled, sheets are an event's record.
 * Here the permission matrix gives slips to the treasurer, and the read scope keeps them off the
 * door (they name donors and amounts).
 */

/** Where a cheque was taken: a donation, a cotisation, the door of an event (entry fee). */
export const CHEQUE_SOURCES = ['donation', 'membership', 'door'] as const;
export type ChequeSource = (typeof CHEQUE_SOURCES)[number];

export const DEPOSIT_STATUSES = ['prepared', 'deposited'] as const;
export type DepositStatus = (typeof DEPOSIT_STATUSES)[number];

/** A slip of the bank holds a few dozen cheques; far more is a mistake, not a day's takings. */
export const DEPOSIT_MAX_CHEQUES = 300;
export const CHEQUE_KEY_MAX_LENGTH = 120;
/** A bank's name as written on a slip (« Crédit Agricole Centre-Est »). */
export const BANK_MAX_LENGTH = 80;

/** One cheque on a slip, as it stood when the slip was made. */
export const depositChequeSchema = z
  .object({
    /** `donation:<id>`, `membership:<id>`, `door:<event>:<person>` (see `chequeKey`). */
    key: requiredText(CHEQUE_KEY_MAX_LENGTH, 'errors.common.invalid'),
    source: z.enum(CHEQUE_SOURCES),
    /** The donor, the member or the household, the person at the door. */
    payer: requiredText(160, 'errors.deposits.payerRequired'),
    bank: optionalText(BANK_MAX_LENGTH),
    number: optionalText(20),
    amount: centsSchema,
    receivedOn: isoDate,
    /** « Don — Rénovation du lavoir », « Cotisation 2026-2027 — Individuel », the event's title. */
    origin: optionalText(200),
  })
  .strict();
export type DepositCheque = z.output<typeof depositChequeSchema>;
export type DepositChequeInput = z.input<typeof depositChequeSchema>;

export const depositDocumentSchema = documentSchema({
  /** `<year>-<series>-<seq>` like receipts: the device's series keeps two offline devices apart. */
  number: z
    .string()
    .max(RECEIPT_NUMBER_MAX_LENGTH)
    .regex(RECEIPT_NUMBER_PATTERN, { error: 'errors.common.invalid' }),
  /** The day the slip is made out for (the date written on it). */
  date: indexedIsoDate,
  status: z.enum(DEPOSIT_STATUSES),
  /** Who prepared it: their account, and their name as the slip prints it. */
  preparedBy: reference,
  preparedByName: requiredText(80, 'errors.common.invalid'),
  /** The day it was handed to the bank; `''` while only prepared. */
  depositedOn: optionalIsoDate,
  /** The account credited, as the association's settings said it (« FR76 … », « Crédit Mutuel »). */
  account: optionalText(120),
  cheques: z.array(depositChequeSchema).max(DEPOSIT_MAX_CHEQUES),
  /** Notes and coins handed over with the cheques, if any. */
  cash: centsSchema,
  /** The sum of the cheques and the cash, and the number of cheques, as printed. */
  total: z.int().min(0).max(Number.MAX_SAFE_INTEGER) as unknown as z.ZodType<Cents, number>,
  count: z.int().min(0).max(DEPOSIT_MAX_CHEQUES),
  notes: optionalText(500),
}).superRefine((slip, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (slip.cheques.length === 0 && slip.cash === 0) issue('cheques', 'errors.deposits.empty');
  if (new Set(slip.cheques.map((cheque) => cheque.key)).size !== slip.cheques.length)
    issue('cheques', 'errors.deposits.chequeTwice');
  const sum = slip.cheques.reduce<number>((total, cheque) => total + cheque.amount, slip.cash);
  if (slip.total !== sum) issue('total', 'errors.deposits.totalMismatch');
  if (slip.count !== slip.cheques.length) issue('count', 'errors.deposits.totalMismatch');
  if (slip.status === 'deposited' && slip.depositedOn === '')
    issue('depositedOn', 'errors.deposits.depositedOn');
  if (slip.status === 'prepared' && slip.depositedOn !== '')
    issue('depositedOn', 'errors.deposits.depositedOn');
  if (slip.depositedOn !== '' && slip.depositedOn < slip.date)
    issue('depositedOn', 'errors.deposits.depositedBefore');
});
export type DepositDocument = z.output<typeof depositDocumentSchema>;
export type DepositInput = z.input<typeof depositDocumentSchema>;

export const depositsCollection = defineCollection({
  name: 'deposits',
  version: 0,
  schema: depositDocumentSchema,
  indexes: ['date'],
});
