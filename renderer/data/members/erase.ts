import type { AuditEntry } from '@shared/audit/audit';
import { eraseAuditEntry, erasedDocumentIds, isErasable } from '@shared/audit/erasure';
import { can } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';
import { localToday } from '@shared/dates/parse-date';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import { anonymisedPerson, planErasure } from '@shared/members/erasure';
import type { PersonDocument } from '@shared/members/person';
import { idsOf, personDocumentSchema } from '@shared/members/person';
import { editStamps } from '@shared/schema/stamps';
import type { AuditActor } from '@renderer/data/audit/write';
import { appendAudit } from '@renderer/data/audit/write';
import type { TilleulDatabase } from '@renderer/data/database';
import { withoutMeta } from '@renderer/data/without-meta';
import { whileErasing } from '@renderer/data/write-guard';
import { retireMemberNumbers } from '@renderer/data/members/retired-numbers';

/**
 * A person's erasure (RGPD; shared/members/erasure.ts says what is kept and what goes). Written
 * so that a crash at any step is finished by erasing again: the erasure's journal entry first
 * (it lists the documents), then the household, the free text, the tombstone, and last the
 * journal's values — of the entries written before and of those the steps above just wrote.
 */

export type ErasureErrorCode = 'ERASURE_NOT_FOUND' | 'ERASURE_NOT_ALLOWED';

export class ErasureError extends Error {
  constructor(readonly code: ErasureErrorCode) {
    super(code);
    this.name = 'ErasureError';
  }
}

export interface ErasureActor extends AuditActor {
  role: Role;
}

export interface ErasureResult {
  personId: string;
  /** Journal entries whose values were replaced by the marker. */
  rewritten: number;
}

type Progress = (done: number, total: number) => void;

const CHUNK = 200;

/** RxDB's own fields of a stored document (`_rev`, `_meta`…), which a modifier hands back. */
const metaOf = <T extends object>(stored: T): Partial<T> =>
  Object.fromEntries(Object.entries(stored).filter(([key]) => key.startsWith('_'))) as Partial<T>;

async function entriesAbout(db: TilleulDatabase, documentIds: readonly string[]): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (let start = 0; start < documentIds.length; start += CHUNK) {
    const found = await db.audit
      .find({ selector: { documentId: { $in: documentIds.slice(start, start + CHUNK) } } })
      .exec();
    entries.push(...found.map((doc) => doc.toJSON() as AuditEntry));
  }
  return entries;
}

/** The erasure entry that already names every one of `ids`, if an earlier attempt wrote one. */
function coveringErasure(entries: readonly AuditEntry[], personId: string, ids: readonly string[]) {
  return entries.find((entry) => {
    const named = entry.documentId === personId ? erasedDocumentIds(entry) : null;
    return named !== null && ids.every((id) => named.has(id));
  });
}

export async function erasePerson(
  db: TilleulDatabase,
  actor: ErasureActor,
  personId: string,
  onProgress: Progress = () => undefined,
): Promise<ErasureResult> {
  if (!can(actor.role, 'people.erase').allowed) throw new ErasureError('ERASURE_NOT_ALLOWED');
  const personDoc = await db.people.findOne(personId).exec();
  if (!personDoc) throw new ErasureError('ERASURE_NOT_FOUND');
  const person = personDoc.toJSON() as PersonDocument;
  const ids = idsOf(person);
  const [membershipDocs, attendanceDocs, householdDoc, memberDocs] = await Promise.all([
    db.memberships.find({ selector: { holderId: { $in: ids } } }).exec(),
    db.attendance.find({ selector: { personId: { $in: ids } } }).exec(),
    person.householdId ? db.households.findOne(person.householdId).exec() : Promise.resolve(null),
    person.householdId
      ? db.people.find({ selector: { householdId: person.householdId } }).exec()
      : Promise.resolve([]),
  ]);
  const today = localToday(actor.now());
  const plan = planErasure({
    person,
    ...(householdDoc ? { household: householdDoc.toJSON() as HouseholdDocument } : {}),
    householdMembers: memberDocs.map((doc) => ({ id: doc.id })),
    memberships: membershipDocs.map((doc) => doc.toJSON() as MembershipDocument),
    attendance: attendanceDocs.map((doc) => doc.toJSON() as AttendanceDocument),
    today,
  });
  const before = await entriesAbout(db, plan.documentIds);
  const total =
    2 + plan.memberships.length + plan.attendance.length + (plan.household ? 1 : 0) + before.length;
  let done = 0;
  const step = () => onProgress(++done, total);

  let erasureId = coveringErasure(before, person.id, plan.documentIds)?.id;
  if (!erasureId) {
    erasureId = await appendAudit(db, actor, {
      action: 'erasure',
      collection: 'people',
      documentId: person.id,
      detail: 'erasure',
      erasure: { documentIds: plan.documentIds },
    });
  }
  step();

  // Its number leaves the record, never to be given again (retired-numbers.ts).
  await retireMemberNumbers(db, [person]);
  const stamp = editStamps(actor);
  await whileErasing(db, plan.documentIds, async () => {
    if (plan.household?.remove) await householdDoc?.remove();
    else if (plan.household) await householdDoc?.incrementalPatch({ payerId: '', ...stamp });
    if (plan.household) step();
    for (const membership of plan.memberships) {
      await membershipDocs.find((doc) => doc.id === membership.id)?.incrementalPatch({ notes: '', ...stamp });
      step();
    }
    for (const record of plan.attendance) {
      await attendanceDocs.find((doc) => doc.id === record.id)?.incrementalPatch({ notes: '', ...stamp });
      step();
    }
    if (person.erasedOn === '') {
      await personDoc.incrementalModify((current) => ({
        ...metaOf(current),
        ...personDocumentSchema.parse({ ...anonymisedPerson(withoutMeta(current), today), ...stamp }),
      }));
    }
    step();
  });

  // Last, the journal: what the steps above just wrote about these documents is erased too.
  let rewritten = 0;
  for (const entry of await entriesAbout(db, plan.documentIds)) {
    if (!isErasable(entry)) continue;
    const doc = await db.audit.findOne(entry.id).exec();
    await doc?.incrementalModify(
      (data) => ({ ...metaOf(data), ...eraseAuditEntry(data, erasureId) }) as typeof data,
    );
    rewritten += 1;
    onProgress(Math.min(++done, total), total);
  }
  onProgress(total, total);
  return { personId, rewritten };
}

export interface BatchErasureResult {
  erased: string[];
  failed: { personId: string; error: unknown }[];
}

/** The retention assistant's batch: one person after the other; one that fails does not stop the rest. */
export async function erasePeople(
  db: TilleulDatabase,
  actor: ErasureActor,
  personIds: readonly string[],
  onProgress: Progress = () => undefined,
): Promise<BatchErasureResult> {
  const result: BatchErasureResult = { erased: [], failed: [] };
  onProgress(0, personIds.length);
  for (const [index, personId] of personIds.entries()) {
    try {
      await erasePerson(db, actor, personId);
      result.erased.push(personId);
    } catch (error) {
      result.failed.push({ personId, error });
    }
    onProgress(index + 1, personIds.length);
  }
  return result;
}
