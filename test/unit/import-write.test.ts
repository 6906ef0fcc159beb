import { userId, deviceId } from '@shared/testing/ids';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { helloAssoFixture, season } from '../support/helloasso-fixtures';
import { parseHelloAssoExport } from '@shared/import/helloasso';
import { planHelloAssoImport, type ImportPlan } from '@shared/import/helloasso-plan';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { makeMembership } from '@shared/members/testing';
import type { AuditEntry } from '@shared/audit/audit';
import type { TilleulDatabase } from '@renderer/data/database';
import { recentImports } from '@renderer/data/import/read';
import { applyImport, ImportError, undoImport, type ImportProgress } from '@renderer/data/import/write';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { createPerson } from '@renderer/data/members/write';
import { retiredMemberNumbers } from '@renderer/data/members/retired-numbers';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard, PermissionDeniedError } from '@renderer/data/write-guard';

const fixture = helloAssoFixture('adhesions-2025-2026.csv');
const context = {
  userId: userId('secretaire-1'),
  deviceId: deviceId('pc-1'),
  now: () => new Date('2025-12-01T10:00:00.000Z'),
};
const actor = { ...context, userName: 'Sophie' };
const source = 'adhesions-2025-2026.csv (HelloAsso, adhésions)';

let db: TilleulDatabase;
let session: SessionStore;

beforeEach(async () => {
  db = await createMemoryDatabase();
  session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), context.now);
  session.set({ id: userId('secretaire-1'), name: 'Sophie', role: 'secretary' });
});
afterEach(() => db.close());

async function stored() {
  const people = (await db.people.find().exec()).map((doc) => doc.toJSON() as unknown as PersonDocument);
  const memberships = (await db.memberships.find().exec()).map(
    (doc) => doc.toJSON() as unknown as MembershipDocument,
  );
  return { people, memberships };
}

async function plan(importId: string): Promise<ImportPlan> {
  const { people, memberships } = await stored();
  return planHelloAssoImport(parseHelloAssoExport(fixture), {
    importId,
    context,
    series: 'A',
    people,
    memberships,
    seasons: [season],
    retiredNumbers: await retiredMemberNumbers(db),
  });
}

