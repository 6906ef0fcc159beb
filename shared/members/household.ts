import type { z } from 'zod';
import { defineCollection, documentSchema } from '@shared/schema/collection-spec';
import {
  addressSchema,
  EMPTY_ADDRESS,
  isEmptyAddress,
  optionalReferenceTo,
  optionalText,
  requiredText,
} from '@shared/members/fields';
import type { Address } from '@shared/members/fields';
import type { PersonDocument } from '@shared/members/person';
import { documentIdOf } from '@shared/schema/common';
import type { HouseholdId, PersonId } from '@shared/ids';

/**
 * `households` (foyers): people living together, for family memberships, grouped receipts and
 * one letter per address. Members point to their household (`people.householdId`), not the
 * other way round, so adding a child never rewrites the household document (no sync conflict).
 */
export const householdDocumentSchema = documentSchema({
  id: documentIdOf<HouseholdId>(),
  name: requiredText(120, 'errors.members.householdNameRequired'),
  address: addressSchema.default(EMPTY_ADDRESS),
  /** The person who pays the household's fees and receives its letters; `''` if not chosen. */
  payerId: optionalReferenceTo<PersonId>(),
  notes: optionalText(2000),
});
export type HouseholdDocument = z.output<typeof householdDocumentSchema>;
export type HouseholdInput = z.input<typeof householdDocumentSchema>;

export const householdsCollection = defineCollection({
  name: 'households',
  version: 0,
  schema: householdDocumentSchema,
  indexes: ['name'],
});

/** Where to write to someone: their own address, else their household's. */
export function postalAddressOf(
  person: Pick<PersonDocument, 'address'>,
  household: Pick<HouseholdDocument, 'address'> | undefined,
): Address {
  if (!isEmptyAddress(person.address) || !household) return person.address;
  return household.address;
}

/**
 * The fields a new member created from a parent's page starts with ("Ajouter un enfant"): same
 * household, same last name and address. The payer stays the household's, nothing to copy.
 */
export function newHouseholdMemberDraft(
  parent: Pick<PersonDocument, 'lastName' | 'address' | 'householdId'>,
  household: Pick<HouseholdDocument, 'address'> | undefined,
): Pick<PersonDocument, 'lastName' | 'address' | 'householdId'> {
  return {
    lastName: parent.lastName,
    address: postalAddressOf(parent, household),
    householdId: parent.householdId,
  };
}
