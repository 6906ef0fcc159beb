import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TilleulDatabase } from '@renderer/data/database';
import { Directory } from '@renderer/data/directory';
import { CURRENT_SNAPSHOT_SIGNATURE, memorySnapshotStore } from '@renderer/data/directory-snapshot';
import { closeMembersFile, openMembersFile, waitFor } from '@renderer/data/members/testing';
import {
  createHousehold,
  createPerson,
  knownMemberNumbers,
  renumberMember,
  takeMembership,
  updateHousehold,
  updatePerson,
} from '@renderer/data/members/write';
import { createStatusResolver } from '@shared/members/status';
import type { BaseDocument } from '@shared/schema/common';
import { deviceId, seasonId, tariffId, userId } from '@shared/testing/ids';

let db: TilleulDatabase;
let directory: Directory;
const context = {
  userId: userId('secretaire'),
  deviceId: deviceId('pc-1'),
  now: () => new Date('2026-09-10T09:00:00.000Z'),
};
const numbering = () => ({ series: 'A', known: knownMemberNumbers(directory.people.values()) });

beforeEach(async () => {
  ({ db, directory } = await openMembersFile());
});
afterEach(() => closeMembersFile({ db, directory }));

describe('the members file', () => {
  it('renumbers a person whose number was taken elsewhere past every number it knows, once', async () => {
    const paul = await createPerson(
      db,
      context,
      { firstName: 'Paul', lastName: 'Durand', memberNumber: 'A-0012' },
      numbering(),
    );
    // A merged person's former number is never given again.
    await createPerson(
      db,
      context,
      { lastName: 'Roux', memberNumber: 'B-0001', formerMemberNumbers: ['A-0013'] },
      numbering(),
    );
    expect(await renumberMember(db, context, paul.id, 'A-0012')).toEqual({
      personId: paul.id,
      name: 'Paul Durand',
      taken: 'A-0012',
      given: 'A-0014',
    });
    expect((await db.people.findOne(paul.id).exec(true)).memberNumber).toBe('A-0014');
    // The refusal of an older push arriving late changes nothing: Paul no longer holds A-0012.
    expect(await renumberMember(db, context, paul.id, 'A-0012')).toBeUndefined();
    expect((await db.people.findOne(paul.id).exec(true)).memberNumber).toBe('A-0014');
  });

  it('numbers new persons in the device series, not organisations', async () => {
    const anne = await createPerson(db, context, { firstName: 'Anne', lastName: 'Martin' }, numbering());
    await waitFor(() => directory.people.has(anne.id));
    const bob = await createPerson(db, context, { firstName: 'Bob', lastName: 'Durand' }, numbering());
    const mairie = await createPerson(
      db,
      context,
      { kind: 'organisation', lastName: 'Boulangerie Léa' },
      numbering(),
    );
    expect([anne.memberNumber, bob.memberNumber, mairie.memberNumber]).toEqual(['A-0001', 'A-0002', '']);
  });

  it('loads what the database already holds, without deleted documents', async () => {
    const kept = await createPerson(db, context, { firstName: 'Jeanne', lastName: 'Petit' }, numbering());
    const gone = await createPerson(db, context, { firstName: 'Marc', lastName: 'Petit' }, numbering());
    await (await db.people.findOne(gone.id).exec())?.remove();
    const fresh = await Directory.open(db, {
      snapshot: memorySnapshotStore(),
      signature: CURRENT_SNAPSHOT_SIGNATURE,
    });
    expect([...fresh.people.keys()]).toEqual([kept.id]);
    expect(fresh.people.get(kept.id)).toEqual(kept);
    expect(fresh.index.search('petit').map((hit) => hit.person.id)).toEqual([kept.id]);
    fresh.close();
  });

  it('refuses an impossible date and writes nothing', async () => {
    await expect(
      createPerson(db, context, { firstName: 'X', lastName: 'Y', birthDate: '2010-02-31' }, numbering()),
    ).rejects.toThrow(z.ZodError);
    expect(await db.people.count().exec()).toBe(0);
  });

  it('keeps the directory and its search index up to date', async () => {
    const person = await createPerson(db, context, { firstName: 'Élodie', lastName: 'Lefèvre' }, numbering());
    await waitFor(() => directory.index.search('elodie lefevre').length === 1);
    await updatePerson(db, context, person.id, { lastName: 'Moreau' });
    await waitFor(() => directory.index.search('moreau').length === 1);
    expect(directory.index.search('lefevre')).toHaveLength(0);
    expect(directory.people.get(person.id)?.lastName).toBe('Moreau');
  });

  it('covers both members of a household with one family membership', async () => {
    const parent = await createPerson(db, context, { firstName: 'Paul', lastName: 'Roux' }, numbering());
    await waitFor(() => directory.people.has(parent.id));
    const child = await createPerson(db, context, { firstName: 'Léo', lastName: 'Roux' }, numbering());
    const household = await createHousehold(db, context, { name: 'Famille Roux', payerId: parent.id }, [
      parent.id,
      child.id,
    ]);
    await takeMembership(db, context, {
      holderKind: 'household',
      holderId: household.id,
      seasonId: seasonId('s2026'),
      tariffId: tariffId('famille'),
      tariffLabel: 'Famille',
      taxReceiptAllowed: false,
      amount: 4500,
      paymentMethod: 'cheque',
      chequeNumber: '1234567',
      paidOn: '2026-09-10',
      receivedBy: 'secretaire',
    });
    await waitFor(
      () => directory.memberships.size === 1 && directory.people.get(child.id)?.householdId === household.id,
    );
    const status = createStatusResolver(
      directory.memberships.values(),
      [{ id: seasonId('s2026'), startsOn: '2026-09-01', endsOn: '2027-08-31' }],
      '2026-09-10',
    );
    expect([...directory.people.values()].map(status)).toEqual(['a-jour', 'a-jour']);
  });
});

