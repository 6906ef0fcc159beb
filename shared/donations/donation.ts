import { z } from 'zod';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { documentIdOf, indexedIsoDate } from '@shared/schema/common';
import {
  centsSchema,
  optionalReference,
  optionalReferenceTo,
  optionalText,
  referenceTo,
} from '@shared/members/fields';
import type { DonationId, PersonId, ReceiptId } from '@shared/ids';

/**
 * `donations` (dons): what a donor gave, as the tax receipt (Cerfa 11580*05 / 16216) must describe
 * it. A donation is linked to the receipt that covers it (`receiptId`) and is locked from then
 * on: the receipt is a frozen copy, and the two must never disagree.
 */

/**
 * « Mode de versement » of the Cerfa: remise d'espèces, chèque, virement / prélèvement / carte
 * bancaire (one box on the form for the last three).
 */
export const DONATION_METHODS = ['especes', 'cheque', 'virement', 'prelevement', 'carte'] as const;
export type DonationMethod = (typeof DONATION_METHODS)[number];

/**
 * « Forme du don », the four boxes of the Cerfa. A hand-to-hand gift (cheque, cash, transfer) is
 * a « déclaration de don manuel », the default.
 */
export const DONATION_FORMS = [
  'declaration-don-manuel',
  'acte-sous-seing-prive',
  'acte-authentique',
  'autre',
] as const;
export type DonationForm = (typeof DONATION_FORMS)[number];

/**
 * « Nature du don », the boxes of the Cerfa: numéraire, titres de sociétés cotés, abandon exprès
 * de revenus ou de produits, frais engagés par les bénévoles dont ils renoncent au
 * remboursement, autres (a gift in kind, described and valued).
 */
export const DONATION_NATURES = [
  'numeraire',
  'titres-cotes',
  'abandon-revenus',
  'frais-benevoles',
  'autre',
] as const;
export type DonationNature = (typeof DONATION_NATURES)[number];

/** Natures that are not money handed over: the receipt says what was given and how it was valued. */
export const NATURES_IN_KIND: readonly DonationNature[] = [
  'titres-cotes',
  'abandon-revenus',
  'frais-benevoles',
  'autre',
];

export const CAMPAIGN_MAX_LENGTH = 100;

export const donationDocumentSchema = documentSchema({
  id: documentIdOf<DonationId>(),
  /** The giver: a person or an organisation of `people`. */
  donorId: referenceTo<PersonId>(),
  /** In cents; for a gift in kind, its valuation. */
  amount: centsSchema,
  receivedOn: indexedIsoDate,
  method: z.enum(DONATION_METHODS, { error: 'errors.donations.methodRequired' }),
  form: z.enum(DONATION_FORMS).default('declaration-don-manuel'),
  nature: z.enum(DONATION_NATURES).default('numeraire'),
  /** What was given when the nature is not money (« un ordinateur portable », …). */
  natureDescription: optionalText(300),
  /** How a gift in kind was valued (« facture d'achat du 2 mars », « cours du 14 février »). */
  valuation: optionalText(300),
  chequeNumber: optionalText(20),
  /** The bank of a cheque, as the deposit slip lists it. */
  bank: optionalText(80),
  /** Bank statement label or online payment reference, to match imports. */
  paymentReference: optionalText(60),
  /** « Rénovation du lavoir »: monthly gifts are plain donations that share a campaign. */
  campaign: optionalText(CAMPAIGN_MAX_LENGTH),
  /** The receipt that covers this donation; `''` until one is issued. */
  receiptId: optionalReferenceTo<ReceiptId>(),
  notes: optionalText(1000),
  /** The import that brought it (a HelloAsso payments export); `''` otherwise. */
  importId: optionalReference,
}).superRefine((donation, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (donation.amount <= 0) issue('amount', 'errors.donations.amountRequired');
  if (donation.nature === 'autre' && donation.natureDescription === '') {
    issue('natureDescription', 'errors.donations.natureDescriptionRequired');
  }
  if (donation.nature === 'autre' && donation.valuation === '') {
    issue('valuation', 'errors.donations.valuationRequired');
  }
  if (donation.method !== 'cheque' && donation.chequeNumber !== '') {
    issue('chequeNumber', 'errors.members.chequeNumberOnlyForCheque');
  }
  if (donation.method !== 'cheque' && donation.bank !== '') {
    issue('bank', 'errors.donations.bankOnlyForCheque');
  }
});
export type DonationDocument = z.output<typeof donationDocumentSchema>;
export type DonationInput = z.input<typeof donationDocumentSchema>;

/** Version 0's values that version 1 renamed. */
const FORMS_V0: Record<string, DonationForm> = { 'don-manuel': 'declaration-don-manuel' };
const NATURES_V0: Record<string, DonationNature> = { titres: 'titres-cotes' };

export const donationsCollection = defineCollection({
  name: 'donations',
  version: 2,
  schema: donationDocumentSchema,
  indexes: ['donorId', 'receivedOn', 'receiptId', 'campaign'],
  migrations: {
    /**
     * Version 1 follows the Cerfa's boxes: `don-manuel` (not a box) becomes « déclaration de don
     * manuel », `titres` becomes « titres de sociétés cotés »; a campaign, the bank of a cheque
     * and the valuation of a gift in kind, unknown before, are empty (the form asks for the
     * valuation of a gift in kind the next time it is corrected).
     */
    1: (donation) => {
      const form = String(donation.form);
      const nature = String(donation.nature);
      return {
        ...donation,
        form: FORMS_V0[form] ?? form,
        nature: NATURES_V0[nature] ?? nature,
        valuation: '',
        bank: '',
        campaign: '',
      };
    },
    /** Version 2: the import that brought a donation, so that undoing the import removes it. */
    2: (donation) => ({ ...donation, importId: '' }),
  },
});
