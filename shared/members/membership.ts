import { z } from 'zod';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import { documentIdOf, isoDate } from '@shared/schema/common';
import type { Draft } from '@shared/schema/stamps';
import { asPersonId } from '@shared/ids';
import type { HolderId, MembershipId, PersonId, ReceiptId, SeasonId, TariffId } from '@shared/ids';
import {
  centsSchema,
  optionalIsoDate,
  optionalReference,
  optionalReferenceTo,
  optionalText,
  originSchema,
  reference,
  referenceTo,
  requiredText,
} from '@shared/members/fields';

/**
 * `memberships` (cotisations): one fee paid by a person or a household for a season. The status
 * « à jour » is derived from these (see status.ts), never stored.
 */
export const PAYMENT_METHODS = ['especes', 'cheque', 'virement', 'carte', 'helloasso'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const HOLDER_KINDS = ['person', 'household'] as const;
export type HolderKind = (typeof HOLDER_KINDS)[number];

export const membershipDocumentSchema = documentSchema({
  id: documentIdOf<MembershipId>(),
  /** A household membership (tarif famille) covers every person of that household. */
  holderKind: z.enum(HOLDER_KINDS),
  /** Id of the person or household: one indexed field answers "memberships of X". */
  holderId: referenceTo<HolderId>(),
  seasonId: referenceTo<SeasonId>(),
  tariffId: referenceTo<TariffId>(),
  /**
   * The tariff's label and receipt rule when the fee was taken: next year's settings may rename
   * or remove the tariff, and history must still say what was paid for.
   */
  tariffLabel: requiredText(80, 'errors.members.tariffLabelRequired'),
  taxReceiptAllowed: z.boolean(),
  amount: centsSchema,
  paymentMethod: z.enum(PAYMENT_METHODS, { error: 'errors.members.paymentMethodRequired' }),
  chequeNumber: optionalText(20),
  /** HelloAsso order reference or bank transfer label, to match imports and statements. */
  paymentReference: optionalText(60),
  paidOn: isoDate,
  /** User id of whoever took the fee (may differ from `updatedBy` after a later correction). */
  receivedBy: reference,
  /** Refunded or cancelled: kept for the history and the accounts, ignored by the status. */
  cancelledOn: optionalIsoDate,
  /** Why it was cancelled, in the secretary's words (a bounced cheque, a refund): the history says it. */
  cancelReason: optionalText(200),
  notes: optionalText(1000),
  origin: originSchema,
  /** The import that created this cotisation, `''` for one taken by hand (see people). */
  importId: optionalReference,
  /**
   * The tax receipt issued for this fee (a tariff without counterpart), `''` for none: while that
   * receipt stands, the fee is locked like a receipted donation (shared/donations/donation-rules.ts).
   */
  receiptId: optionalReferenceTo<ReceiptId>(),
}).superRefine((membership, ctx) => {
  if (membership.paymentMethod === 'cheque' && membership.chequeNumber === '') {
    ctx.addIssue({ code: 'custom', path: ['chequeNumber'], message: 'errors.members.chequeNumberRequired' });
  }
  if (membership.paymentMethod !== 'cheque' && membership.chequeNumber !== '') {
    ctx.addIssue({
      code: 'custom',
      path: ['chequeNumber'],
      message: 'errors.members.chequeNumberOnlyForCheque',
    });
  }
  if (membership.cancelledOn !== '' && membership.cancelledOn < membership.paidOn) {
    ctx.addIssue({ code: 'custom', path: ['cancelledOn'], message: 'errors.members.cancelledBeforePaid' });
  }
});
export type MembershipDocument = z.output<typeof membershipDocumentSchema>;
export type MembershipInput = z.input<typeof membershipDocumentSchema>;
/** The person who holds a fee; `undefined` for a household's (a family fee). */
export function personHolderOf(
  fee: Pick<MembershipDocument, 'holderKind' | 'holderId'>,
): PersonId | undefined {
  return fee.holderKind === 'person' ? asPersonId(fee.holderId) : undefined;
}

/** A fee about to be written (no stamps yet), its references typed as the ids they are. */
export type MembershipDraft = Draft<MembershipInput> &
  Pick<MembershipDocument, 'holderKind' | 'holderId' | 'seasonId' | 'tariffId'>;

export const membershipsCollection = defineCollection({
  name: 'memberships',
  version: 4,
  schema: membershipDocumentSchema,
  indexes: ['holderId', 'seasonId', ['seasonId', 'tariffId']],
  migrations: {
    // Version 1 adds the reason of a cancellation; those cancelled before it have none.
    1: (membership) => ({ ...membership, cancelReason: '' }),
    // Version 2 says where a fee was taken; every earlier one was taken at the office.
    2: (membership) => ({ ...membership, origin: 'office' }),
    // Version 3 tags what an import created; nothing stored before came from one.
    3: (membership) => ({ ...membership, importId: '' }),
    // Version 4 links a fee to its tax receipt; none was receipted before.
    4: (membership) => ({ ...membership, receiptId: '' }),
  },
});
