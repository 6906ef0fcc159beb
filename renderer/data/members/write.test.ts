import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TilleulDatabase } from '@renderer/data/database';
import { Directory } from '@renderer/data/directory';
import { closeMembersFile, openMembersFile, waitFor } from '@renderer/data/members/testing';
import {
  createHousehold,
  createPerson,
  knownMemberNumbers,
  takeMembership,
  updatePerson,
} from '@renderer/data/members/write';
import { createStatusResolver } from '@shared/members/status';

let db: TilleulDatabase;
let directory: Directory;
const context = { userId: 'secretaire', deviceId: 'pc-1', now: () => new Date('2026-09-10T09:00:00.000Z') };
const numbering = () => ({ series: 'A', known: knownMemberNumbers(directory.people.values()) });

beforeEach(async () => {
  ({ db, directory } = await openMembersFile());
});
afterEach(() => closeMembersFile({ db, directory }));

describe('the members file', () => {
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
    const fresh = await Directory.open(db);
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
      seasonId: 's2026',
      tariffId: 'famille',
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
      [{ id: 's2026', startsOn: '2026-09-01', endsOn: '2027-08-31' }],
      '2026-09-10',
    );
    expect([...directory.people.values()].map(status)).toEqual(['a-jour', 'a-jour']);
  });
});
