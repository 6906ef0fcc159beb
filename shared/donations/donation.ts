import { z } from 'zod';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { indexedIsoDate } from '@shared/schema/common';
import { centsSchema, optionalReference, optionalText, reference } from '@shared/members/fields';

/**
 * `donations` (dons): what a donor gave, as the tax receipt (Cerfa 11580 / 16216) must describe
 * it. A donation is linked to the receipt that covers it (`receiptId`) and is locked from then
 * on: the receipt is a frozen copy, and the two must never disagree.
 */

/** « Mode de versement » of the Cerfa: espèces, chèque, virement / prélèvement / carte. */
export const DONATION_METHODS = ['especes', 'cheque', 'virement', 'prelevement', 'carte'] as const;
export type DonationMethod = (typeof DONATION_METHODS)[number];

/** « Forme du don »: a plain hand-to-hand gift is a `don-manuel`. */
export const DONATION_FORMS = [
  'don-manuel',
  'acte-authentique',
  'acte-sous-seing-prive',
  'declaration-don-manuel',
  'autre',
] as const;
export type DonationForm = (typeof DONATION_FORMS)[number];

/** « Nature du don »: money, listed shares, or anything else (given in kind). */
export const DONATION_NATURES = ['numeraire', 'titres', 'autre'] as const;
export type DonationNature = (typeof DONATION_NATURES)[number];

export const donationDocumentSchema = documentSchema({
  /** The giver: a person or an organisation of `people`. */
  donorId: reference,
  amount: centsSchema,
  receivedOn: indexedIsoDate,
  method: z.enum(DONATION_METHODS, { error: 'errors.donations.methodRequired' }),
  form: z.enum(DONATION_FORMS).default('don-manuel'),
  nature: z.enum(DONATION_NATURES).default('numeraire'),
  /** What was given when the nature is not money (« un ordinateur portable », …). */
  natureDescription: optionalText(300),
  chequeNumber: optionalText(20),
  /** Bank statement label or online payment reference, to match imports. */
  paymentReference: optionalText(60),
  /** The receipt that covers this donation; `''` until one is issued. */
  receiptId: optionalReference,
  notes: optionalText(1000),
}).superRefine((donation, ctx) => {
  if (donation.amount <= 0) {
    ctx.addIssue({ code: 'custom', path: ['amount'], message: 'errors.donations.amountRequired' });
  }
  if (donation.nature === 'autre' && donation.natureDescription === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['natureDescription'],
      message: 'errors.donations.natureDescriptionRequired',
    });
  }
  if (donation.method !== 'cheque' && donation.chequeNumber !== '') {
    ctx.addIssue({
      code: 'custom',
      path: ['chequeNumber'],
      message: 'errors.members.chequeNumberOnlyForCheque',
    });
  }
});
export type DonationDocument = z.output<typeof donationDocumentSchema>;
export type DonationInput = z.input<typeof donationDocumentSchema>;

export const donationsCollection = defineCollection({
  name: 'donations',
  version: 0,
  schema: donationDocumentSchema,
  indexes: ['donorId', 'receivedOn', 'receiptId'],
});
