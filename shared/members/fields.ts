import { z } from 'zod';
import type { Cents } from '@shared/money/cents';
import { DOCUMENT_ID_MAX_LENGTH, type Id } from '@shared/ids';
import { brandedAs, isoDate, trimmedText } from '@shared/schema/common';

/**
 * Field schemas shared by people, households, memberships and their settings.
 *
 * Convention for optional values: text, dates and references are never `undefined` but default to
 * `''`. RxDB can only index required fields, forms stay controlled inputs, and the sync merge
 * compares plain values; `.optional()` would give three states ('' / missing / value) for one
 * meaning.
 */

export const requiredText = (max: number, requiredKey: string) =>
  trimmedText(max, { required: requiredKey }).min(1, { error: requiredKey });

export const optionalText = (max: number) => trimmedText(max).default('');

/** A date that may be unknown: `''` or a real `YYYY-MM-DD`. */
export const optionalIsoDate = z
  .union([isoDate, z.literal('')], { error: 'errors.common.isoDate' })
  .default('');

/**
 * A reference to another document, `''` when there is none. One string type (not `id | ''`) so
 * RxDB can index it.
 */
export const optionalReference = z
  .string()
  .max(DOCUMENT_ID_MAX_LENGTH)
  .regex(/^[0-9a-z-]*$/, { error: 'errors.common.invalid' })
  .default('');

export const reference = z
  .string()
  .min(1, { error: 'errors.common.invalid' })
  .max(DOCUMENT_ID_MAX_LENGTH)
  .regex(/^[0-9a-z-]+$/, { error: 'errors.common.invalid' });

/**
 * The same two schemas typed with a branded id (shared/ids.ts): `referenceTo<PersonId>()` parses
 * to a `PersonId`, `optionalReferenceTo<HouseholdId>()` to a `HouseholdId` or `''`. Type-only:
 * the very same schema objects at run time, so the derived RxDB JSON schemas do not change.
 */
export const referenceTo = <I extends Id<string>>() => brandedAs<I>()(reference);
export const optionalReferenceTo = <I extends Id<string>>() => brandedAs<I | ''>()(optionalReference);

/** 1 000 000 € — far above any fee, low enough to catch a misplaced decimal separator. */
export const MAX_AMOUNT_CENTS = 100_000_000;

/**
 * Integer cents, typed as `Cents`. It stays a plain zod integer at run time (no transform) so the
 * RxDB JSON schema can still be derived from it; only the static output type is narrowed (input
 * stays `number`, so forms and imports need no cast).
 */
export const centsSchema = z
  .int({ error: 'errors.members.amountInvalid' })
  .min(0, { error: 'errors.members.amountNegative' })
  .max(MAX_AMOUNT_CENTS, { error: 'errors.members.amountTooLarge' }) as unknown as z.ZodType<Cents, number>;

export const emailSchema = trimmedText(254)
  .toLowerCase()
  .refine((value) => value === '' || z.email().safeParse(value).success, {
    error: 'errors.members.emailFormat',
  })
  .default('');

export const phoneSchema = trimmedText(30)
  .regex(/^[0-9+().\s-]*$/, { error: 'errors.members.phoneFormat' })
  .default('');

/**
 * A postal address that may be empty (many members only leave a phone number). When `country`
 * is empty the address is French and the postal code must have 5 digits; abroad it is free.
 */
export const addressSchema = z
  .object({
    line1: optionalText(120),
    line2: optionalText(120),
    postalCode: optionalText(12),
    city: optionalText(80),
    country: optionalText(60),
  })
  .strict()
  .superRefine((address, ctx) => {
    if (address.country === '' && address.postalCode !== '' && !/^[0-9]{5}$/.test(address.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'errors.members.postalCodeFormat' });
    }
    const anyFilled = Object.values(address).some((part) => part !== '');
    if (anyFilled && address.city === '') {
      ctx.addIssue({ code: 'custom', path: ['city'], message: 'errors.members.cityRequired' });
    }
  });
export type Address = z.output<typeof addressSchema>;

export const EMPTY_ADDRESS: Address = { line1: '', line2: '', postalCode: '', city: '', country: '' };

export function isEmptyAddress(address: Address): boolean {
  return Object.values(address).every((part) => part === '');
}

/**
 * Where a record was made: at the office (the default), at the door of an event (a walk-in
 * registered with just a name, a fee taken at the entrance: the permission matrix lets the door
 * role make those only), or by an import. A door walk-in is « à compléter » until the office
 * completes it.
 */
export const RECORD_ORIGINS = ['office', 'door', 'import'] as const;
export type RecordOrigin = (typeof RECORD_ORIGINS)[number];
export const originSchema = z.enum(RECORD_ORIGINS).default('office');