/** What a form holds when it opens a record: its fields, without the stamps. */
function opened<T extends BaseDocument>(doc: T) {
  const { id: _i, createdAt: _c, updatedAt: _u, updatedBy: _b, deviceId: _d, ...fields } = doc;
  return fields;
}

/** A change pulled by the sync (or made in another window) while a form is open. */
async function changedElsewhere(collection: 'people' | 'households', id: string, changes: object) {
  const doc = await db[collection].findOne(id).exec();
  await doc?.incrementalPatch({ ...changes, updatedBy: 'tresoriere', deviceId: deviceId('pc-2') });
}

describe('a form saved after the record changed elsewhere', () => {
  it('keeps the phone the sync wrote while the form changed the e-mail', async () => {
    const person = await createPerson(
      db,
      context,
      { firstName: 'Jean', lastName: 'Martin', email: 'jean@exemple.fr', phone: '01 23 45 67 89' },
      numbering(),
    );
    const base = opened(person);
    await changedElsewhere('people', person.id, { phone: '06 11 22 33 44' });
    const saved = await updatePerson(
      db,
      context,
      person.id,
      { ...base, email: 'jean.martin@exemple.fr' },
      { base },
    );
    const stored = (await db.people.findOne(person.id).exec())?.toJSON();
    expect([stored?.email, stored?.phone]).toEqual(['jean.martin@exemple.fr', '06 11 22 33 44']);
    expect(saved).toEqual(stored);
  });

  it('merges a group of fields entry by entry: address lines, custom fields', async () => {
    const person = await createPerson(
      db,
      context,
      {
        firstName: 'Léa',
        lastName: 'Roux',
        address: { line1: '1 rue Haute', postalCode: '12345', city: 'Saint-Léger' },
        customFields: { club: 'Rugby', taille: 'M' },
      },
      numbering(),
    );
    const base = opened(person);
    await changedElsewhere('people', person.id, {
      address: { ...person.address, city: 'Saint-Léger-sur-Dheune' },
      customFields: { club: 'Rugby', taille: 'L' },
    });
    const { taille: _removed, ...customFields } = base.customFields;
    await updatePerson(
      db,
      context,
      person.id,
      {
        ...base,
        address: { ...base.address, line1: '3 rue Basse' },
        customFields: { ...customFields, club: 'Judo' },
      },
      { base },
    );
    const stored = (await db.people.findOne(person.id).exec())?.toJSON();
    expect(stored?.address).toMatchObject({ line1: '3 rue Basse', city: 'Saint-Léger-sur-Dheune' });
    // The secretary emptied « taille » (the form drops it): that removal wins over the sync's L.
    expect(stored?.customFields).toEqual({ club: 'Judo' });
  });

  it('writes nothing when what the form changed is invalid', async () => {
    const person = await createPerson(db, context, { firstName: 'Zoé', lastName: 'Blanc' }, numbering());
    const revision = (await db.people.findOne(person.id).exec())?.revision;
    const base = opened(person);
    await expect(
      updatePerson(db, context, person.id, { ...base, birthDate: '2010-02-31' }, { base }),
    ).rejects.toThrow(z.ZodError);
    // Not even an unchanged new revision, which the sync would push and the journal record.
    expect((await db.people.findOne(person.id).exec())?.revision).toBe(revision);
  });

  it('keeps the household notes the sync wrote while its name was changed', async () => {
    const household = await createHousehold(db, context, { name: 'Famille Roux', notes: '' });
    const base = opened(household);
    await changedElsewhere('households', household.id, { notes: 'Deux enfants au judo' });
    await updateHousehold(db, context, household.id, { ...base, name: 'Famille Roux-Petit' }, { base });
    const stored = (await db.households.findOne(household.id).exec())?.toJSON();
    expect([stored?.name, stored?.notes]).toEqual(['Famille Roux-Petit', 'Deux enfants au judo']);
  });
});
