import { userId } from '@shared/testing/ids';
import { describe, expect } from 'vitest';
import { makePerson } from '@shared/members/testing';
import { describeSyncProblem } from '@renderer/components/sync/describe-sync';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard } from '@renderer/data/write-guard';
import { initI18n } from '@renderer/i18n/i18n';
import { until } from '../../test/sync/harness';
import { itOnEachBackend, useTestWorld } from '../../test/sync/each-backend';

/**
 * Issue 15, item 6: member numbers are unique per association on the server. Two devices that
 * numbered in the same series (both standalone before their enrolment) each gave A-0012: the
 * one that pushes second gets 409, gives its person the next number of the series, pushes
 * again, and tells the user. Two client databases against a real server on 127.0.0.1.
 */

const world = useTestWorld();

async function renumbersTheSecond(options: { databaseUrl?: string }) {
  const server = await world.start(options);
  const office = await world.client(server, 'bureau');
  const jeanne = makePerson({
    id: 'person-jeanne',
    firstName: 'Jeanne',
    lastName: 'Martin',
    memberNumber: 'A-0012',
  });
  await office.db.people.insert(jeanne);
  await office.engine.awaitInSync();

  const laptop = await world.client(server, 'portable');
  // The laptop's writes go through the write guard, as in the app: the renumbering is journalled.
  const session = new SessionStore();
  session.set({ id: userId('user-tresoriere'), name: 'Trésorière', role: 'admin' });
  installWriteGuard(laptop.db, session, laptop.enrolment.deviceId);
  const paul = makePerson({
    id: 'person-paul',
    firstName: 'Paul',
    lastName: 'Durand',
    memberNumber: 'A-0012',
  });
  await laptop.db.people.insert(paul);

  await until(async () => (await laptop.db.people.findOne(paul.id).exec(true)).memberNumber === 'A-0013');
  await laptop.engine.awaitInSync();
  await until(async () => (await office.db.people.findOne(paul.id).exec())?.memberNumber === 'A-0013');
  const stored = await server.store().pull(server.orgId, 'people', 0, 100);
  expect(Object.fromEntries(stored.documents.map((doc) => [doc.id, doc.memberNumber]))).toEqual({
    'person-jeanne': 'A-0012',
    'person-paul': 'A-0013',
  });

  const notice = laptop.status.get().problems.find((problem) => problem.code === 'MEMBER_RENUMBERED');
  expect(notice).toMatchObject({
    documentId: paul.id,
    params: { name: 'Paul Durand', taken: 'A-0012', given: 'A-0013' },
  });
  expect(laptop.status.get().problems.filter((problem) => problem.code === 'WRITE_REFUSED')).toEqual([]);
  const i18n = await initI18n('fr');
  expect(describeSyncProblem(i18n.t, notice ?? { code: 'NETWORK' })).toBe(
    'Le numéro A-0012 était déjà pris sur un autre poste\u00a0: Paul Durand a reçu A-0013.',
  );
  const journal = await laptop.db.audit.find({ selector: { documentId: paul.id, action: 'update' } }).exec();
  expect(journal.map((entry) => entry.changes)).toContainEqual([
    { field: 'memberNumber', before: 'A-0012', after: 'A-0013' },
  ]);
}

/**
 * The same at a door: a walk-in the door registered offline took a number the office gave
 * meanwhile. The door may not edit members, but it renumbers its own walk-in (the number alone:
 * the device scope), so the walk-in reaches the office instead of staying refused at the door.
 */
async function renumbersAWalkInAtTheDoor(options: { databaseUrl?: string }) {
  const server = await world.start(options);
  const office = await world.client(server, 'bureau');
  const door = await world.client(server, 'porte', { scope: 'door' });
  await door.engine.awaitInSync();
  const session = new SessionStore();
  session.set({ id: userId('user-porte'), name: 'Porte 1', role: 'door' });
  installWriteGuard(door.db, session, door.enrolment.deviceId);

  await office.db.people.insert(
    makePerson({ id: 'person-jeanne', firstName: 'Jeanne', lastName: 'Martin', memberNumber: 'B-0003' }),
  );
  await office.engine.awaitInSync();
  const walkIn = makePerson({
    id: 'person-lea',
    firstName: 'Léa',
    lastName: 'Roy',
    memberNumber: 'B-0003',
    origin: 'door',
  });
  await door.db.people.insert(walkIn);

  await until(async () => (await door.db.people.findOne(walkIn.id).exec(true)).memberNumber === 'B-0004');
  await door.engine.awaitInSync();
  await until(async () => (await office.db.people.findOne(walkIn.id).exec())?.memberNumber === 'B-0004');
  expect(door.status.get().problems.find((problem) => problem.code === 'MEMBER_RENUMBERED')).toMatchObject({
    params: { name: 'Léa Roy', taken: 'B-0003', given: 'B-0004' },
  });
  expect(door.status.get().problems.filter((problem) => problem.code === 'WRITE_REFUSED')).toEqual([]);
  // Nothing else of a person is the door's to change: a name edit is refused on the device.
  await expect(
    door.db.people
      .findOne(walkIn.id)
      .exec(true)
      .then((doc) => doc.incrementalPatch({ lastName: 'Rey' })),
  ).rejects.toThrow();
}

describe('a member number taken on another device', () => {
  itOnEachBackend('goes to the next of its series, is pushed again and the user is told', renumbersTheSecond);
  itOnEachBackend(
    'at a door, renumbers the walk-in it registered, and nothing else',
    renumbersAWalkInAtTheDoor,
  );
});
