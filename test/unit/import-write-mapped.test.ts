import { userId, deviceId } from '@shared/testing/ids';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { season } from '../support/helloasso-fixtures';
import { decodeImportBytes } from '@shared/import/decode';
import { importMappingsSettingSchema, proposeMapping, savedMapping } from '@shared/import/mapping';
import { planMappedImport } from '@shared/import/mapping-plan';
import { readCsvTable } from '@shared/import/table';
import type { MembershipDocument } from '@shared/members/membership';
import { personDocumentSchema, type PersonDocument } from '@shared/members/person';
import { makePerson } from '@shared/members/testing';
import type { TilleulDatabase } from '@renderer/data/database';
import { applyImport, rememberImportMapping, undoImport } from '@renderer/data/import/write';
import { editDocument } from '@renderer/data/edit-document';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { SessionStore } from '@renderer/data/session';
import { saveSetting } from '@renderer/data/settings/write';
import { installWriteGuard, PermissionDeniedError } from '@renderer/data/write-guard';

const context = {
  userId: userId('secretaire-1'),
  deviceId: deviceId('pc-1'),
  now: () => new Date('2026-01-15T10:00:00.000Z'),
};
const actor = { ...context, userName: 'Sophie' };
const decoded = decodeImportBytes(
  new Uint8Array(readFileSync(new URL('../fixtures/import/membres-excel-1252.csv', import.meta.url))),
);
if (!decoded.ok) throw new Error(decoded.message);
const table = readCsvTable(decoded.text);
const fields = proposeMapping(table.header);

let db: TilleulDatabase;

beforeEach(async () => {
  db = await createMemoryDatabase();
  const session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), context.now);
  session.set({ id: userId('secretaire-1'), name: 'Sophie', role: 'secretary' });
});
afterEach(() => db.close());

async function plan(importId: string) {
  const people = (await db.people.find().exec()).map((doc) => doc.toJSON() as unknown as PersonDocument);
  const memberships = (await db.memberships.find().exec()).map(
    (doc) => doc.toJSON() as unknown as MembershipDocument,
  );
  return planMappedImport(table, fields, {
    importId,
    context,
    series: 'A',
    people,
    memberships,
    seasons: [season],
    today: '2026-01-15',
  });
}

describe('a mapped file through the same applyImport and undoImport as HelloAsso', () => {
  it('is written in one go by the secretary, adds nothing the second time, and is undone as a whole', async () => {
    const first = await plan('import-1');
    expect(await applyImport(db, actor, first, 'membres.csv (tableau)')).toMatchObject({
      people: 3,
      memberships: 3,
    });
    expect(await db.people.count().exec()).toBe(3);
    const again = await plan('import-2');
    expect(again.people).toEqual([]);
    expect(again.memberships).toEqual([]);
    expect(again.counts).toMatchObject({ unchanged: 3, new: 0 });
    expect(await undoImport(db, actor, 'import-1')).toMatchObject({ people: 3, memberships: 3, kept: [] });
    expect(await db.people.count().exec()).toBe(0);
    expect(await db.memberships.count().exec()).toBe(0);
  });

  it('fills the empty fields of someone already in Tilleul, keeps the others, and undoes only what still stands', async () => {
    // Élodie is already there: a phone of her own, no e-mail, no address, another member number.
    await db.people.insert(
      makePerson({
        id: 'elodie',
        firstName: 'Élodie',
        lastName: 'Lefèvre',
        birthDate: '1985-07-14',
        phone: '07 00 00 00 01',
        memberNumber: 'A-0099',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
        updatedBy: 'secretaire-1',
        deviceId: deviceId('pc-1'),
      }),
    );
    const first = await plan('import-1');
    expect(first.fills).toEqual([
      {
        personId: 'elodie',
        changes: [
          { field: 'email', value: 'elodie.lefevre@example.org' },
          { field: 'address.line1', value: '12 rue des Tilleuls' },
          { field: 'address.postalCode', value: '69003' },
          { field: 'address.city', value: 'Lyon' },
        ],
      },
    ]);
    const row = first.rows.find((r) => r.name === 'Élodie Lefèvre');
    expect(row).toMatchObject({ outcome: 'updated' });
    expect(row?.message).toMatch(/^déjà dans Tilleul ; complété : e-mail, adresse ; ajout : cotisation/);
    expect(await applyImport(db, actor, first, 'membres.csv (tableau)')).toMatchObject({
      people: 2,
      completed: 1,
    });
    const filled = personDocumentSchema.parse((await db.people.findOne('elodie').exec())?.toJSON());
    expect(filled).toMatchObject({ email: 'elodie.lefevre@example.org', phone: '07 00 00 00 01' });
    expect(filled.address).toMatchObject({ line1: '12 rue des Tilleuls', postalCode: '69003', city: 'Lyon' });
    // The person's history says an import completed them, with what it wrote.
    const [entry] = await db.audit
      .find({ selector: { documentId: 'elodie', detail: 'fill:import-1' } })
      .exec();
    expect(entry?.action).toBe('update');
    expect(entry?.changes.map((change) => change.field).sort()).toEqual([
      'address.city',
      'address.line1',
      'address.postalCode',
      'email',
    ]);
    // Nothing left to fill: the same file again completes no one.
    expect((await plan('import-2')).fills).toEqual([]);

    // The city is corrected by hand; then the import is undone: what it wrote goes, the city stays.
    await editDocument(db.people, personDocumentSchema, context, { kind: 'person', id: 'elodie' }, (p) => ({
      address: { ...p.address, city: 'Lyon 3e' },
    }));
    const undone = await undoImport(db, actor, 'import-1');
    expect(undone).toMatchObject({ people: 2, completed: 1 });
    expect(undone.kept).toContain('Élodie Lefèvre (adresse modifié depuis)');
    const back = personDocumentSchema.parse((await db.people.findOne('elodie').exec())?.toJSON());
    expect(back).toMatchObject({ email: '', phone: '07 00 00 00 01' });
    expect(back.address).toMatchObject({ line1: '', postalCode: '', city: 'Lyon 3e' });
    const unfilled = await db.audit
      .find({ selector: { documentId: 'elodie', detail: 'unfill:import-1' } })
      .exec();
    expect(unfilled).toHaveLength(1);
  });

  it('the secretary remembers the mapping (journalled), but may not touch another setting', async () => {
    await rememberImportMapping(db, context, table.header, fields);
    const stored = await db.settings.findOne('import-mappings').exec();
    const value = importMappingsSettingSchema.parse(stored?.toJSON().value);
    expect(savedMapping(value, table.header)).toEqual(fields);
    const journal = await db.audit.find({ selector: { documentId: 'import-mappings' } }).exec();
    expect(journal.length).toBeGreaterThan(0);
    await expect(saveSetting(db, context, 'retention', { yearsAfterLastContact: 3 })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
  });
});
