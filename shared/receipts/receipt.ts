import { z } from 'zod';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { indexedIsoDate, isoDate, isoDateTime } from '@shared/schema/common';
import { centsSchema, optionalReference, reference } from '@shared/members/fields';
import { DONATION_FORMS, DONATION_METHODS, DONATION_NATURES } from '@shared/donations/donation';
import { parseReceiptNumber, RECEIPT_NUMBER_MAX_LENGTH } from '@shared/receipts/receipt-number';
import { tooLong } from '@shared/schema/messages';

/**
 * `receipts` (reçus fiscaux): immutable once issued (DESIGN.md, Receipts). A receipt keeps a
 * frozen copy of what it certifies — the association's and the donor's blocks, the donations,
 * the amount in figures and in words — so that editing the settings or a person later never
 * changes a receipt already handed out. The only change ever allowed is a cancellation, with
 * its reason; the number then stays in the register and is never given again.
 */
export const RECEIPT_KINDS = ['11580', '16216'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

export const RECEIPT_STATUSES = ['issued', 'cancelled'] as const;
export type ReceiptStatus = (typeof RECEIPT_STATUSES)[number];

/** Frozen text: no trimming or defaults, it must read back exactly as it was printed. */
const frozen = (max: number) => z.string().max(max);

export const receiptNumberSchema = z
  .string()
  .max(RECEIPT_NUMBER_MAX_LENGTH, { error: 'errors.receipts.numberFormat' })
  .refine((number) => parseReceiptNumber(number) !== null, { error: 'errors.receipts.numberFormat' });

const frozenAddress = z
  .object({
    line1: frozen(120),
    line2: frozen(120),
    postalCode: frozen(12),
    city: frozen(80),
    country: frozen(60),
  })
  .strict();

export const organisationSnapshotSchema = z
  .object({
    name: frozen(150).min(1),
    rna: frozen(12),
    siren: frozen(9),
    address: frozenAddress,
    object: frozen(1000),
    /** The category as printed on the Cerfa (« Association loi 1901 d’intérêt général », …). */
    category: frozen(200),
    signatoryName: frozen(100),
    signatoryTitle: frozen(100),
  })
  .strict();
export type OrganisationSnapshot = z.output<typeof organisationSnapshotSchema>;

export const donorSnapshotSchema = z
  .object({
    kind: z.enum(['person', 'organisation']),
    /** « Marie Dupont », or the company's name. */
    name: frozen(200).min(1),
    /** Companies (Cerfa 16216): their SIREN; `''` for a person. */
    siren: frozen(9),
    address: frozenAddress,
  })
  .strict();
export type DonorSnapshot = z.output<typeof donorSnapshotSchema>;

export const receiptLineSchema = z
  .object({
    donationId: reference,
    receivedOn: isoDate,
    amount: centsSchema,
    method: z.enum(DONATION_METHODS),
    form: z.enum(DONATION_FORMS),
    nature: z.enum(DONATION_NATURES),
    natureDescription: frozen(300),
  })
  .strict();
export type ReceiptLine = z.output<typeof receiptLineSchema>;

export const cancellationSchema = z
  .object({
    reason: z
      .string()
      .trim()
      .max(500, { error: tooLong(500) })
      .default(''),
    cancelledAt: z.union([isoDateTime, z.literal('')]).default(''),
    cancelledBy: optionalReference,
  })
  .strict();

export const NO_CANCELLATION = { reason: '', cancelledAt: '', cancelledBy: '' } as const;

export const receiptDocumentSchema = documentSchema({
  number: receiptNumberSchema,
  kind: z.enum(RECEIPT_KINDS),
  status: z.enum(RECEIPT_STATUSES),
  donorId: reference,
  issuedOn: indexedIsoDate,
  issuedBy: reference,
  /** The donations covered: one for a single gift, all of a year for an annual receipt. */
  period: z.object({ from: isoDate, to: isoDate }).strict(),
  lines: z.array(receiptLineSchema).min(1).max(400),
  total: centsSchema,
  totalInWords: frozen(300).min(1),
  organisation: organisationSnapshotSchema,
  donor: donorSnapshotSchema,
  /** SHA-256 of the canonical JSON of what was printed, to show a reprint is the same receipt. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  cancellation: cancellationSchema.default(NO_CANCELLATION),
}).superRefine((receipt, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  if (receipt.period.to < receipt.period.from) issue(['period', 'to'], 'errors.receipts.periodOrder');
  const sum = receipt.lines.reduce((total, line) => total + line.amount, 0);
  if (sum !== receipt.total) issue(['total'], 'errors.receipts.totalMismatch');
  receipt.lines.forEach((line, index) => {
    if (line.receivedOn < receipt.period.from || line.receivedOn > receipt.period.to) {
      issue(['lines', index, 'receivedOn'], 'errors.receipts.lineOutsidePeriod');
    }
  });
  if (new Set(receipt.lines.map((line) => line.donationId)).size !== receipt.lines.length) {
    issue(['lines'], 'errors.receipts.donationTwice');
  }
  const { reason, cancelledAt, cancelledBy } = receipt.cancellation;
  if (receipt.status === 'cancelled') {
    if (reason === '') issue(['cancellation', 'reason'], 'errors.receipts.cancellationReasonRequired');
    if (cancelledAt === '' || cancelledBy === '')
      issue(['cancellation'], 'errors.receipts.cancellationIncomplete');
  } else if (reason !== '' || cancelledAt !== '' || cancelledBy !== '') {
    issue(['cancellation'], 'errors.receipts.cancellationOnIssued');
  }
});
export type ReceiptDocument = z.output<typeof receiptDocumentSchema>;
export type ReceiptInput = z.input<typeof receiptDocumentSchema>;

export const receiptsCollection = defineCollection({
  name: 'receipts',
  version: 0,
  schema: receiptDocumentSchema,
  indexes: ['number', 'donorId', 'issuedOn'],
});
