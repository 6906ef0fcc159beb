import type { HouseholdId, MembershipId, PersonId } from '@shared/ids';
import { withoutMeta } from '@renderer/data/without-meta';
import type { HouseholdDocument, HouseholdInput } from '@shared/members/household';
import { householdDocumentSchema } from '@shared/members/household';
import type { MembershipDocument, MembershipDraft } from '@shared/members/membership';
import { membershipDocumentSchema } from '@shared/members/membership';
import { nextMemberNumber, parseMemberNumber } from '@shared/members/member-number';
import type { PersonDocument, PersonInput } from '@shared/members/person';
import { displayName, personDocumentSchema } from '@shared/members/person';
import type { WriteContext } from '@shared/schema/common';
import type { Draft } from '@shared/schema/stamps';
import { editStamps, newStamps } from '@shared/schema/stamps';
import { jsonEqual } from '@shared/json/canonical';
import type { MergePlan } from '@shared/members/merge-people';
import { planPeopleMerge } from '@shared/members/merge-people';
import { mergeDetail, mergeLabel } from '@shared/members/merge-record';
import type { AuditActor } from '@renderer/data/audit/write';
import { appendAudit } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';
import { editDocument } from '@renderer/data/edit-document';
import { retiredMemberNumbers } from '@renderer/data/members/retired-numbers';
import { isConflict } from '@renderer/data/conflict';
import { applyMergeRedirects } from '@renderer/data/members/redirects';
import {
  loadTariffs,
  refuseForgottenAmount,
  refuseUnconfirmedRepeat,
} from '@renderer/data/members/cotisation-rules';

/**
 * Writes of the members file. Each validates the whole document with its shared zod schema
 * (a `ZodError` for the form to show; nothing invalid reaches the database) and stamps it.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a form changed, laid over the stored document: only the fields whose value differs from
 * `base` (what the form was opened with). A group of fields (address, consents, custom fields)
 * is compared entry by entry, so a form that changed the street keeps the town a sync wrote.
 */
function changedFields(stored: object, base: object, values: object): Record<string, unknown> {
  const now = stored as Record<string, unknown>;
  const before = base as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [field, after] of Object.entries(values)) {
    const was = before[field];
    if (jsonEqual(after, was)) continue;
    const current = now[field];
    if (!isRecord(after) || !isRecord(was) || !isRecord(current)) {
      changes[field] = after;
      continue;
    }
    const group: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(current), ...Object.keys(was), ...Object.keys(after)])) {
      // An entry the form removed (an emptied custom field) is left out.
      const value = jsonEqual(after[key], was[key]) ? current[key] : after[key];
      if (value !== undefined) group[key] = value;
    }
    changes[field] = group;
  }
  return changes;
}

/** Every member number this device can see, including merged people's former ones. */
export function knownMemberNumbers(
  people: Iterable<{ memberNumber: string; formerMemberNumbers: readonly string[] }>,
) {
  const numbers: string[] = [];
  for (const person of people) {
    if (person.memberNumber) numbers.push(person.memberNumber);
    numbers.push(...person.formerMemberNumbers);
  }
  return numbers;
}

/** What `renumberMember` did, for the notice that tells the user. */
export interface Renumbering {
  personId: string;
  name: string;
  taken: string;
  given: string;
}

/**
 * The server refused `taken` for this person: another person of the association holds it (two
 * devices numbered in the same series, e.g. both standalone before enrolment, or one restored
 * from an old backup). The person gets the next number of that series after every number this
 * device can see and `taken` itself; the sync pushes the change, and a number still taken is
 * refused again and gives the next. Undefined when the person no longer holds `taken` (renumbered
 * meanwhile, deleted, or not a member number): nothing is written.
 */
export async function renumberMember(
  db: TilleulDatabase,
  context: WriteContext,
  id: PersonId,
  taken: string,
): Promise<Renumbering | undefined> {
  const parsed = parseMemberNumber(taken);
  const current = await db.people.findOne(id).exec();
  if (!parsed || !current || current.memberNumber !== taken) return undefined;
  const everyone = (await db.people.find().exec()).map((doc) => withoutMeta<PersonDocument>(doc.toJSON()));
  const retired = await retiredMemberNumbers(db);
  const given = nextMemberNumber(parsed.series, [...knownMemberNumbers(everyone), ...retired, taken]);
  const person = await editDocument(
    db.people,
    personDocumentSchema,
    context,
    { kind: 'person', id },
    (stored) => (stored.memberNumber === taken ? { memberNumber: given } : {}),
  );
  if (person.memberNumber !== given) return undefined;
  return { personId: id, name: displayName(person), taken, given };
}

/**
 * A new person. Persons get the next member number of this device's series straight away (it is
 * what the card and the door search use), after `known` and the numbers of people removed from
 * the file (`retired-numbers.ts`); organisations keep none.
 */
