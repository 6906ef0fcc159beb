import { describe, expect, it } from 'vitest';
import { collectionSpecs } from '@shared/schema/collections';
import { makeMembership, makePerson } from '@shared/members/testing';
import { makeAttendance } from '@shared/events/testing';
import { eventId, personId } from '@shared/testing/ids';
import type { FetchLike } from '@renderer/sync/api-client';
import { call, enrol } from '@server/test-support/fixtures';
import { until } from '../../test/sync/harness';
import { useTestWorld } from '../../test/sync/each-backend';

/**
 * Issue 19: a new office device follows the merges it finds (issue 15, item 7) once its first
 * sync is over, not after every burst of pulls during it — each run reads the people, and at
 * 50,000 people its runs held the page for seconds and filled the heap. Nothing is lost by
 * waiting: a membership left on the absorbed record by a device that never followed the merge
 * moves to the survivor when the first sync ends. Real server on 127.0.0.1.
 */
const world = useTestWorld();

describe('a new office device and the merges it finds', () => {
  it('moves what points to an absorbed record once its first sync is over', async () => {
    const server = await world.start();
    // Another device (through the API alone) left the merge's survivor and a membership still
    // held by the absorbed record, which it never followed.
    const writer = await enrol(server.url, server.store(), server.orgId);
    const survivor = makePerson({ id: 'person-kept', lastName: 'Marchand', mergedIds: ['person-absorbed'] });
    const membership = makeMembership({ id: 'membership-1', holderId: 'person-absorbed', seasonId: 's2026' });
    const checkIn = makeAttendance(eventId('event-loto'), personId('person-absorbed'), { registered: true });
    for (const [collection, document] of [
      ['people', survivor],
      ['memberships', membership],
      ['attendance', checkIn],
    ] as const) {
      const reply = await call<unknown[]>(server.url, 'POST', `/api/v1/sync/${collection}/push`, {
        token: writer.token,
        body: [{ newDocumentState: { ...document, _deleted: false } }],
      });
      expect([reply.status, reply.body]).toEqual([200, []]);
    }

    // The check-in comes in the second stage of the first sync, the membership in the third,
    // slowed down here so that the first sync is still under way well after the check-in is in.
    const slowMemberships: FetchLike = async (input, init) => {
      if (String(input).includes('/memberships/pull'))
        await new Promise((resolve) => setTimeout(resolve, 400));
      return fetch(input, init);
    };
    const newcomer = await world.client(server, 'nouveau', {
      fetch: slowMemberships,
      specs: {
        people: collectionSpecs.people,
        attendance: collectionSpecs.attendance,
        memberships: collectionSpecs.memberships,
        audit: collectionSpecs.audit,
      },
    });
    // When a record changes hands on the new device, is its first sync still under way?
    const movedDuringFirstSync: boolean[] = [];
    const during = () => movedDuringFirstSync.push(newcomer.status.get().firstSync !== null);
    const watches = [
      newcomer.db.memberships.$.subscribe((event) => {
        if (event.documentData.holderId === survivor.id) during();
      }),
      newcomer.db.attendance.$.subscribe((event) => {
        if (event.documentData.personId === survivor.id) during();
      }),
    ];
    await until(
      async () =>
        (await server.store().pull(server.orgId, 'memberships', 0, 10)).documents[0]?.holderId ===
        survivor.id,
    );
    await until(async () =>
      (await server.store().pull(server.orgId, 'attendance', 0, 10)).documents.some(
        (doc) => doc.personId === survivor.id && !doc._deleted,
      ),
    );
    for (const watch of watches) watch.unsubscribe();
    expect(movedDuringFirstSync).toEqual([false, false]);
  });
});
