import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getChangedDocumentsSinceQuery, prepareQuery } from 'rxdb/plugins/core';
import type { RxCollection } from 'rxdb/plugins/core';
import type { TilleulDatabase } from '@renderer/data/database';
import type { Directory } from '@renderer/data/directory';
import { closeMembersFile, openMembersFile } from '@renderer/data/members/testing';
import { createPerson } from '@renderer/data/members/write';
import { livePages } from '@renderer/data/read-pages';
import { deviceId, userId } from '@shared/testing/ids';

let db: TilleulDatabase;
let directory: Directory;
let clock = Date.parse('2026-09-10T09:00:00.000Z');
const actor = {
  userId: userId('admin-1'),
  userName: 'Anne',
  deviceId: deviceId('pc-1'),
  now: () => new Date((clock += 1000)),
};

beforeEach(async () => {
  ({ db, directory } = await openMembersFile());
});
afterEach(() => closeMembersFile({ db, directory }));

async function people(count: number) {
  const made = [];
  for (let i = 0; i < count; i++) {
    made.push(
      await createPerson(
        db,
        actor,
        { firstName: 'Jean', lastName: `Nom ${String(i)}` },
        { series: 'A', known: [] },
      ),
    );
  }
  return made;
}

describe('livePages: a whole collection, a page at a time', () => {
  it('gives every live document once, deleted ones never', async () => {
    const made = await people(8);
    await (await db.people.findOne(made[3]?.id).exec(true)).remove();
    const pages: string[][] = [];
    for await (const page of livePages(db.people, 3)) pages.push(page.map((person) => person.lastName));
    expect(pages.every((page) => page.length <= 3)).toBe(true);
    expect(pages.flat().sort()).toEqual(
      made
        .filter((_, i) => i !== 3)
        .map((person) => person.lastName)
        .sort(),
    );
    // Plain data, RxDB's own fields removed.
    for await (const page of livePages(db.people, 3))
      expect(Object.keys(page[0] ?? {})).not.toContain('_meta');
  });

  it('gives a document written while the pages are read once, in the version read first', async () => {
    const made = await people(6);
    const seen: string[] = [];
    let first = true;
    for await (const page of livePages(db.people, 2)) {
      seen.push(...page.map((person) => person.id));
      if (first) {
        first = false;
        // Written again: it moves to the end of the last-write index.
        const doc = await db.people.findOne(page[0]?.id).exec(true);
        await doc.incrementalPatch({ notes: 'modifié pendant la lecture' });
      }
    }
    expect(seen.sort()).toEqual(made.map((person) => person.id).sort());
  });

  it('reads each page as one range of the last-write index, for every collection (not a walk of all)', () => {
    for (const collection of Object.values(db.collections) as RxCollection[]) {
      const instance = collection.storageInstance;
      const plan = prepareQuery(
        instance.schema,
        getChangedDocumentsSinceQuery(instance, 500, { id: 'x', lwt: 1 }),
      ).queryPlan;
      expect([collection.name, plan.index]).toEqual([
        collection.name,
        ['_meta.lwt', collection.schema.primaryPath],
      ]);
      expect([collection.name, plan.sortSatisfiedByIndex]).toEqual([collection.name, true]);
      expect(plan.startKeys[0]).toBe(1);
    }
  });
});
