import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';

/** The people and households a membership's holder is looked up in (the directory's maps). */
export interface HolderLookup {
  people: ReadonlyMap<string, PersonDocument>;
  households: ReadonlyMap<string, HouseholdDocument>;
}

type Held = Pick<MembershipDocument, 'holderKind' | 'holderId'>;

/** Who a membership is for, in words: the person, or the household (its id if it is gone). */
export function holderName(membership: Held, lookup: HolderLookup): string {
  if (membership.holderKind === 'household') {
    return lookup.households.get(membership.holderId)?.name ?? membership.holderId;
  }
  const person = lookup.people.get(membership.holderId);
  return person ? displayName(person) : membership.holderId;
}

/** Whom to write to about a membership: its person, or its household's payer. */
export function holderContact(membership: Held, lookup: HolderLookup): PersonDocument | undefined {
  if (membership.holderKind === 'person') return lookup.people.get(membership.holderId);
  return lookup.people.get(lookup.households.get(membership.holderId)?.payerId ?? '');
}
