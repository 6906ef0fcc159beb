import type { HouseholdDocument } from '@shared/members/household';
import { newHouseholdMemberDraft } from '@shared/members/household';
import type { PersonDocument } from '@shared/members/person';

/**
 * What a person added to `household` starts with (« Ajouter une personne au foyer »): the last
 * name and address of its payer, else of one of its members, else the household's address.
 */
export function householdMemberDraft(
  household: Pick<HouseholdDocument, 'id' | 'payerId' | 'address'>,
  people: ReadonlyMap<string, PersonDocument>,
): Pick<PersonDocument, 'lastName' | 'address' | 'householdId'> {
  const parent =
    people.get(household.payerId) ?? [...people.values()].find((p) => p.householdId === household.id);
  const draft = newHouseholdMemberDraft(
    parent ?? { lastName: '', address: household.address, householdId: household.id },
    household,
  );
  // The payer may have left the household: the new person joins this one all the same.
  return { ...draft, householdId: household.id };
}
