import { MAX_ERASED_DOCUMENTS } from '@shared/audit/audit';
import { jsonEqual } from '@shared/json/canonical';
import type { AttendanceDocument } from '@shared/events/attendance';
import { EMPTY_ADDRESS } from '@shared/members/fields';
import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { idsOf } from '@shared/members/person';
import type { ChangeDecision } from '@shared/sync/collection-rules';
import type { MergeResult } from '@shared/sync/merge';

/**
 * Erasure of a person (RGPD, docs/data-protection.md). What the law asks to keep stays: the
 * receipts (frozen snapshots of the donor, 6 years) and the donations they cover (accounting
 * records). Everything else about the person goes: their record becomes an anonymised tombstone
 * (so that memberships and attendance still count in the statistics), their household link is
 * removed (the household itself when nobody else lives in it), the free text of their
 * memberships and attendance is emptied, and the journal gives up the values of every entry
 * about those documents (shared/audit/erasure.ts).
 */

/** The name an erased person's tombstone carries (`lastName` is required). */
export const ERASED_PERSON_NAME = 'Personne effacée';

/** Years a receipt is kept after the year it was issued (Livre des procédures fiscales, L102 B). */
export const RECEIPT_RETENTION_YEARS = 6;

const UNKNOWN = { status: 'unknown', on: '' } as const;

/** The person's tombstone: identity, contact, address, consents, notes and custom fields gone. */
export function anonymisedPerson(person: PersonDocument, erasedOn: string): PersonDocument {
  return {
    ...person,
    firstName: '',
    lastName: ERASED_PERSON_NAME,
    birthDate: '',
    email: '',
    phone: '',
    address: EMPTY_ADDRESS,
    householdId: '',
    memberNumber: '',
    formerMemberNumbers: [],
    siren: '',
    legalForm: '',
    consents: { imageRights: UNKNOWN, newsletter: UNKNOWN, dataProcessing: UNKNOWN },
    notes: '',
    customFields: {},
    erasedOn: person.erasedOn || erasedOn,
  };
}

/** Does this record hold nothing personal any more (every field a tombstone empties is empty)? */
export function isAnonymised(person: PersonDocument): boolean {
  if (person.erasedOn === '') return false;
  const { updatedAt: _u, updatedBy: _b, deviceId: _d, ...rest } = person;
  const {
    updatedAt: _u2,
    updatedBy: _b2,
    deviceId: _d2,
    ...tomb
  } = anonymisedPerson(person, person.erasedOn);
  return jsonEqual(rest, tomb);
}

type Plain = Readonly<Record<string, unknown>>;
const erasedOf = (document: Plain) => typeof document.erasedOn === 'string' && document.erasedOn !== '';

/**
 * A collection rule (shared/sync/collection-rules.ts): an erased person stays erased. Neither a
 * device that edited the record offline, nor a backup restored from before the erasure, may put
 * their data back; only another tombstone may replace a tombstone.
 */
export function personChange(stored: Plain, next: Plain): ChangeDecision {
  if (!erasedOf(stored)) return { allowed: true };
  if (next._deleted === true) return { allowed: true };
  if (!erasedOf(next) || !isAnonymised(next as PersonDocument))
    return { allowed: false, reason: 'personErased' };
  return { allowed: true };
}

/**
 * A conflict where one side is erased: the erased side stands whole, and nothing is listed as
 * lost (a 'conflict-merged' entry would copy the erased values back into the journal). `null`
 * when neither is: the usual field-by-field merge, with its journal of lost values.
 */
export function resolvePersonConflict(ours: Plain, theirs: Plain): MergeResult<Plain> | null {
  if (erasedOf(theirs)) return { document: theirs, lost: [] };
  if (erasedOf(ours)) return { document: ours, lost: [] };
  return null;
}

/** What an erasure writes, computed from what the device holds. */
export interface ErasurePlan {
  person: PersonDocument;
  /** The household the person leaves: removed when nobody else is in it, else its payer cleared if it was them. */
  household: { id: string; remove: true } | { id: string; remove: false; next: HouseholdDocument } | null;
  /** Memberships and attendance records whose free text is emptied (the others stay as they are). */
  memberships: MembershipDocument[];
  attendance: AttendanceDocument[];
  /** Every document whose past journal values are erased. */
  documentIds: string[];
}

export class ErasureTooLargeError extends Error {
  readonly code = 'ERASURE_TOO_LARGE';
  constructor(readonly count: number) {
    super(`ERASURE_TOO_LARGE: ${count} documents`);
    this.name = 'ErasureTooLargeError';
  }
}

/**
 * The erasure of `person`, given their household (if any) with the people in it, and the
 * memberships and attendance records held by the person's ids. Pure: the data layer stamps and
 * writes it. Planning an erased person again gives what is left to do (nothing, once done).
 */
export function planErasure(input: {
  person: PersonDocument;
  household?: HouseholdDocument;
  householdMembers: readonly Pick<PersonDocument, 'id'>[];
  memberships: readonly MembershipDocument[];
  attendance: readonly AttendanceDocument[];
  today: string;
}): ErasurePlan {
  const { person, household } = input;
  const ids = new Set(idsOf(person));
  const others = input.householdMembers.filter((member) => !ids.has(member.id));
  let plannedHousehold: ErasurePlan['household'] = null;
  if (household) {
    if (others.length === 0) plannedHousehold = { id: household.id, remove: true };
    else if (ids.has(household.payerId))
      plannedHousehold = { id: household.id, remove: false, next: { ...household, payerId: '' } };
  }
  const memberships = input.memberships
    .filter((m) => m.holderKind === 'person' && ids.has(m.holderId) && m.notes !== '')
    .map((m) => ({ ...m, notes: '' }));
  const attendance = input.attendance
    .filter((a) => ids.has(a.personId) && a.notes !== '')
    .map((a) => ({ ...a, notes: '' }));
  const documentIds = [
    ...ids,
    ...(household && others.length === 0 ? [household.id] : []),
    ...input.memberships.filter((m) => m.holderKind === 'person' && ids.has(m.holderId)).map((m) => m.id),
    ...input.attendance.filter((a) => ids.has(a.personId)).map((a) => a.id),
  ];
  if (documentIds.length > MAX_ERASED_DOCUMENTS) throw new ErasureTooLargeError(documentIds.length);
  return {
    person: anonymisedPerson(person, input.today),
    household: plannedHousehold,
    memberships,
    attendance,
    documentIds: [...new Set(documentIds)],
  };
}

/** The last year a receipt issued on `issuedOn` must be kept (31 December of that year). */
export function receiptKeptUntil(issuedOn: string): number {
  return Number(issuedOn.slice(0, 4)) + RECEIPT_RETENTION_YEARS;
}
