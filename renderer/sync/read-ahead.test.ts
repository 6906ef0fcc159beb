import { describe, expect, it } from 'vitest';
import { foldEvent } from '@shared/events/sheet-fold';
import { closingBy, makeAttendance, makeEvent } from '@shared/events/testing';
import { collectionSpecs } from '@shared/schema/collections';
import { personId } from '@shared/testing/ids';
import type { FetchLike } from '@renderer/sync/api-client';
import { newPerson } from '../../test/sync/documents';
import { until } from '../../test/sync/harness';
import type { TestClient } from '../../test/sync/harness';
import { storageWithPulledWrites } from '../../test/sync/pulled-writes';
import { useTestWorld } from '../../test/sync/each-backend';

/**
 * Issue 19: a page's documents were checked (zod, a sheet's SHA-256) while the server sat idle,
 * and the server prepared the next page while the device sat idle. The engine now asks for the
 * page after a full one before checking it (pull-handler.ts, `readAhead`), for every collection
 * but the sheets (their pages are heavy, an office's heap is at its budget's edge). Real server on
 * 127.0.0.1, the app's sync engine on a new device whose writes wait; what it asks for meanwhile
 * is read off its requests.
 */
const SPECS = {
  people: collectionSpecs.people,
  events: collectionSpecs.events,
  sheets: collectionSpecs.sheets,
};

/** People and a settings-like collection whose pushes a test can fail. */
const OUTCOME_SPECS = { people: collectionSpecs.people, settings: collectionSpecs.settings };

const world = useTestWorld();
const at = new Date('2026-09-01T08:00:00.000Z');

/** Twelve people written on `office`, to be pulled by a new device in pages of five. */
async function twelvePeople(office: TestClient): Promise<void> {
  const people = Array.from({ length: 12 }, (_, i) =>
    newPerson({ firstName: 'Ada', lastName: `Nom${i}` }, { deviceId: 'd', userId: 'u', at }),
  );
  expect((await office.db.people.bulkInsert(people)).error).toEqual([]);
}

describe('the pull’s read-ahead', () => {
  it('asks for the page after a full one while checking it: the people’s, not the sheets’', async () => {
    const server = await world.start();
    const office = await world.client(server, 'bureau', { specs: SPECS });
    await twelvePeople(office);
    const sheets = Array.from({ length: 12 }, (_, index) => {
      const event = makeEvent({ id: `event-${index}` });
      return foldEvent(
        event,
        [makeAttendance(event.id, personId(`p-${index}`), { registered: true })],
        closingBy(),
      );
    }).flat();
    expect((await office.db.sheets.bulkInsert(sheets)).error).toEqual([]);
    await office.engine.awaitInSync();

    // The new device's writes of pulled people and sheets wait at a gate, as IndexedDB would
    // on a slow machine: what it asks for meanwhile is what it reads ahead.
    const gates = new Map<string, { open: Promise<void>; release: () => void }>();
    for (const name of ['people', 'sheets']) {
      let release: () => void = () => undefined;
      const open = new Promise<void>((resolve) => {
        release = resolve;
      });
      gates.set(name, { open, release });
    }
    const gated = storageWithPulledWrites((collection) => gates.get(collection)?.open);
    // Each pull the device sends but the one-document pulls that count what follows (progress).
    const asked = { people: 0, sheets: 0 };
    const recording: FetchLike = (input, init) => {
      const url = new URL(String(input));
      const collection = /\/sync\/(people|sheets)\/pull$/.exec(url.pathname)?.[1] as
        keyof typeof asked | undefined;
      if (collection && url.searchParams.get('limit') !== '1') asked[collection] += 1;
      return fetch(input, init);
    };
    const newcomer = await world.client(server, 'nouveau', {
      specs: SPECS,
      fetch: recording,
      storage: gated,
      engine: { pullBatchSize: 5 },
    });
    // Pages of 5 people: two handed to RxDB (the pacing's bound: two batches not yet written),
    // and the third asked for while the second was being checked.
    await until(() => asked.people === 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked.people).toBe(3);
    expect(asked.sheets).toBe(0); // the sheets come after the people's first pass
    gates.get('people')?.release();
    await until(async () => (await newcomer.db.people.count().exec()) === 12);
    // Pages of 5 sheets: the two the pacing allows, none ahead.
    await until(() => asked.sheets === 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked.sheets).toBe(2);
    gates.get('sheets')?.release();
    await until(async () => (await newcomer.db.sheets.count().exec()) === 12);
  });

  it('counts a page asked ahead from when its request left, not from when it was taken', async () => {
    const server = await world.start();
    const office = await world.client(server, 'bureau', { specs: OUTCOME_SPECS });
    await twelvePeople(office);
    await office.engine.awaitInSync();

    // The new device's writes of people wait at a gate: its third page is asked ahead, then the
    // request that would take it waits for the pacing. Meanwhile the network goes down as a change
    // of its settings leaves: the device is offline from then.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let peoplePulls = 0;
    let down = false;
    const recording: FetchLike = async (input, init) => {
      const url = new URL(String(input));
      // The network goes down as the settings' change leaves: that request and every later one fail.
      if (url.pathname.endsWith('/settings/push')) down = true;
      if (down) throw new TypeError('Failed to fetch');
      if (url.pathname.endsWith('/people/pull') && url.searchParams.get('limit') !== '1') peoplePulls += 1;
      return fetch(input, init);
    };
    const newcomer = await world.client(server, 'nouveau', {
      specs: OUTCOME_SPECS,
      fetch: recording,
      storage: storageWithPulledWrites((collection) => (collection === 'people' ? gate : undefined)),
      engine: { pullBatchSize: 5 },
    });
    await until(() => peoplePulls === 3);
    await newcomer.db.settings.insert({
      id: 'association',
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      updatedBy: 'u',
      deviceId: 'd',
      value: { name: 'Foyer' },
    });
    await until(() => down && newcomer.status.get().phase === 'offline');
    // What the device says from then on: the page asked ahead, taken once the writes go on, is
    // the answer to a request that left before the failed one — it says nothing of the network
    // since. Counted from when it was taken, it said « back online » until the next request failed.
    const phases: string[] = [];
    const unsubscribe = newcomer.status.subscribe(() => phases.push(newcomer.status.get().phase));
    release();
    await until(async () => (await newcomer.db.people.count().exec()) === 12);
    await new Promise((resolve) => setTimeout(resolve, 300));
    unsubscribe();
    expect(phases.filter((phase) => phase !== 'offline')).toEqual([]);
  });
});
