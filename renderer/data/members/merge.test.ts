import type { PersonId } from '@shared/ids';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MergePlan } from '@shared/members/merge-people';
import { planPeopleMerge } from '@shared/members/merge-people';
import { MERGE_DETAIL_PREFIX } from '@shared/members/merge-record';
import type { PersonDocument } from '@shared/members/person';
import { SessionStore } from '@renderer/data/session';
import type { TilleulDatabase } from '@renderer/data/database';
import type { Directory } from '@renderer/data/directory';
import { closeMembersFile, openMembersFile, waitFor } from '@renderer/data/members/testing';
import {
  applyPeopleMerge,
  createHousehold,
  createPerson,
  knownMemberNumbers,
  PeopleMergeError,
  takeMembership,
  updatePerson,
} from '@renderer/data/members/write';
import { installWriteGuard, PermissionDeniedError } from '@renderer/data/write-guard';
import { applyMergeRedirects } from '@renderer/data/members/redirects';
import { canWrite } from '@shared/auth/permissions';
import type { WriteOperation } from '@shared/auth/permissions';
import { makeDonation } from '@shared/donations/testing';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { deviceId, eventId, seasonId, tariffId, userId } from '@shared/testing/ids';

let db: TilleulDatabase;
let directory: Directory;
let session: SessionStore;
let clock: number;
const now = () => new Date((clock += 1000));
const ADMIN = { id: userId('admin-1'), name: 'Anne Admin', role: 'admin' } as const;
const DOOR = { id: userId('door-1'), name: 'Porte 1', role: 'door' } as const;
const actor = { userId: ADMIN.id, userName: ADMIN.name, deviceId: deviceId('pc-1'), now };
const numbering = () => ({ series: 'A', known: knownMemberNumbers(directory.people.values()) });

beforeEach(async () => {
  clock = Date.parse('2026-09-10T09:00:00.000Z');
  ({ db, directory } = await openMembersFile());
  session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), now);
  session.set(ADMIN);
});
afterEach(() => closeMembersFile({ db, directory }));

const membershipOf = (holderId: PersonId, season: string) => ({
  holderKind: 'person' as const,
  holderId,
  seasonId: seasonId(season),
  tariffId: tariffId('adulte'),
  tariffLabel: 'Adulte',
  taxReceiptAllowed: false,
  amount: 2000,
  paymentMethod: 'especes' as const,
  chequeNumber: '',
  paidOn: `${season.slice(1)}-09-10`,
  receivedBy: ADMIN.id,
});

/**
 * Élodie was registered twice: in 2025 with her phone (A-0001, a membership for 2025), and again
 * this September with her e-mail (A-0002), who paid for 2026 and pays for her household.
 */
async function twoRecordsOfElodie() {
  const older = await createPerson(
    db,
    actor,
    { firstName: 'Élodie', lastName: 'Lefèvre', birthDate: '1984-03-12', phone: '06 39 98 00 01' },
    numbering(),
  );
  await waitFor(() => directory.people.has(older.id));
  const newer = await createPerson(
    db,
    actor,
    { firstName: 'Elodie', lastName: 'Lefèvre', birthDate: '1984-03-12', email: 'elodie@example.org' },
    numbering(),
  );
  const kept = await takeMembership(db, actor, membershipOf(older.id, 's2025'));
  const moved = await takeMembership(db, actor, membershipOf(newer.id, 's2026'));
  const household = await createHousehold(db, actor, { name: 'Famille Lefèvre', payerId: newer.id });
  await waitFor(
    () =>
      directory.people.has(newer.id) && directory.memberships.size === 2 && directory.households.size === 1,
  );
  return { older, newer, kept, moved, household };
}

const planFromDirectory = (a: string, b: string, choices?: MergePlan['conflicts']) =>
  planPeopleMerge(
    directory.people.get(a) as PersonDocument,
    directory.people.get(b) as PersonDocument,
    [...directory.memberships.values()],
    [...directory.households.values()],
    { choices: Object.fromEntries((choices ?? []).map((c) => [c.field, c.chosen])) },
  );

/** Everything the merge may touch, to check that a refused merge changed nothing. */
async function snapshot() {
  const all = async (collection: TilleulDatabase['people' | 'memberships' | 'households']) =>
    (await collection.find().exec()).map((doc) => doc.toJSON());
  return {
    people: await all(db.people),
    memberships: await all(db.memberships),
    households: await all(db.households),
  };
}

async function auditOf(documentId: string) {
  const entries = await db.audit.find({ selector: { documentId }, sort: [{ createdAt: 'asc' }] }).exec();
  return entries.map((entry) => entry.toJSON());
}

