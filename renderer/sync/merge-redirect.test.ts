import type { RxCollection } from 'rxdb/plugins/core';
import { describe, expect } from 'vitest';
import { collectionSpecs } from '@shared/schema/collections';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import type { AttendanceInput } from '@shared/events/attendance';
import { makeDonation } from '@shared/donations/testing';
import { planPeopleMerge } from '@shared/members/merge-people';
import { idsOf } from '@shared/members/person';
import type { PersonDocument } from '@shared/members/person';
import { makeMembership, makePerson } from '@shared/members/testing';
import { makeReceipt } from '@shared/receipts/testing';
import { applyPeopleMerge } from '@renderer/data/members/write';
import { withoutMeta } from '@renderer/data/without-meta';
import type { FetchLike } from '@renderer/sync/api-client';
import { itOnEachBackend, useTestWorld } from '../../test/sync/each-backend';
import type { TestClient } from '../../test/sync/harness';
import { eventId, userId } from '@shared/testing/ids';
import type { PersonId } from '@shared/ids';

/**
 * Issue 15, item 7: the office merges two records of one person while a laptop, offline, adds a
 * membership, a donation and a check-in to the record being absorbed. After both sync nothing
 * points to the deleted record but what must not change: the check-in moved to the survivor's id
 * and merged with the one there; the membership and the donation belong to the survivor; an
 * issued receipt keeps its frozen donor and reads as the survivor's. Two client databases
 * against a real server on 127.0.0.1, SQLite and PostgreSQL.
 */
const EVENT = eventId('event-assemblee');

