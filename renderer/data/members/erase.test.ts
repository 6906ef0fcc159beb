import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/audit/audit';
import { ERASED_VALUE } from '@shared/audit/erasure';
import { makeDonation } from '@shared/donations/testing';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { ERASED_PERSON_NAME } from '@shared/members/erasure';
import type { PersonDocument } from '@shared/members/person';
import { makeReceipt } from '@shared/receipts/testing';
import { SessionStore } from '@renderer/data/session';
import type { TilleulDatabase } from '@renderer/data/database';
import type { Directory } from '@renderer/data/directory';
import { erasePeople, erasePerson, ErasureError } from '@renderer/data/members/erase';
import { closeMembersFile, openMembersFile } from '@renderer/data/members/testing';
import {
  createHousehold,
  createPerson,
  knownMemberNumbers,
  takeMembership,
  updatePerson,
} from '@renderer/data/members/write';
import { installWriteGuard, PermissionDeniedError } from '@renderer/data/write-guard';
import { deviceId, eventId, personId, seasonId, tariffId, userId } from '@shared/testing/ids';

let db: TilleulDatabase;
let directory: Directory;
let session: SessionStore;
let clock: number;
const now = () => new Date((clock += 1000));
const ADMIN = { id: userId('admin-1'), name: 'Anne Admin', role: 'admin' } as const;
const SECRETARY = { id: userId('sec-1'), name: 'Sophie Secrétaire', role: 'secretary' } as const;
const admin = {
  userId: ADMIN.id,
  userName: ADMIN.name,
  deviceId: deviceId('pc-1'),
  now,
  role: 'admin' as const,
};
const numbering = () => ({ series: 'A', known: knownMemberNumbers(directory.people.values()) });
const PERSONAL = /Léa|Morel|lea\.morel|0612345678|Tilleuls|Albi|Allergique|chien|frère/;

beforeEach(async () => {
  clock = Date.parse('2026-09-10T09:00:00.000Z');
  ({ db, directory } = await openMembersFile());
  session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), now);
  session.set(ADMIN);
});
afterEach(() => closeMembersFile({ db, directory }));

/** Léa, alone in her household, with a fee, a check-in, a gift and its receipt, and some history. */
async function lea() {
  const household = await createHousehold(db, admin, { name: 'Famille Morel' });
  const person = await createPerson(
    db,
    admin,
    {
      firstName: 'Léa',
      lastName: 'Morel',
      email: 'lea.morel@example.fr',
      address: { line1: '3 rue des Tilleuls', line2: '', postalCode: '81000', city: 'Albi', country: '' },
      householdId: household.id,
      notes: 'Allergique aux arachides',
    },
    numbering(),
  );
  const paul = await createPerson(db, admin, { firstName: 'Paul', lastName: 'Roux' }, numbering());
  await updatePerson(db, admin, person.id, { phone: '0612345678' });
  await takeMembership(db, admin, {
    holderKind: 'person',
    holderId: person.id,
    seasonId: seasonId('s2025'),
    tariffId: tariffId('adulte'),
    tariffLabel: 'Adulte',
    taxReceiptAllowed: false,
    amount: 2000,
    paymentMethod: 'especes',
    chequeNumber: '',
    paidOn: '2025-09-10',
    receivedBy: ADMIN.id,
    notes: 'Payé par son frère Marc',
  });
  const at = '2025-10-12T19:02:00.000Z';
  await db.attendance.insert(
    attendanceDocumentSchema.parse({
      id: attendanceId(eventId('event-1'), person.id),
      createdAt: at,
      updatedAt: at,
      updatedBy: ADMIN.id,
      deviceId: deviceId('pc-1'),
      eventId: eventId('event-1'),
      personId: person.id,
      present: true,
      checkedInAt: at,
      notes: 'Arrivée avec son chien',
    }),
  );
  await db.donations.insert(makeDonation({ id: 'donation-1', donorId: person.id, receiptId: 'receipt-1' }));
  await db.receipts.insert(
    makeReceipt({
      id: 'receipt-1',
      donorId: person.id,
      donor: {
        kind: 'person',
        name: 'Morel',
        firstNames: 'Léa',
        legalForm: '',
        siren: '',
        address: { line1: '3 rue des Tilleuls', line2: '', postalCode: '81000', city: 'Albi', country: '' },
      },
    }),
  );
  return { person, paul, household };
}

const journal = async () => (await db.audit.find().exec()).map((doc) => doc.toJSON() as AuditEntry);

