import type { HouseholdDocument, HouseholdInput } from '@shared/members/household';
import { householdDocumentSchema } from '@shared/members/household';
import type { MembershipDocument, MembershipInput } from '@shared/members/membership';
import { membershipDocumentSchema } from '@shared/members/membership';
import type { PersonDocument, PersonInput } from '@shared/members/person';
import { personDocumentSchema } from '@shared/members/person';

/**
 * Builders of valid documents for tests (ours and the screens'): each goes through the real
 * schema, so a test cannot rely on a document the database would refuse.
 */
const base = {
  createdAt: '2025-09-01T10:00:00.000Z',
  updatedAt: '2025-09-01T10:00:00.000Z',
  updatedBy: 'user-1',
  deviceId: 'device-1',
};

export function makePerson(fields: Partial<PersonInput> & Pick<PersonInput, 'id'>): PersonDocument {
  return personDocumentSchema.parse({ ...base, lastName: 'Martin', ...fields });
}

export function makeHousehold(
  fields: Partial<HouseholdInput> & Pick<HouseholdInput, 'id'>,
): HouseholdDocument {
  return householdDocumentSchema.parse({ ...base, name: 'Famille Martin', ...fields });
}

export function makeMembership(
  fields: Partial<MembershipInput> & Pick<MembershipInput, 'id' | 'holderId' | 'seasonId'>,
): MembershipDocument {
  return membershipDocumentSchema.parse({
    ...base,
    holderKind: 'person',
    tariffId: 'adulte',
    tariffLabel: 'Adulte',
    taxReceiptAllowed: false,
    amount: 2000,
    paymentMethod: 'especes',
    paidOn: '2025-09-06',
    receivedBy: 'user-1',
    ...fields,
  });
}