describe('merging two records of the same person', () => {
  it('moves the absorbed record’s check-ins and donations where the role may, and tries nothing else', async () => {
    const { older, newer } = await twoRecordsOfElodie();
    const at = '2026-09-12T19:02:00.000Z';
    await db.attendance.insert(
      attendanceDocumentSchema.parse({
        id: attendanceId(eventId('event-1'), newer.id),
        createdAt: at,
        updatedAt: at,
        updatedBy: ADMIN.id,
        deviceId: deviceId('pc-1'),
        eventId: eventId('event-1'),
        personId: newer.id,
        present: true,
        checkedInAt: at,
      }),
    );
    await db.donations.insert(makeDonation({ id: 'donation-1', donorId: newer.id }));
    // A secretary merges: attendance is theirs to manage, donations are the treasurer's.
    const secretary = { id: userId('secretary-1'), name: 'Sam Secrétaire', role: 'secretary' } as const;
    session.set(secretary);
    const may = (collection: string, operation: WriteOperation, document: Record<string, unknown>) =>
      canWrite(secretary.role, collection, operation, document).allowed;
    const plan = planFromDirectory(newer.id, older.id);
    await applyPeopleMerge(db, { ...actor, userId: secretary.id, userName: secretary.name }, plan, may);

    expect((await db.attendance.find().exec()).map((doc) => [doc.id, doc.personId])).toEqual([
      [attendanceId(eventId('event-1'), older.id), older.id],
    ]);
    expect((await db.donations.findOne('donation-1').exec(true)).donorId).toBe(newer.id);
    expect(await db.audit.find({ selector: { action: 'permission-denied' } }).exec()).toEqual([]);
    // The treasurer's device (or this one, with the treasurer signed in) moves it at the next run.
    session.set({ id: userId('treasurer-1'), name: 'Tina Trésorière', role: 'treasurer' });
    await applyMergeRedirects(db, { ...actor, userId: userId('treasurer-1') });
    expect((await db.donations.findOne('donation-1').exec(true)).donorId).toBe(older.id);
  });

  it('moves memberships and the household payer, keeps the old number, soft-deletes the other', async () => {
    const { older, newer, kept, moved, household } = await twoRecordsOfElodie();
    const plan = planFromDirectory(newer.id, older.id, [
      { field: 'firstName', survivorValue: 'Élodie', absorbedValue: 'Elodie', chosen: 'survivor' },
    ]);
    expect(plan.survivorId).toBe(older.id);

    const survivor = await applyPeopleMerge(db, actor, plan);

    expect(survivor).toMatchObject({
      id: older.id,
      firstName: 'Élodie',
      memberNumber: 'A-0001',
      formerMemberNumbers: ['A-0002'],
      email: 'elodie@example.org',
      phone: '06 39 98 00 01',
      updatedBy: ADMIN.id,
    });
    expect((await db.people.findOne(older.id).exec())?.toJSON()).toEqual(survivor);
    expect((await db.memberships.findOne(moved.id).exec())?.holderId).toBe(older.id);
    expect((await db.memberships.findOne(kept.id).exec())?.holderId).toBe(older.id);
    expect((await db.households.findOne(household.id).exec())?.payerId).toBe(older.id);
    // Gone for every query, but kept as a deletion (`_deleted`) so that sync spreads it.
    expect(await db.people.findOne(newer.id).exec()).toBeNull();
    const stored = await db.people.storageInstance.findDocumentsById([newer.id], true);
    expect(stored[0]?._deleted).toBe(true);

    // The directory follows; the absorbed card's number still finds Élodie at the door.
    await waitFor(() => !directory.people.has(newer.id));
    expect(directory.index.search('A-0002').map((hit) => hit.person.id)).toEqual([older.id]);

    // The survivor's history says it in words, next to the field changes the guard logged.
    const history = await auditOf(older.id);
    expect(history.map((entry) => `${entry.action}:${entry.detail}`)).toEqual([
      'create:',
      'update:',
      `update:${MERGE_DETAIL_PREFIX}${newer.id}`,
    ]);
    expect(history[1]?.changes.map((change) => change.field)).toEqual(
      expect.arrayContaining(['email', 'formerMemberNumbers']),
    );
    expect(history[2]).toMatchObject({
      userName: 'Anne Admin',
      collectionName: 'people',
      changes: [{ field: 'merge', before: 'Elodie Lefèvre (A-0002)', after: 'Élodie Lefèvre (A-0001)' }],
    });
    expect((await auditOf(moved.id)).at(-1)?.changes).toEqual([
      { field: 'holderId', before: newer.id, after: older.id },
    ]);
    // One deletion, without an empty update before it.
    expect((await auditOf(newer.id)).map((entry) => entry.action)).toEqual(['create', 'delete']);
  });

  it('keeps the absorbed record’s value where the user chose it', async () => {
    const { older, newer } = await twoRecordsOfElodie();
    const survivor = await applyPeopleMerge(
      db,
      actor,
      planFromDirectory(older.id, newer.id, [
        { field: 'firstName', survivorValue: 'Élodie', absorbedValue: 'Elodie', chosen: 'absorbed' },
      ]),
    );
    expect(survivor.firstName).toBe('Elodie');
    expect((await db.people.findOne(older.id).exec())?.firstName).toBe('Elodie');
  });

  it('refuses a plan made before a membership arrived, and writes nothing', async () => {
    const { older, newer } = await twoRecordsOfElodie();
    const plan = planFromDirectory(older.id, newer.id);
    // Taken meanwhile in another window, or pulled by the sync.
    await takeMembership(db, actor, membershipOf(newer.id, 's2024'));
    const before = await snapshot();
    await expect(applyPeopleMerge(db, actor, plan)).rejects.toMatchObject({ code: 'MERGE_STALE' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a plan whose absorbed record is already gone', async () => {
    const { older, newer } = await twoRecordsOfElodie();
    const plan = planFromDirectory(older.id, newer.id);
    await applyPeopleMerge(db, actor, plan);
    await expect(applyPeopleMerge(db, actor, plan)).rejects.toMatchObject({ code: 'MERGE_NOT_FOUND' });
  });

  it('says where it stopped when a write fails midway, and both records are still there', async () => {
    const { older, newer, moved } = await twoRecordsOfElodie();
    let failures = 1;
    db.people.preSave(() => {
      if (failures-- > 0) throw new Error('disque plein');
    }, false);

    const error: unknown = await applyPeopleMerge(db, actor, planFromDirectory(older.id, newer.id)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PeopleMergeError);
    expect(error).toMatchObject({ code: 'MERGE_INCOMPLETE', step: 'survivor' });
    expect((error as Error).cause).toMatchObject({ message: 'disque plein' });
    // The memberships already point to the survivor; nobody was deleted.
    expect((await db.memberships.findOne(moved.id).exec())?.holderId).toBe(older.id);
    expect(await db.people.findOne(newer.id).exec()).not.toBeNull();

    // Running the merge again finishes it.
    await waitFor(() => directory.memberships.get(moved.id)?.holderId === older.id);
    const plan = planFromDirectory(older.id, newer.id);
    expect(plan.membershipUpdates).toEqual([]);
    await applyPeopleMerge(db, actor, plan);
    expect(await db.people.findOne(newer.id).exec()).toBeNull();
    expect((await db.people.findOne(older.id).exec())?.formerMemberNumbers).toEqual(['A-0002']);
  });

  it('does not overwrite an edit made while it runs', async () => {
    const { older, newer, moved } = await twoRecordsOfElodie();
    // Another window changes the survivor's phone just after the memberships moved.
    let edited = false;
    db.memberships.postSave(async () => {
      if (edited) return;
      edited = true;
      await updatePerson(db, actor, older.id, { phone: '06 00 00 00 00' });
    }, false);

    await expect(applyPeopleMerge(db, actor, planFromDirectory(older.id, newer.id))).rejects.toMatchObject({
      code: 'MERGE_INCOMPLETE',
      step: 'survivor',
      cause: { code: 'CONFLICT' },
    });
    expect((await db.memberships.findOne(moved.id).exec())?.holderId).toBe(older.id);
    expect((await db.people.findOne(older.id).exec())?.phone).toBe('06 00 00 00 00');
    expect(await db.people.findOne(newer.id).exec()).not.toBeNull();
  });

  it('refuses a door session before anything changes', async () => {
    const { older, newer } = await twoRecordsOfElodie();
    const plan = planFromDirectory(older.id, newer.id);
    const before = await snapshot();
    session.set(DOOR);

    await expect(
      applyPeopleMerge(db, { ...actor, userId: DOOR.id, userName: DOOR.name }, plan),
    ).rejects.toBeInstanceOf(PermissionDeniedError);

    expect(await snapshot()).toEqual(before);
    const refused = await db.audit.find({ selector: { action: 'permission-denied' } }).exec();
    expect(refused.map((entry) => [entry.userName, entry.detail])).toEqual([
      ['Porte 1', 'update:memberships.update'],
    ]);
    expect((await auditOf(older.id)).some((entry) => entry.detail.startsWith(MERGE_DETAIL_PREFIX))).toBe(
      false,
    );
  });
});