export async function createPerson(
  db: TilleulDatabase,
  context: WriteContext,
  input: Draft<PersonInput>,
  numbering: { series: string; known: Iterable<string> },
): Promise<PersonDocument> {
  const draft = personDocumentSchema.parse({ ...input, ...newStamps(context) });
  const person =
    draft.kind === 'person' && draft.memberNumber === ''
      ? {
          ...draft,
          memberNumber: nextMemberNumber(numbering.series, [
            ...numbering.known,
            ...(await retiredMemberNumbers(db)),
          ]),
        }
      : draft;
  await db.people.insert(person);
  return person;
}

/**
 * Changes a person. Given `base` (the values a form was opened with), `changes` may be the whole
 * form: only what differs from `base` is written, so a field changed meanwhile by the sync or
 * another window is not overwritten with the form's older copy.
 */
export function updatePerson(
  db: TilleulDatabase,
  context: WriteContext,
  id: PersonId,
  changes: Partial<Draft<PersonInput>>,
  options: { base?: Partial<Draft<PersonInput>> } = {},
): Promise<PersonDocument> {
  const { base } = options;
  const patch = base ? (stored: PersonDocument) => changedFields(stored, base, changes) : changes;
  return editDocument(db.people, personDocumentSchema, context, { kind: 'person', id }, patch);
}

export async function createHousehold(
  db: TilleulDatabase,
  context: WriteContext,
  input: Draft<HouseholdInput>,
  memberIds: readonly PersonId[] = [],
): Promise<HouseholdDocument> {
  const household = householdDocumentSchema.parse({ ...input, ...newStamps(context) });
  await db.households.insert(household);
  for (const id of memberIds) await updatePerson(db, context, id, { householdId: household.id });
  return household;
}

/** Changes a household; `base` as for `updatePerson`. */
export function updateHousehold(
  db: TilleulDatabase,
  context: WriteContext,
  id: HouseholdId,
  changes: Partial<Draft<HouseholdInput>>,
  options: { base?: Partial<Draft<HouseholdInput>> } = {},
): Promise<HouseholdDocument> {
  const { base } = options;
  const patch = base ? (stored: HouseholdDocument) => changedFields(stored, base, changes) : changes;
  return editDocument(db.households, householdDocumentSchema, context, { kind: 'household', id }, patch);
}

/**
 * Records a cotisation. Refused (whoever calls): 0 € on a paying tariff (`ZodError` on
 * `amount`), and a second one for the same holder, season and tariff unless `repeatConfirmed`
 * (`CotisationRepeatedError`, for the form to ask).
 */
export async function takeMembership(
  db: TilleulDatabase,
  context: WriteContext,
  input: MembershipDraft,
  options: { repeatConfirmed?: boolean } = {},
): Promise<MembershipDocument> {
  const membership = membershipDocumentSchema.parse({ ...input, ...newStamps(context) });
  refuseForgottenAmount(membership, await loadTariffs(db));
  if (!options.repeatConfirmed) await refuseUnconfirmedRepeat(db, membership);
  await db.memberships.insert(membership);
  return membership;
}

/** Several memberships at once (renewal campaign): all validated before any is written. */
export async function takeMemberships(
  db: TilleulDatabase,
  context: WriteContext,
  inputs: readonly MembershipDraft[],
): Promise<MembershipDocument[]> {
  const memberships = inputs.map((input) =>
    membershipDocumentSchema.parse({ ...input, ...newStamps(context) }),
  );
  const tariffOf = await loadTariffs(db);
  for (const membership of memberships) {
    refuseForgottenAmount(membership, tariffOf);
    // A renewal clicked twice, or renewed meanwhile on another device: none is written.
    await refuseUnconfirmedRepeat(db, membership);
  }
  const { error } = await db.memberships.bulkInsert(memberships);
  if (error.length > 0) throw new Error(`${error.length} memberships could not be written`);
  return memberships;
}

export async function cancelMembership(
  db: TilleulDatabase,
  context: WriteContext,
  id: MembershipId,
  on: string,
) {
  const target = { kind: 'membership', id };
  await editDocument(db.memberships, membershipDocumentSchema, context, target, { cancelledOn: on });
}

/** Where a merge stopped: the writes in the order they are made. */
export const MERGE_STEPS = ['memberships', 'households', 'survivor', 'absorbed', 'audit'] as const;
export type MergeStep = (typeof MERGE_STEPS)[number];

/**
 * A merge that was not (fully) applied. `MERGE_NOT_FOUND` and `MERGE_STALE` wrote nothing (one
 * record is gone, or the records changed since the plan was shown: show it again).
 * `MERGE_INCOMPLETE` stopped at `step` after earlier writes succeeded: both records still exist
 * before step `absorbed`, so running the merge again finishes it; at step `audit` the merge is
 * done but its journal entry is missing.
 */
export class PeopleMergeError extends Error {
  constructor(
    readonly code: 'MERGE_NOT_FOUND' | 'MERGE_STALE' | 'MERGE_INCOMPLETE',
    readonly step?: MergeStep,
    options?: { cause?: unknown },
  ) {
    super(step ? `${code} at ${step}` : code, options);
    this.name = 'PeopleMergeError';
  }
}