describe('applyImport and undoImport', () => {
  it('writes the whole plan with progress; a second import of the same file writes nothing', async () => {
    const first = await plan('import-1');
    const steps: ImportProgress[] = [];
    expect(await applyImport(db, actor, first, source, (p) => steps.push(p))).toEqual({
      people: 6,
      memberships: 6,
      events: 0,
      attendance: 0,
      donations: 0,
      completed: 0,
    });
    expect(steps.at(0)).toEqual({ done: 0, total: 12 });
    expect(steps.at(-1)).toEqual({ done: 12, total: 12 });
    const after = await stored();
    expect(after.people).toHaveLength(6);
    expect(after.memberships.map((m) => m.paymentReference).sort()).toEqual([
      '210000101',
      '210000102',
      '210000103',
      '210000104',
      '210000105',
      '210000106',
    ]);
    // Journalled by the write guard, as every write.
    expect(
      await db.audit.find({ selector: { action: 'create', collectionName: 'people' } }).exec(),
    ).toHaveLength(6);
    const journal = await db.audit.find({ selector: { action: 'import' } }).exec();
    expect(journal.map((entry) => [entry.documentId, entry.detail])).toEqual([
      ['import-1', 'adhesions-2025-2026.csv (HelloAsso, adhésions) : 6 personnes, 6 cotisations'],
    ]);

    const second = await plan('import-2');
    expect(second.counts).toMatchObject({ unchanged: 6, new: 0 });
    expect(await applyImport(db, actor, second, source)).toEqual({
      people: 0,
      memberships: 0,
      events: 0,
      attendance: 0,
      donations: 0,
      completed: 0,
    });
    expect((await stored()).memberships).toHaveLength(6);
  });

  it('the same plan applied twice (a double click) is refused the second time', async () => {
    const first = await plan('import-1');
    await applyImport(db, actor, first, source);
    await expect(applyImport(db, actor, first, source)).rejects.toMatchObject({
      code: 'IMPORT_ALREADY_APPLIED',
    });
    expect((await stored()).people).toHaveLength(6);
  });

  it('a plan of cotisations only (everyone already there) is not applied twice either', async () => {
    await applyImport(db, actor, await plan('import-1'), source);
    await db.memberships.bulkRemove((await db.memberships.find().exec()).map((doc) => doc.id));
    const second = await plan('import-2');
    expect(second.counts).toMatchObject({ updated: 6, new: 0 });
    await applyImport(db, actor, second, source);
    await expect(applyImport(db, actor, second, source)).rejects.toMatchObject({
      code: 'IMPORT_ALREADY_APPLIED',
    });
    expect((await stored()).memberships).toHaveLength(6);
    // Its journal line in French: « 0 personne » (singular), no kind it has none of.
    const journal = await db.audit.findOne({ selector: { action: 'import', documentId: 'import-2' } }).exec();
    expect(journal?.detail).toBe(
      'adhesions-2025-2026.csv (HelloAsso, adhésions) : 0 personne, 6 cotisations',
    );
  });

  it('a write refused halfway leaves nothing of the import', async () => {
    const first = await plan('import-1');
    // A cotisation whose id is already taken: its insert fails after the people were written.
    const clash = first.memberships[3];
    if (!clash) throw new Error('fixture');
    await db.memberships.insert(makeMembership({ id: clash.id, holderId: 'someone', seasonId: 's2025' }));
    await expect(applyImport(db, actor, first, source)).rejects.toBeInstanceOf(ImportError);
    const after = await stored();
    expect(after.people).toEqual([]);
    expect(after.memberships.map((m) => m.holderId)).toEqual(['someone']);
  });

  it('a door device may not import', async () => {
    const first = await plan('import-1');
    session.set({ id: userId('porte-1'), name: 'Entrée', role: 'door' });
    const error = await applyImport(db, actor, first, source).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).cause).toBeInstanceOf(PermissionDeniedError);
    session.set({ id: userId('secretaire-1'), name: 'Sophie', role: 'secretary' });
    expect((await stored()).people).toEqual([]);
  });

  it('undoes an import as a whole, keeping a person given something since', async () => {
    await applyImport(db, actor, await plan('import-1'), source);
    const noe = (await stored()).people.find((p) => p.firstName === 'Noé');
    if (!noe) throw new Error('fixture');
    await db.memberships.insert(
      makeMembership({ id: 'typed-1', holderId: noe.id, seasonId: 's2025', tariffId: 'enfant' }),
    );
    expect(await undoImport(db, actor, 'import-1')).toEqual({
      memberships: 6,
      people: 5,
      attendance: 0,
      events: 0,
      donations: 0,
      completed: 0,
      kept: ['Noé Lefèvre'],
    });
    const after = await stored();
    const journal = (await db.audit.find({ selector: { action: 'import' } }).exec()).map(
      (e) => e.toJSON() as unknown as AuditEntry,
    );
    expect(recentImports(journal.reverse())).toMatchObject([{ importId: 'import-1', undone: true }]);
    expect(after.people.map((p) => p.firstName)).toEqual(['Noé']);
    expect(after.memberships.map((m) => m.id)).toEqual(['typed-1']);
  });

  it('never gives the numbers of the people an undo removed again: not to the file imported again, not to a new file', async () => {
    await applyImport(db, actor, await plan('import-1'), source);
    const numbers = async () => (await stored()).people.map((p) => p.memberNumber).sort();
    expect(await numbers()).toEqual(['A-0001', 'A-0002', 'A-0003', 'A-0004', 'A-0005', 'A-0006']);
    await undoImport(db, actor, 'import-1');
    expect(await numbers()).toEqual([]);

    await applyImport(db, actor, await plan('import-2'), source);
    expect(await numbers()).toEqual(['A-0007', 'A-0008', 'A-0009', 'A-0010', 'A-0011', 'A-0012']);
    await undoImport(db, actor, 'import-2');
    const typed = await createPerson(
      db,
      context,
      { firstName: 'Zoé', lastName: 'Nouvelle' },
      { series: 'A', known: [] },
    );
    expect(typed.memberNumber).toBe('A-0013');
  });
});