describe('erasing a person', () => {
  it('leaves a tombstone, removes the household and free text, keeps donation and receipt, and erases the journal’s values', async () => {
    const { person, paul, household } = await lea();
    const progress: [number, number][] = [];
    const result = await erasePerson(db, admin, person.id, (done, total) => progress.push([done, total]));

    const tomb = (await db.people.findOne(person.id).exec(true)).toJSON();
    expect(tomb).toMatchObject({
      lastName: ERASED_PERSON_NAME,
      firstName: '',
      email: '',
      erasedOn: '2026-09-10',
    });
    expect(JSON.stringify(tomb)).not.toMatch(PERSONAL);
    expect(await db.households.findOne(household.id).exec()).toBeNull();
    // Statistics still count her fee and her presence; their free text is gone.
    const [membership] = await db.memberships.find().exec();
    expect(membership?.toJSON()).toMatchObject({ holderId: person.id, amount: 2000, notes: '' });
    expect(
      (await db.attendance.findOne(attendanceId(eventId('event-1'), person.id)).exec(true)).toJSON(),
    ).toMatchObject({
      present: true,
      notes: '',
    });
    // Accounting records and the receipt's frozen snapshot stay (6 years).
    expect((await db.donations.findOne('donation-1').exec(true)).donorId).toBe(person.id);
    expect((await db.receipts.findOne('receipt-1').exec(true)).donor.name).toBe('Morel');

    const entries = await journal();
    const erasure = entries.find((entry) => entry.action === 'erasure');
    expect(erasure).toMatchObject({ documentId: person.id, userName: ADMIN.name });
    const erased = new Set(erasure?.erasure?.documentIds);
    expect(erased).toEqual(
      new Set([person.id, household.id, membership?.id, attendanceId(eventId('event-1'), person.id)]),
    );
    const about = entries.filter((entry) => erased.has(entry.documentId) && entry.action !== 'erasure');
    // The facts stay: created, changed (twice, and by the erasure itself), the household deleted.
    expect(about.length).toBeGreaterThanOrEqual(7);
    for (const entry of about) {
      expect(entry.erasedBy).toBe(erasure?.id);
      expect(JSON.stringify(entry)).not.toMatch(PERSONAL);
    }
    expect(
      about.find((entry) => entry.action === 'update' && entry.documentId === person.id)?.changes,
    ).toContainEqual({
      field: 'phone',
      before: ERASED_VALUE,
      after: ERASED_VALUE,
    });
    // The erasure's own change of the record, journalled a moment after it, holds no value either.
    const tombstoned = about.find(
      (entry) => entry.action === 'update' && entry.changes.some((change) => change.field === 'erasedOn'),
    );
    expect(tombstoned?.changes).toContainEqual({
      field: 'lastName',
      before: ERASED_VALUE,
      after: ERASED_VALUE,
    });
    // Paul's history is untouched.
    const pauls = entries.filter((entry) => entry.documentId === paul.id);
    expect(
      pauls.every((entry) => entry.erasedBy === undefined && JSON.stringify(entry).includes('Roux')),
    ).toBe(true);
    expect(result.rewritten).toBe(about.length);
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);

    // Erasing again (a crash after the last step) changes nothing and writes no second erasure.
    expect((await erasePerson(db, admin, person.id)).rewritten).toBe(0);
    expect((await journal()).filter((entry) => entry.action === 'erasure')).toHaveLength(1);
  });

  it('keeps an erased person erased: an edit that puts data back is refused', async () => {
    const { person } = await lea();
    await erasePerson(db, admin, person.id);
    await expect(updatePerson(db, admin, person.id, { email: 'lea.morel@example.fr' })).rejects.toThrow(
      PermissionDeniedError,
    );
    expect((await db.people.findOne(person.id).exec(true)).email).toBe('');
  });

  it('never gives the erased person’s number to someone else, though it leaves the record', async () => {
    const { paul } = await lea();
    expect(paul.memberNumber).toBe('A-0002');
    await erasePerson(db, admin, paul.id);
    // What the device holds now, as the member form reads it: Paul's record has no number left.
    const held = (await db.people.find().exec()).map((doc) => doc.toJSON() as PersonDocument);
    expect(held.map((person) => person.memberNumber).sort()).toEqual(['', 'A-0001']);
    const next = await createPerson(
      db,
      admin,
      { firstName: 'Zoé', lastName: 'Nouvelle' },
      { series: 'A', known: knownMemberNumbers(held) },
    );
    expect(next.memberNumber).toBe('A-0003');
  });

  it('is the administrators’ only, and the journal stays closed to any other change', async () => {
    const { person } = await lea();
    session.set(SECRETARY);
    await expect(erasePerson(db, { ...admin, role: 'secretary' }, person.id)).rejects.toThrow(ErasureError);
    expect((await journal()).some((entry) => entry.action === 'erasure')).toBe(false);
    const [first] = await db.audit.find({ selector: { documentId: person.id } }).exec();
    // A secretary may not erase values, even forging the rewrite through the database.
    await expect(first?.incrementalPatch({ erasedBy: 'x' })).rejects.toThrow(PermissionDeniedError);
    session.set(ADMIN);
    // An administrator may not edit an entry either, nor erase it without an erasure naming it.
    await expect(first?.incrementalPatch({ detail: 'changé' })).rejects.toThrow(PermissionDeniedError);
    await expect(first?.incrementalPatch({ erasedBy: 'x' })).rejects.toThrow(PermissionDeniedError);
    await expect(first?.remove()).rejects.toThrow(PermissionDeniedError);
    expect(JSON.stringify((await db.audit.findOne(first?.id).exec(true)).toJSON())).toMatch(/Morel/);
    await expect(erasePerson(db, admin, 'nobody')).rejects.toMatchObject({ code: 'ERASURE_NOT_FOUND' });
  });

  it('erases a batch with progress, and says which one failed without stopping', async () => {
    const { person, paul } = await lea();
    const progress: number[] = [];
    const result = await erasePeople(db, admin, [person.id, 'nobody', paul.id], (done) =>
      progress.push(done),
    );
    expect(result.erased).toEqual([person.id, paul.id]);
    expect(result.failed).toEqual([{ personId: personId('nobody'), error: expect.any(ErasureError) }]);
    expect(progress).toEqual([0, 1, 2, 3]);
    expect((await db.people.findOne(paul.id).exec(true)).lastName).toBe(ERASED_PERSON_NAME);
  });
});