const sortedById = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Applies a plan from `planPeopleMerge`. The plan is computed again from what the database holds
 * now with the same choices, and everything is validated, before the first write. RxDB has no
 * transaction across collections, so the writes go in the order that keeps a failure harmless:
 * memberships and households are repointed first (the survivor exists), then the survivor is
 * completed, and only then the absorbed record is soft-deleted (`_deleted`, synced). The write
 * guard journals each write; one more entry (shared/members/merge-record.ts) says what happened
 * in the survivor's history.
 */
export async function applyPeopleMerge(
  db: TilleulDatabase,
  actor: AuditActor,
  plan: MergePlan,
  /** What the person merging may write, for the redirects (`applyMergeRedirects`); all when absent. */
  may?: Parameters<typeof applyMergeRedirects>[2],
): Promise<PersonDocument> {
  const [survivorDoc, absorbedDoc] = await Promise.all([
    db.people.findOne(plan.survivorId).exec(),
    db.people.findOne(plan.absorbedId).exec(),
  ]);
  if (!survivorDoc || !absorbedDoc) throw new PeopleMergeError('MERGE_NOT_FOUND');
  const survivor = survivorDoc.toJSON() as PersonDocument;
  const absorbed = absorbedDoc.toJSON() as PersonDocument;
  const [membershipDocs, householdDocs] = await Promise.all([
    db.memberships.find({ selector: { holderId: { $in: [survivor.id, absorbed.id] } } }).exec(),
    db.households.find({ selector: { payerId: absorbed.id } }).exec(),
  ]);
  const fresh = planPeopleMerge(
    survivor,
    absorbed,
    membershipDocs.map((doc) => withoutMeta<MembershipDocument>(doc.toJSON())),
    householdDocs.map((doc) => withoutMeta<HouseholdDocument>(doc.toJSON())),
    {
      survivorId: plan.survivorId,
      choices: Object.fromEntries(plan.conflicts.map((conflict) => [conflict.field, conflict.chosen])),
    },
  );
  // A sync or another window may have changed either record, or added a membership, since the
  // screen showed the plan: applying the old one would lose that.
  if (
    !jsonEqual(fresh.survivor, plan.survivor) ||
    !jsonEqual(sortedById(fresh.membershipUpdates), sortedById(plan.membershipUpdates)) ||
    !jsonEqual(sortedById(fresh.householdUpdates), sortedById(plan.householdUpdates))
  ) {
    throw new PeopleMergeError('MERGE_STALE');
  }

  const stamp = editStamps(actor);
  const nextSurvivor = personDocumentSchema.parse({ ...fresh.survivor, ...stamp });
  const nextMemberships = fresh.membershipUpdates.map((update) => {
    const doc = membershipDocs.find((m) => m.id === update.id);
    if (!doc) throw new PeopleMergeError('MERGE_STALE');
    return {
      doc,
      next: membershipDocumentSchema.parse({ ...doc.toJSON(), holderId: update.holderId, ...stamp }),
    };
  });
  const nextHouseholds = fresh.householdUpdates.map((update) => {
    const doc = householdDocs.find((h) => h.id === update.id);
    if (!doc) throw new PeopleMergeError('MERGE_STALE');
    return {
      doc,
      next: householdDocumentSchema.parse({ ...doc.toJSON(), payerId: update.payerId, ...stamp }),
    };
  });

  // `patch` and `remove` write over the very versions read above (not `incremental…`): an edit
  // made meanwhile is not silently overwritten, the write fails with a conflict instead.
  let step: MergeStep = 'memberships';
  let written = 0;
  try {
    for (const { doc, next } of nextMemberships) {
      await doc.patch(next);
      written += 1;
    }
    step = 'households';
    for (const { doc, next } of nextHouseholds) {
      await doc.patch(next);
      written += 1;
    }
    step = 'survivor';
    await survivorDoc.patch(nextSurvivor);
    written += 1;
    step = 'absorbed';
    // `remove()`, not `incrementalRemove()`, which also journals an empty update.
    await absorbedDoc.remove();
    written += 1;
    step = 'audit';
    await appendAudit(db, actor, {
      action: 'update',
      collection: 'people',
      documentId: survivor.id,
      changes: [{ field: 'merge', before: mergeLabel(absorbed), after: mergeLabel(nextSurvivor) }],
      detail: mergeDetail(absorbed.id),
    });
  } catch (error) {
    // Refused or failed before anything was written: the caller explains the original error.
    if (written === 0)
      throw isConflict(error) ? new PeopleMergeError('MERGE_STALE', undefined, { cause: error }) : error;
    throw new PeopleMergeError('MERGE_INCOMPLETE', step, { cause: error });
  }
  // Donations and check-ins of the absorbed record on this device follow it (the survivor now
  // names it in `mergedIds`: a device that runs this later does the same with what it receives;
  // a write refused here is left for that next run).
  await applyMergeRedirects(db, actor, may);
  return nextSurvivor;
}
