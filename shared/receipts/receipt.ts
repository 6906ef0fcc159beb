import { z } from 'zod';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { documentIdOf, indexedIsoDate, isoDate, isoDateTime, trimmedText } from '@shared/schema/common';
import {
  centsSchema,
  optionalReference,
  optionalReferenceTo,
  reference,
  referenceTo,
} from '@shared/members/fields';
import { asDonationId, asMembershipId } from '@shared/ids';
import type { DonationId, MembershipId, PersonId, ReceiptId } from '@shared/ids';
import { DONATION_FORMS, DONATION_METHODS, DONATION_NATURES } from '@shared/donations/donation';
import { ORGANISATION_CATEGORIES } from '@shared/schema/organisation';
import { parseReceiptNumber, RECEIPT_NUMBER_MAX_LENGTH } from '@shared/receipts/receipt-number';

/**
 * `receipts` (reçus fiscaux): immutable once issued (DESIGN.md, Receipts). A receipt keeps a
 * frozen copy of what it certifies — the association's and the donor's blocks, the donations,
 * the amount in figures and in words — so that editing the settings or a person later never
 * changes a receipt already handed out. The only change ever allowed is a cancellation, with
 * its reason; the number then stays in the register and is never given again.
 */
export const RECEIPT_KINDS = ['11580', '16216'] as const;
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/** A receipt for one gift, or the annual summary of all of a donor's gifts of a calendar year. */
export const RECEIPT_SCOPES = ['single', 'annual'] as const;
export type ReceiptScope = (typeof RECEIPT_SCOPES)[number];

/** The boxes « article 200 / 238 bis / 978 du CGI » of the Cerfa. */
export const CGI_ARTICLES = ['200', '238-bis', '978'] as const;
export type CgiArticle = (typeof CGI_ARTICLES)[number];

/** What a receipt line covers: a donation, or a membership fee whose tariff gives no counterpart. */
export const RECEIPT_LINE_SOURCES = ['donation', 'membership'] as const;
export type ReceiptLineSource = (typeof RECEIPT_LINE_SOURCES)[number];

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
    /** The box of the Cerfa's category that is ticked. */
    categoryCode: z.enum(ORGANISATION_CATEGORIES),
    /** The category in words (for `autre`, as the receipt prints it beside the box). */
    category: frozen(200),
    /** For `rup`: the date of the decree of recognition, `''` otherwise. */
    rupDecreeDate: frozen(10),
    signatoryName: frozen(100),
    signatoryTitle: frozen(100),
  })
  .strict();
export type OrganisationSnapshot = z.output<typeof organisationSnapshotSchema>;

export const donorSnapshotSchema = z
  .object({
    kind: z.enum(['person', 'organisation']),
    /** The person's surname (« Dupont »), or the company's dénomination. */
    name: frozen(200).min(1),
    /** A person's first names (« Marie Claire »); `''` for a company. */
    firstNames: frozen(150),
    /** Companies (Cerfa 16216): their forme juridique (« SARL », « SAS »…); `''` for a person. */
    legalForm: frozen(60),
    /** Companies (Cerfa 16216): their SIREN; `''` for a person. */
    siren: frozen(9),
    address: frozenAddress,
  })
  .strict();
export type DonorSnapshot = z.output<typeof donorSnapshotSchema>;

export const receiptLineSchema = z
  .object({
    source: z.enum(RECEIPT_LINE_SOURCES),
    /** The id of the donation or membership covered. */
    sourceId: reference,
    receivedOn: isoDate,
    amount: centsSchema,
    method: z.enum(DONATION_METHODS),
    form: z.enum(DONATION_FORMS),
    nature: z.enum(DONATION_NATURES),
    natureDescription: frozen(300),
    valuation: frozen(300),
    /** The donation's campaign, or the fee's tariff (« Cotisation membre bienfaiteur »). */
    label: frozen(100),
  })
  .strict();
export type ReceiptLine = z.output<typeof receiptLineSchema>;

/** The donations and the fees a receipt's lines cover, each id typed by its line's `source`. */
export function coveredIds(lines: readonly Pick<ReceiptLine, 'source' | 'sourceId'>[]): {
  donationIds: DonationId[];
  feeIds: MembershipId[];
} {
  return {
    donationIds: lines
      .filter((line) => line.source === 'donation')
      .map((line) => asDonationId(line.sourceId)),
    feeIds: lines.filter((line) => line.source === 'membership').map((line) => asMembershipId(line.sourceId)),
  };
}

export const cancellationSchema = z
  .object({
    reason: trimmedText(500).default(''),
    cancelledAt: z.union([isoDateTime, z.literal('')]).default(''),
    cancelledBy: optionalReference,
  })
  .strict();

export const NO_CANCELLATION = { reason: '', cancelledAt: '', cancelledBy: '' } as const;

export const receiptDocumentSchema = documentSchema({
  id: documentIdOf<ReceiptId>(),
  number: receiptNumberSchema,
  kind: z.enum(RECEIPT_KINDS),
  scope: z.enum(RECEIPT_SCOPES),
  status: z.enum(RECEIPT_STATUSES),
  /** The CGI articles whose box is ticked. */
  articles: z.array(z.enum(CGI_ARTICLES)).min(1).max(CGI_ARTICLES.length),
  /** The cancelled receipt this one replaces, `''` for a first receipt. */
  replaces: optionalReferenceTo<ReceiptId>(),
  donorId: referenceTo<PersonId>(),
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
  if (new Set(receipt.lines.map((line) => `${line.source}:${line.sourceId}`)).size !== receipt.lines.length) {
    issue(['lines'], 'errors.receipts.donationTwice');
  }
  if (new Set(receipt.articles).size !== receipt.articles.length)
    issue(['articles'], 'errors.receipts.articleTwice');
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

type Plain = Record<string, unknown>;
const record = (value: unknown): Plain =>
  value !== null && typeof value === 'object' ? (value as Plain) : {};

/**
 * Version 1 (issue 17): receipts issued before it keep what they printed, in the new shape. Their
 * category was free text: the box « autre » with that text; their donor's name was « Prénom Nom »
 * in one field: it stays whole in `name`, with no separate first names; each line covered a
 * donation; the form `don-manuel` is the box « déclaration de don manuel »; the article ticked
 * is the one of the model (200 for 11580, 238 bis for 16216); a receipt of one gift dated on a
 * single day is a single receipt, anything else an annual one.
 */
export function migrateReceiptV1(receipt: Plain): Plain {
  const lines = Array.isArray(receipt.lines) ? receipt.lines.map(record) : [];
  const period = record(receipt.period);
  const organisation = record(receipt.organisation);
  const donor = record(receipt.donor);
  return {
    ...receipt,
    scope: lines.length === 1 && period.from === period.to ? 'single' : 'annual',
    articles: receipt.kind === '16216' ? ['238-bis'] : ['200'],
    replaces: '',
    organisation: { ...organisation, categoryCode: 'autre', rupDecreeDate: '' },
    donor: { ...donor, firstNames: '', legalForm: '' },
    lines: lines.map(({ donationId, ...line }) => ({
      ...line,
      source: 'donation',
      sourceId: donationId,
      form: line.form === 'don-manuel' ? 'declaration-don-manuel' : line.form,
      nature: line.nature === 'titres' ? 'titres-cotes' : line.nature,
      valuation: '',
      label: '',
    })),
  };
}

export const receiptsCollection = defineCollection({
  name: 'receipts',
  version: 1,
  schema: receiptDocumentSchema,
  indexes: ['number', 'donorId', 'issuedOn'],
  migrations: { 1: migrateReceiptV1 },
});
