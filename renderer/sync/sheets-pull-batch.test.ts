import { describe, expect, it } from 'vitest';
import { SHEETS_PULL_BATCH } from '@shared/events/sheet';
import { foldEvent } from '@shared/events/sheet-fold';
import { closingBy, makeAttendance, makeEvent } from '@shared/events/testing';
import { collectionSpecs } from '@shared/schema/collections';
import { personId } from '@shared/testing/ids';
import type { FetchLike } from '@renderer/sync/api-client';
import { until } from '../../test/sync/harness';
import { useTestWorld } from '../../test/sync/each-backend';

/**
 * Issue 19: a sheet weighs up to 1 MiB, and a first sync used to pull 2,000 documents per batch —
 * every sheet of the association held in memory before the first was written (68 MB of JSON at
 * federation size, a JS heap peak of 268 MB). Sheets now come a few per batch. Real server on
 * 127.0.0.1, the app's sync engine on a new device; the limits it asks for are read off its requests.
 */
const SPECS = {
  events: collectionSpecs.events,
  sheets: collectionSpecs.sheets,
  audit: collectionSpecs.audit,
};

const world = useTestWorld();

describe('a new device’s pull of sheets', () => {
  it('asks for a few sheets at a time and writes them batch by batch', async () => {
    const server = await world.start();
    const office = await world.client(server, 'bureau', { specs: SPECS });
    const sheets = Array.from({ length: 30 }, (_, index) => {
      const event = makeEvent({ id: `event-${index}` });
      const records = [makeAttendance(event.id, personId(`p-${index}`), { registered: true })];
      return foldEvent(event, records, closingBy());
    }).flat();
    expect(sheets).toHaveLength(30);
    const { error } = await office.db.sheets.bulkInsert(sheets);
    expect(error).toEqual([]);
    await office.engine.awaitInSync();

    const limits: number[] = [];
    const recording: FetchLike = (input, init) => {
      const url = new URL(String(input));
      if (url.pathname.endsWith('/sheets/pull')) limits.push(Number(url.searchParams.get('limit')));
      return fetch(input, init);
    };
    const newcomer = await world.client(server, 'nouveau', { specs: SPECS, fetch: recording });
    let bulks = 0;
    const watch = newcomer.db.sheets.eventBulks$.subscribe(() => (bulks += 1));
    await until(async () => (await newcomer.db.sheets.count().exec()) === 30);
    watch.unsubscribe();
    expect(limits.length).toBeGreaterThanOrEqual(Math.ceil(30 / SHEETS_PULL_BATCH));
    expect(Math.max(...limits)).toBeLessThanOrEqual(SHEETS_PULL_BATCH);
    expect(bulks).toBeGreaterThanOrEqual(Math.ceil(30 / SHEETS_PULL_BATCH));
  });
});
