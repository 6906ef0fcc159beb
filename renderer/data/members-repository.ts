import { newDocumentId } from '@shared/ids';
import type { HouseholdDocument, HouseholdInput } from '@shared/members/household';
import { householdDocumentSchema } from '@shared/members/household';
import type { MembershipDocument, MembershipInput } from '@shared/members/membership';
import { membershipDocumentSchema } from '@shared/members/membership';
import { nextMemberNumber } from '@shared/members/member-number';
import type { PersonDocument, PersonInput } from '@shared/members/person';
import { personDocumentSchema } from '@shared/members/person';
import type { WriteContext } from '@shared/schema/common';
import type { TilleulDatabase } from '@renderer/data/database';

/**
 * Writes of the members file. Each validates the whole document with its shared zod schema
 * (a `ZodError` for the form to show; nothing invalid reaches the database) and stamps it.
 */
type Draft<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'deviceId'>;

function stamps(context: WriteContext) {
  const now = context.now().toISOString();
  return {
    id: newDocumentId(),
    createdAt: now,
    updatedAt: now,
    updatedBy: context.userId,
    deviceId: context.deviceId,
  };
}

function edits(context: WriteContext) {
  return { updatedAt: context.now().toISOString(), updatedBy: context.userId, deviceId: context.deviceId };
}

/** Every member number this device can see, including merged people's former ones. */
export function knownMemberNumbers(
  people: Iterable<Pick<PersonDocument, 'memberNumber' | 'formerMemberNumbers'>>,
) {
  const numbers: string[] = [];
  for (const person of people) {
    if (person.memberNumber) numbers.push(person.memberNumber);
    numbers.push(...person.formerMemberNumbers);
  }
  return numbers;
}

/**
 * A new person. Persons get the next member number of this device's series straight away (it is
 * what the card and the door search use); organisations keep none.
 */
export async function createPerson(
  db: TilleulDatabase,
  context: WriteContext,
  input: Draft<PersonInput>,
  numbering: { series: string; known: Iterable<string> },
): Promise<PersonDocument> {
  const draft = personDocumentSchema.parse({ ...input, ...stamps(context) });
  const person =
    draft.kind === 'person' && draft.memberNumber === ''
      ? { ...draft, memberNumber: nextMemberNumber(numbering.series, numbering.known) }
      : draft;
  await db.people.insert(person);
  return person;
}

export async function updatePerson(
  db: TilleulDatabase,
  context: WriteContext,
  id: string,
  changes: Partial<Draft<PersonInput>>,
): Promise<PersonDocument> {
  const current = await db.people.findOne(id).exec();
  if (!current) throw new Error(`Unknown person ${id}`);
  const next = personDocumentSchema.parse({ ...current.toJSON(), ...changes, ...edits(context) });
  await current.incrementalModify((data) => ({ ...data, ...next }));
  return next;
}

export async function createHousehold(
  db: TilleulDatabase,
  context: WriteContext,
  input: Draft<HouseholdInput>,
  memberIds: readonly string[] = [],
): Promise<HouseholdDocument> {
  const household = householdDocumentSchema.parse({ ...input, ...stamps(context) });
  await db.households.insert(household);
  for (const id of memberIds) await updatePerson(db, context, id, { householdId: household.id });
  return household;
}

export async function updateHousehold(
  db: TilleulDatabase,
  context: WriteContext,
  id: string,
  changes: Partial<Draft<HouseholdInput>>,
): Promise<HouseholdDocument> {
  const current = await db.households.findOne(id).exec();
  if (!current) throw new Error(`Unknown household ${id}`);
  const next = householdDocumentSchema.parse({ ...current.toJSON(), ...changes, ...edits(context) });
  await current.incrementalModify((data) => ({ ...data, ...next }));
  return next;
}

export async function takeMembership(
  db: TilleulDatabase,
  context: WriteContext,
  input: Draft<MembershipInput>,
): Promise<MembershipDocument> {
  const membership = membershipDocumentSchema.parse({ ...input, ...stamps(context) });
  await db.memberships.insert(membership);
  return membership;
}

/** Several memberships at once (renewal campaign): all validated before any is written. */
export async function takeMemberships(
  db: TilleulDatabase,
  context: WriteContext,
  inputs: readonly Draft<MembershipInput>[],
): Promise<MembershipDocument[]> {
  const memberships = inputs.map((input) => membershipDocumentSchema.parse({ ...input, ...stamps(context) }));
  const { error } = await db.memberships.bulkInsert(memberships);
  if (error.length > 0) throw new Error(`${error.length} memberships could not be written`);
  return memberships;
}

export async function cancelMembership(db: TilleulDatabase, context: WriteContext, id: string, on: string) {
  const current = await db.memberships.findOne(id).exec();
  if (!current) throw new Error(`Unknown membership ${id}`);
  const next = membershipDocumentSchema.parse({ ...current.toJSON(), cancelledOn: on, ...edits(context) });
  await current.incrementalModify((data) => ({ ...data, ...next }));
}
