import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import type { Consent, PersonDocument } from '@shared/members/person';
import { CONSENT_KINDS } from '@shared/members/person';
import { compareMemberNumbers } from '@shared/members/member-number';
import { isEmptyAddress } from '@shared/members/fields';
import type { HouseholdId, MembershipId, PersonId } from '@shared/ids';

/**
 * A pure plan to merge two records of the same person. Nothing is lost: the absorbed person's
 * memberships move to the survivor, their member number stays findable (`formerMemberNumbers`),
 * notes are concatenated, and where both have different values the survivor's wins unless the
 * user chose otherwise — each such case is listed so the screen can show it before applying.
 *
 * The data layer applies it in one go: update the survivor (stamping updatedAt/By as usual),
 * update the listed memberships and households, then soft-delete the absorbed person, and write
 * the plan to the audit log. Later collections (attendance, donations) add their own repoints
 * on the same model.
 */

export const MERGEABLE_FIELDS = [
  'kind',
  'firstName',
  'lastName',
  'birthDate',
  'email',
  'phone',
  'address',
  'householdId',
  'siren',
] as const;
export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

export type MergeSide = 'survivor' | 'absorbed';

export interface MergeConflict {
  /** A `MergeableField`, or `customFields.<id>`. */
  field: string;
  survivorValue: unknown;
  absorbedValue: unknown;
  chosen: MergeSide;
}

export type MergeMembership = Pick<
  MembershipDocument,
  'id' | 'holderKind' | 'holderId' | 'seasonId' | 'cancelledOn'
>;
export type MergeHousehold = Pick<HouseholdDocument, 'id' | 'payerId'>;

export interface MergeOptions {
  /** Force which record survives; by default the one whose member number is older. */
  survivorId?: string;
  /** The user's choices for conflicting fields (`field` as in `MergeConflict`). */
  choices?: Readonly<Record<string, MergeSide>>;
}

export interface MergePlan {
  survivorId: string;
  absorbedId: string;
  /** The survivor's new content (base fields other than `createdAt` are the caller's to stamp). */
  survivor: PersonDocument;
  conflicts: MergeConflict[];
  membershipUpdates: { id: MembershipId; holderId: PersonId }[];
  householdUpdates: { id: HouseholdId; payerId: PersonId }[];
  /** Seasons both had paid for individually: maybe a double payment to refund. */
  seasonsPaidTwice: string[];
}

function chooseSurvivor(a: PersonDocument, b: PersonDocument): [PersonDocument, PersonDocument] {
  // A printed card carries the older number: keep it; without numbers keep the older record.
  if (a.memberNumber !== '' || b.memberNumber !== '') {
    if (b.memberNumber === '') return [a, b];
    if (a.memberNumber === '') return [b, a];
    return compareMemberNumbers(a.memberNumber, b.memberNumber) <= 0 ? [a, b] : [b, a];
  }
  return a.createdAt <= b.createdAt ? [a, b] : [b, a];
}

function isBlank(value: unknown): boolean {
  if (value === '' || value === undefined) return true;
  if (typeof value === 'object' && value !== null && 'line1' in value) {
    return isEmptyAddress(value as PersonDocument['address']);
  }
  return false;
}

/** The later decision wins: it is the person's current will. */
function laterConsent(a: Consent, b: Consent): Consent {
  if (a.status === 'unknown') return b;
  if (b.status === 'unknown') return a;
  return b.on > a.on ? b : a;
}

export function planPeopleMerge(
  first: PersonDocument,
  second: PersonDocument,
  memberships: readonly MergeMembership[],
  households: readonly MergeHousehold[],
  options: MergeOptions = {},
): MergePlan {
  if (first.id === second.id) throw new RangeError('Cannot merge a person with themselves');
  const [survivor, absorbed] =
    options.survivorId === undefined
      ? chooseSurvivor(first, second)
      : options.survivorId === first.id
        ? [first, second]
        : options.survivorId === second.id
          ? [second, first]
          : (() => {
              throw new RangeError(`survivorId ${options.survivorId} is neither person`);
            })();

  const conflicts: MergeConflict[] = [];
  const pick = <T>(field: string, kept: T, other: T): T => {
    if (isBlank(kept)) return other;
    if (isBlank(other) || JSON.stringify(kept) === JSON.stringify(other)) return kept;
    const chosen = options.choices?.[field] ?? 'survivor';
    conflicts.push({ field, survivorValue: kept, absorbedValue: other, chosen });
    return chosen === 'survivor' ? kept : other;
  };

  const merged: PersonDocument = { ...survivor };
  for (const field of MERGEABLE_FIELDS) {
    // Each field keeps its own type; the loop only routes values between two documents.
    (merged as Record<MergeableField, unknown>)[field] = pick(field, survivor[field], absorbed[field]);
  }

  merged.customFields = { ...absorbed.customFields, ...survivor.customFields };
  for (const [id, value] of Object.entries(absorbed.customFields)) {
    const kept = survivor.customFields[id];
    if (kept !== undefined) merged.customFields[id] = pick(`customFields.${id}`, kept, value);
  }

  merged.memberNumber = survivor.memberNumber || absorbed.memberNumber;
  const former = [...survivor.formerMemberNumbers, ...absorbed.formerMemberNumbers];
  if (absorbed.memberNumber !== '' && absorbed.memberNumber !== merged.memberNumber) {
    former.push(absorbed.memberNumber);
  }
  merged.formerMemberNumbers = [...new Set(former)].filter((number) => number !== merged.memberNumber);
  // The redirect: what still points to the absorbed record (or to records merged into it) is
  // this person's, wherever it was written.
  merged.mergedIds = [...new Set([...survivor.mergedIds, ...absorbed.mergedIds, absorbed.id])];

  // A merge run again after an interruption finds the absorbed notes already in the survivor's:
  // they are not added a second time.
  const alreadyThere = `\n\n${survivor.notes}\n\n`.includes(`\n\n${absorbed.notes}\n\n`);
  merged.notes = alreadyThere
    ? survivor.notes
    : [survivor.notes, absorbed.notes].filter(Boolean).join('\n\n');
  merged.consents = { ...survivor.consents };
  for (const kind of CONSENT_KINDS) {
    merged.consents[kind] = laterConsent(survivor.consents[kind], absorbed.consents[kind]);
  }
  merged.createdAt = survivor.createdAt < absorbed.createdAt ? survivor.createdAt : absorbed.createdAt;

  const live = memberships.filter((membership) => membership.cancelledOn === '');
  const survivorSeasons = new Set(
    live.filter((m) => m.holderKind === 'person' && m.holderId === survivor.id).map((m) => m.seasonId),
  );
  const seasonsPaidTwice = [
    ...new Set(
      live
        .filter(
          (m) => m.holderKind === 'person' && m.holderId === absorbed.id && survivorSeasons.has(m.seasonId),
        )
        .map((m) => m.seasonId),
    ),
  ];

  return {
    survivorId: survivor.id,
    absorbedId: absorbed.id,
    survivor: merged,
    conflicts,
    membershipUpdates: memberships
      .filter((m) => m.holderKind === 'person' && m.holderId === absorbed.id)
      .map((m) => ({ id: m.id, holderId: survivor.id })),
    householdUpdates: households
      .filter((household) => household.payerId === absorbed.id)
      .map((household) => ({ id: household.id, payerId: survivor.id })),
    seasonsPaidTwice,
  };
}