const world = useTestWorld();

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`pas atteint à temps : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const checkIn = (personId: PersonId, at: string, amount: number, device: string) =>
  attendanceDocumentSchema.parse({
    id: attendanceId(EVENT, personId),
    createdAt: at,
    updatedAt: at,
    updatedBy: 'user-porte',
    deviceId: device,
    eventId: EVENT,
    personId,
    present: true,
    checkedInAt: at,
    checkedInBy: 'user-porte',
    checkedInDevice: device,
    doorPayment: { amount, method: 'especes' },
  } satisfies AttendanceInput);

type Plain = Record<string, unknown>;
const live = async (client: TestClient, name: string) => {
  const collection = (client.db.collections as unknown as Record<string, RxCollection>)[name];
  return ((await collection?.find().exec()) ?? []).map((doc) => doc.toJSON() as Plain);
};
const onServer = async (name: string) =>
  (await world.server?.store().pull(world.server.orgId, name, 0, 1000))?.documents.filter(
    (doc) => !doc._deleted,
  ) ?? [];

async function mergeWhileOffline(options: { databaseUrl?: string }) {
  const server = await world.start(options);
  const office = await world.client(server, 'bureau', {
    specs: {
      people: collectionSpecs.people,
      households: collectionSpecs.households,
      memberships: collectionSpecs.memberships,
      attendance: collectionSpecs.attendance,
      donations: collectionSpecs.donations,
      receipts: collectionSpecs.receipts,
      audit: collectionSpecs.audit,
    },
  });
  let offline = false;
  const laptopFetch: FetchLike = async (input, init) => {
    if (offline) throw new TypeError('hors ligne');
    return fetch(input, init);
  };
  const laptop = await world.client(server, 'portable', {
    fetch: laptopFetch,
    specs: {
      people: collectionSpecs.people,
      memberships: collectionSpecs.memberships,
      attendance: collectionSpecs.attendance,
      donations: collectionSpecs.donations,
      audit: collectionSpecs.audit,
    },
  });

  // Élodie twice: A-0001 (kept) and A-0002 (absorbed), who gave 50 € last spring, receipted.
  const kept = makePerson({
    id: 'person-kept',
    firstName: 'Élodie',
    lastName: 'Marchand',
    memberNumber: 'A-0001',
  });
  const absorbed = makePerson({
    id: 'person-absorbed',
    firstName: 'Elodie',
    lastName: 'Marchand',
    memberNumber: 'A-0002',
  });
  await office.db.people.bulkInsert([kept, absorbed]);
  await office.db.donations.insert(
    makeDonation({ id: 'donation-1', donorId: absorbed.id, receiptId: 'receipt-1' }),
  );
  await office.db.receipts.insert(makeReceipt({ id: 'receipt-1', donorId: absorbed.id }));
  // The office's door checked the kept record in at 19:10, 5 € paid.
  await office.db.attendance.insert(
    checkIn(kept.id, '2026-09-12T19:10:00.000Z', 500, office.enrolment.deviceId),
  );
  await until(async () => (await live(laptop, 'attendance')).length === 1, 'le portable a tout reçu');
  await until(async () => (await live(laptop, 'people')).length === 2, 'le portable a les deux fiches');

  // The laptop goes offline and records, for the absorbed record: a membership, a donation and
  // a check-in at 19:02 with 3 € paid.
  offline = true;
  await laptop.db.memberships.insert(
    makeMembership({ id: 'membership-1', holderId: absorbed.id, seasonId: 's2026' }),
  );
  await laptop.db.donations.insert(
    makeDonation({ id: 'donation-2', donorId: absorbed.id, amount: 2000 as never }),
  );
  await laptop.db.attendance.insert(
    checkIn(absorbed.id, '2026-09-12T19:02:00.000Z', 300, laptop.enrolment.deviceId),
  );

  // Meanwhile the office merges the two records.
  const survivorDoc = await office.db.people.findOne(kept.id).exec(true);
  const absorbedDoc = await office.db.people.findOne(absorbed.id).exec(true);
  const plan = planPeopleMerge(
    survivorDoc.toJSON() as PersonDocument,
    absorbedDoc.toJSON() as PersonDocument,
    [],
    [],
    {
      survivorId: kept.id,
    },
  );
  const actor = {
    userId: userId('user-secretaire'),
    userName: 'Secrétaire',
    deviceId: office.enrolment.deviceId,
    now: () => new Date(),
  };
  await applyPeopleMerge(office.db, actor, plan);
  await office.engine.awaitInSync();

  // Back online: both sync until nothing on the server points to the absorbed record but the
  // receipted donation and its receipt.
  offline = false;
  laptop.engine.reSync();
  const pointing = async () => {
    const memberships = await onServer('memberships');
    const donations = await onServer('donations');
    const attendance = await onServer('attendance');
    return [
      ...memberships.filter((doc) => doc.holderId === absorbed.id),
      ...donations.filter((doc) => doc.donorId === absorbed.id && doc.id !== 'donation-1'),
      ...attendance.filter((doc) => doc.personId === absorbed.id),
    ].length;
  };
  await until(
    async () => (await onServer('memberships')).length === 1 && (await pointing()) === 0,
    'redirigé sur le serveur',
  );
  for (const client of world.clients) await client.engine.awaitInSync();
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const client of world.clients) await client.engine.awaitInSync();

  expect(await onServer('memberships')).toEqual([
    expect.objectContaining({ id: 'membership-1', holderId: kept.id }),
  ]);
  const donations = Object.fromEntries((await onServer('donations')).map((doc) => [doc.id, doc.donorId]));
  expect(donations).toEqual({ 'donation-1': absorbed.id, 'donation-2': kept.id });
  const attendance = await onServer('attendance');
  expect(attendance).toHaveLength(1);
  expect(attendance[0]).toMatchObject({
    id: attendanceId(EVENT, kept.id),
    personId: kept.id,
    present: true,
    checkedInAt: '2026-09-12T19:02:00.000Z',
    checkedInDevice: laptop.enrolment.deviceId,
    // Both payments, each on its line: 3 € at the laptop, 5 € at the office's door.
    doorPayment: { amount: 300, method: 'especes' },
    otherDoorPayments: [{ amount: 500, method: 'especes' }],
  });

  // Every device holds the same: the merged check-in, the membership and donation moved.
  for (const client of world.clients) {
    expect(
      (await live(client, 'attendance')).map((doc) => [doc.id, doc.doorPayment, doc.otherDoorPayments]),
    ).toEqual([
      [
        attendanceId(EVENT, kept.id),
        { amount: 300, method: 'especes', chequeNumber: '' },
        [{ amount: 500, method: 'especes', chequeNumber: '' }],
      ],
    ]);
    expect((await live(client, 'memberships')).map((doc) => doc.holderId)).toEqual([kept.id]);
    expect((await live(client, 'people')).map((doc) => doc.id)).toEqual([kept.id]);
  }
  // The receipt keeps its frozen donor, which reads as the survivor's.
  const receipt = (await office.db.receipts.findOne('receipt-1').exec(true)).toJSON();
  const survivor = withoutMeta<PersonDocument>((await laptop.db.people.findOne(kept.id).exec(true)).toJSON());
  expect(receipt.donorId).toBe(absorbed.id);
  expect(idsOf(survivor)).toContain(receipt.donorId);
}

describe('writes to a merged person made offline on another device', () => {
  itOnEachBackend('follow the merge once both have synced', mergeWhileOffline, 60_000);
});
