import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonId } from '@shared/ids';
import type { PersonDocument } from '@shared/members/person';
import type { TilleulDatabase } from '@renderer/data/database';
import type { Directory } from '@renderer/data/directory';
import { closeMembersFile, openMembersFile } from '@renderer/data/members/testing';
import { createHousehold, createPerson, takeMembership } from '@renderer/data/members/write';
import { MergeFollower } from '@renderer/data/members/redirects';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { deviceId, eventId, seasonId, tariffId, userId } from '@shared/testing/ids';

let db: TilleulDatabase;
let directory: Directory;
let follower: MergeFollower;
let clock: number;
const now = () => new Date((clock += 1000));
const ADMIN = { id: userId('admin-1'), name: 'Anne Admin' };
const actor = { userId: ADMIN.id, userName: ADMIN.name, deviceId: deviceId('pc-1'), now };
let serial = 0;

beforeEach(async () => {
  clock = Date.parse('2026-09-10T09:00:00.000Z');
  ({ db, directory } = await openMembersFile());
  // Two people a page: the survivors are read over several pages.
  follower = new MergeFollower(db, 2);
});
afterEach(async () => {
  follower.close();
  await closeMembersFile({ db, directory });
});

const person = (lastName: string) =>
  createPerson(db, actor, { firstName: 'Jean', lastName }, { series: 'A', known: [`A-${String(++serial)}`] });

const membershipOf = (holderId: PersonId) =>
  takeMembership(
    db,
    actor,
    {
      holderKind: 'person',
      holderId,
      seasonId: seasonId(`s${String(2020 + ++serial)}`),
      tariffId: tariffId('adulte'),
      tariffLabel: 'Adulte',
      taxReceiptAllowed: false,
      amount: 2000,
      paymentMethod: 'especes',
      chequeNumber: '',
      paidOn: '2026-09-10',
      receivedBy: ADMIN.id,
    },
    { repeatConfirmed: true },
  );

/** `survivor` absorbs `absorbed`, as a merge made on another device arrives: the record and the deletion. */
async function mergedElsewhere(survivor: PersonDocument, absorbed: PersonDocument) {
  const stored = await db.people.findOne(survivor.id).exec(true);
  const gone = await db.people.findOne(absorbed.id).exec(true);
  // As planPeopleMerge does: the survivor takes over what the absorbed record had absorbed.
  await stored.incrementalPatch({ mergedIds: [...stored.mergedIds, ...gone.mergedIds, absorbed.id] });
  await gone.remove();
}

/**
 * The queries the follower makes that are not a read by id (which every move makes), by
 * collection: those are what walked the file.
 */
function recordWalks() {
  const walks: string[] = [];
  for (const name of ['people', 'memberships', 'households', 'donations', 'attendance'] as const) {
    const collection = db[name] as unknown as { find: (query?: { selector?: object }) => unknown };
    const find = collection.find.bind(collection);
    vi.spyOn(collection, 'find').mockImplementation((query) => {
      const selector = query?.selector ?? {};
      const byId =
        Object.keys(selector).length === 1 && typeof (selector as { id?: unknown }).id === 'string';
      if (!byId) walks.push(`${name} ${JSON.stringify(selector)}`);
      return find(query);
    });
  }
  return walks;
}

describe('MergeFollower: the sync follows merges without reading the file at each burst', () => {
  it('moves what points to an absorbed record, and later reads nothing when nothing was written', async () => {
    for (const name of ['Aubert', 'Blanc', 'Caron', 'Dumas']) await person(name);
    const survivor = await person('Lefèvre');
    const absorbed = await person('Lefevre');
    const membership = await membershipOf(absorbed.id);
    const household = await createHousehold(db, actor, { name: 'Famille Lefèvre', payerId: absorbed.id });
    await mergedElsewhere(survivor, absorbed);

    expect(await follower.run(actor)).toBe(2);
    expect((await db.memberships.findOne(membership.id).exec(true)).holderId).toBe(survivor.id);
    expect((await db.households.findOne(household.id).exec(true)).payerId).toBe(survivor.id);

    const walks = recordWalks();
    expect(await follower.run(actor)).toBe(0);
    expect(walks).toEqual([]);
  });

  it('moves a document that arrives later pointing to an absorbed record, reading only that one', async () => {
    const survivor = await person('Lefèvre');
    const absorbed = await person('Lefevre');
    await mergedElsewhere(survivor, absorbed);
    expect(await follower.run(actor)).toBe(0);

    const walks = recordWalks();
    // Recorded offline on a door before the merge reached it, pulled now.
    const at = '2026-09-12T19:02:00.000Z';
    await db.attendance.insert(
      attendanceDocumentSchema.parse({
        id: attendanceId(eventId('event-1'), absorbed.id),
        createdAt: at,
        updatedAt: at,
        updatedBy: userId('door-1'),
        deviceId: deviceId('door-1'),
        eventId: eventId('event-1'),
        personId: absorbed.id,
        present: true,
        checkedInAt: at,
      }),
    );
    const elsewhere = await membershipOf(survivor.id);
    expect(await follower.run(actor)).toBe(1);
    // No query of any collection: the check-in was looked up by its id.
    expect(walks).toEqual([]);
    expect((await db.attendance.find().exec()).map((doc) => [doc.id, doc.personId])).toEqual([
      [attendanceId(eventId('event-1'), survivor.id), survivor.id],
    ]);
    expect((await db.memberships.findOne(elsewhere.id).exec(true)).holderId).toBe(survivor.id);
  });

  it('follows a merge that arrives after the first run, and a merge of the survivor itself', async () => {
    const first = await person('Lefèvre');
    const second = await person('Lefevre');
    const third = await person('LEFEVRE');
    expect(await follower.run(actor)).toBe(0);
    const membership = await membershipOf(second.id);

    await mergedElsewhere(first, second);
    expect(await follower.run(actor)).toBe(1);
    expect((await db.memberships.findOne(membership.id).exec(true)).holderId).toBe(first.id);

    // The survivor is absorbed in turn: what pointed to either record ends on the last survivor.
    const late = await membershipOf(second.id);
    await mergedElsewhere(third, first);
    expect(await follower.run(actor)).toBe(2);
    expect((await db.memberships.findOne(membership.id).exec(true)).holderId).toBe(third.id);
    expect((await db.memberships.findOne(late.id).exec(true)).holderId).toBe(third.id);
  });

  it('tries again a move it had to leave (not this person’s to make), with nothing new written', async () => {
    const survivor = await person('Lefèvre');
    const absorbed = await person('Lefevre');
    const membership = await membershipOf(absorbed.id);
    await mergedElsewhere(survivor, absorbed);

    // Nobody signed in who may edit memberships.
    expect(await follower.run(actor, () => false)).toBe(0);
    expect((await db.memberships.findOne(membership.id).exec(true)).holderId).toBe(absorbed.id);
    expect(await follower.run(actor, () => false)).toBe(0);

    expect(await follower.run(actor)).toBe(1);
    expect((await db.memberships.findOne(membership.id).exec(true)).holderId).toBe(survivor.id);
  });

  it('forgets a survivor erased since', async () => {
    const survivor = await person('Lefèvre');
    const absorbed = await person('Lefevre');
    await mergedElsewhere(survivor, absorbed);
    expect(await follower.run(actor)).toBe(0);
    await (await db.people.findOne(survivor.id).exec(true)).remove();
    const membership = await membershipOf(absorbed.id);
    // The survivor is gone: nothing to move to.
    expect(await follower.run(actor)).toBe(0);
    expect((await db.memberships.findOne(membership.id).exec(true)).holderId).toBe(absorbed.id);
  });
});
