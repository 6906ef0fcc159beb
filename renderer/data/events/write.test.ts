import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z, ZodError } from 'zod';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import type { AttendanceDocument, AttendanceInput } from '@shared/events/attendance';
import { doorTakings } from '@shared/events/door-payment';
import { doorPaid, doorPaymentLines } from '@shared/events/door-payment-lines';
import { ProxyRefusedError } from '@shared/events/proxies';
import type { Cents } from '@shared/money/cents';
import type { TilleulDatabase } from '@renderer/data/database';
import {
  admitWithMembership,
  cancelEvent,
  checkIn,
  correctDoorPayment,
  createEvent,
  createSeries,
  recordProxy,
  register,
  registerWalkIn,
  undoCheckIn,
  updateEvent,
  updateSessionsFrom,
  withdrawProxy,
} from '@renderer/data/events/write';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { SessionStore } from '@renderer/data/session';
import { installWriteGuard, journalWritten, PermissionDeniedError } from '@renderer/data/write-guard';
import { CotisationRepeatedError } from '@renderer/data/members/cotisation-rules';
import { saveSetting } from '@renderer/data/settings/write';
import { deviceId, personId, seasonId, tariffId, userId } from '@shared/testing/ids';
import type { EventId, PersonId } from '@shared/ids';

let db: TilleulDatabase;
let session: SessionStore;
let clock: number;
const now = () => new Date((clock += 60_000));
const SECRETARY = { id: userId('secretaire-1'), name: 'Sophie Secrétaire', role: 'secretary' } as const;
const DOOR = { id: userId('porte-1'), name: 'Porte 1', role: 'door' } as const;
const office = { userId: SECRETARY.id, deviceId: deviceId('pc-1'), now };
const door = { userId: DOOR.id, deviceId: deviceId('tablette-1'), now };
const loto = {
  title: 'Loto de la Saint-Martin',
  startsOn: '2026-11-14',
  startTime: '20:00',
  nonMemberPrice: 500,
};

beforeEach(async () => {
  clock = Date.parse('2026-11-14T18:00:00.000Z');
  db = await createMemoryDatabase();
  session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), now);
  session.set(SECRETARY);
});
afterEach(() => db.close());

describe('events', () => {
  it('are created by the office, in series for a weekly class, and cancelled; never by the door', async () => {
    const event = await createEvent(db, office, loto);
    expect(event).toMatchObject({ kind: 'party', nonMemberPrice: 500, memberPrice: 0 });
    const yoga = await createSeries(db, office, { title: 'Yoga', kind: 'activity', startsOn: '2026-09-07' }, [
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
    ]);
    expect(new Set(yoga.map((session) => session.seriesId)).size).toBe(1);
    expect(yoga.map((session) => session.startsOn)).toEqual(['2026-09-07', '2026-09-14', '2026-09-21']);
    const cancelled = await cancelEvent(db, office, event.id, '2026-11-10');
    expect(cancelled.cancelledOn).toBe('2026-11-10');

    session.set(DOOR);
    await expect(createEvent(db, door, loto)).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it('change « this session and the following ones »: what the form changed, not the dates, not cancelled ones', async () => {
    const dates = ['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03'];
    const [first, second, third, fourth, fifth] = await createSeries(
      db,
      office,
      { title: 'Yoga', kind: 'activity', startsOn: dates[0] ?? '', location: 'Salle 1' },
      dates,
    );
    if (!first || !second || !third || !fourth || !fifth) throw new Error('five sessions expected');
    await cancelEvent(db, office, third.id, '2026-10-01');
    // The last session was changed on its own before: its own title stays.
    await updateEvent(db, office, fifth.id, { title: 'Yoga — dernière séance' });
    const { id: _id, createdAt: _c, updatedAt: _u, updatedBy: _b, deviceId: _d, ...form } = second;
    const saved = await updateSessionsFrom(db, office, second, {
      ...form,
      location: 'Dojo',
      startTime: '19:00',
    });
    expect(saved.map((event) => event.startsOn)).toEqual(['2026-10-13', '2026-10-27', '2026-11-03']);
    const all = new Map((await db.events.find().exec()).map((doc) => [doc.id, doc.toJSON()]));
    expect(all.get(first.id)).toMatchObject({ location: 'Salle 1', startTime: '' });
    expect(all.get(third.id)).toMatchObject({ location: 'Salle 1', cancelledOn: '2026-10-01' });
    expect(all.get(fourth.id)).toMatchObject({
      location: 'Dojo',
      startTime: '19:00',
      startsOn: '2026-10-27',
    });
    expect(all.get(fifth.id)).toMatchObject({ location: 'Dojo', title: 'Yoga — dernière séance' });
    // A change no later session accepts writes nothing, not even this session.
    await expect(
      updateSessionsFrom(
        db,
        office,
        { ...second, location: 'Dojo' },
        { ...form, location: 'Dojo', capacity: -1 },
      ),
    ).rejects.toBeInstanceOf(ZodError);
    expect((await db.events.findOne(second.id).exec(true)).capacity).toBe(second.capacity);
  });
});

describe('the door', () => {
  it('answers a check-in once its record is written; its journal entry follows, in order, as the door that tapped', async () => {
    const event = await createEvent(db, office, loto);
    session.set(DOOR);
    const target = { eventId: event.id, personId: personId('p1'), device: 'Porte 1' };
    const id = attendanceId(event.id, personId('p1'));
    const journal = async () =>
      (await db.audit.find({ selector: { documentId: id }, sort: [{ createdAt: 'asc' }] }).exec()).map(
        (entry) => entry.toJSON(),
      );
    // The journal's IndexedDB write held back (RxDB's own hook, before the entry is stored).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = true;
    db.audit.preInsert(() => (holding ? held : undefined), false);

    expect((await checkIn(db, door, target)).kind).toBe('checked-in');
    expect((await db.attendance.findOne(id).exec(true)).present).toBe(true);
    expect(await journal()).toEqual([]);

    // Another user signs in and undoes it before the entry is written: both entries are written,
    // the check-in's first and as the door's, the undo's after it.
    session.set(SECRETARY);
    const undoing = undoCheckIn(db, office, target);
    holding = false;
    release();
    await undoing;
    await journalWritten(db);
    expect((await journal()).map((entry) => [entry.action, entry.updatedBy, entry.userName])).toEqual([
      ['create', DOOR.id, DOOR.name],
      ['update', SECRETARY.id, SECRETARY.name],
    ]);

    // Any other insert still settles once its entry is written.
    const other = await createEvent(db, office, { ...loto, title: 'Loto de printemps' });
    expect((await db.audit.find({ selector: { documentId: other.id } }).exec()).map((e) => e.action)).toEqual(
      ['create'],
    );
  });

  it('keeps the check-in and the journal going when a check-in’s entry cannot be written, and says so', async () => {
    const event = await createEvent(db, office, loto);
    session.set(DOOR);
    const failing = attendanceId(event.id, personId('p1'));
    db.audit.preInsert((entry: { documentId: string }) => {
      if (entry.documentId === failing) throw new Error('disque plein');
    }, false);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(
        (await checkIn(db, door, { eventId: event.id, personId: personId('p1'), device: 'Porte 1' })).kind,
      ).toBe('checked-in');
      expect(
        (await checkIn(db, door, { eventId: event.id, personId: personId('p2'), device: 'Porte 1' })).kind,
      ).toBe('checked-in');
      await journalWritten(db);
      expect(errors).toHaveBeenCalledWith(
        `Journal : l’entrée de attendance/${failing} n’a pas pu être écrite`,
        expect.any(Error),
      );
    } finally {
      errors.mockRestore();
    }
    expect((await db.attendance.findOne(failing).exec(true)).present).toBe(true);
    expect((await db.audit.find({ selector: { documentId: failing } }).exec()).length).toBe(0);
    expect(
      (
        await db.audit
          .find({ selector: { documentId: attendanceId(event.id, personId('p2')), action: 'create' } })
          .exec()
      ).length,
    ).toBe(1);
  });

  it('checks a person in once, says when and where the second time, undoes, checks in again', async () => {
    const event = await createEvent(db, office, loto);
    await register(db, office, event.id, personId('p1'));
    session.set(DOOR);
    const target = { eventId: event.id, personId: personId('p1'), device: 'Porte 2' };

    const first = await checkIn(db, door, target, { amount: 500 as Cents, method: 'especes' });
    expect(first.kind).toBe('checked-in');
    const second = await checkIn(db, door, { ...target, device: 'Porte 1' });
    const firstAt = (await db.attendance.findOne(attendanceId(event.id, personId('p1'))).exec())?.checkedInAt;
    expect(second).toEqual({ kind: 'already', at: firstAt, device: 'Porte 2' });

    await undoCheckIn(db, door, target);
    const record = await db.attendance.findOne(attendanceId(event.id, personId('p1'))).exec();
    expect(record?.toJSON()).toMatchObject({
      registered: true,
      present: false,
      doorPayment: { amount: 500 },
    });
    const again = await checkIn(db, door, target);
    expect(again.kind).toBe('checked-in');
    expect(
      (await db.attendance.findOne(attendanceId(event.id, personId('p1'))).exec())?.toJSON(),
    ).toMatchObject({
      present: true,
      doorPayment: { amount: 500, method: 'especes' },
    });
    // The door never deletes a record (and the money with it).
    await expect(record?.remove()).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await db.attendance.count().exec()).toBe(1);
  });
});

describe('a new door device, before it has pulled a single check-in', () => {
  // What its directory seed showed: let in at another door, and registered (not in yet).
  const seenAt = '2026-11-14T18:02:00.000Z';
  /** A record written at « Porte 2 » (another device) that the seed carried. */
  const seededRecord = (event: { id: EventId }, person: string, changes: Partial<AttendanceInput>) =>
    attendanceDocumentSchema.parse({
      createdAt: seenAt,
      updatedAt: seenAt,
      updatedBy: 'user-porte-2',
      deviceId: 'tablette-2',
      id: attendanceId(event.id, personId(person)),
      eventId: event.id,
      personId: personId(person),
      ...changes,
    });
  const letInAtPorte2 = {
    present: true,
    checkedInAt: seenAt,
    checkedInBy: 'user-porte-2',
    checkedInDevice: 'Porte 2',
  };

  it('says « déjà entré » from the seed’s record and writes nothing; lets a registered person in over it', async () => {
    const event = await createEvent(db, office, loto);
    session.set(DOOR);
    const inside = seededRecord(event, 'p1', {
      ...letInAtPorte2,
      doorPayment: { amount: 500 as Cents, method: 'especes' },
    });
    const registered = seededRecord(event, 'p2', { registered: true, importId: 'import-helloasso' });
    const at = (person: string, seeded: AttendanceDocument) => ({
      eventId: event.id,
      personId: personId(person),
      device: 'Porte 1',
      seeded,
    });

    expect(await checkIn(db, door, at('p1', inside))).toEqual({
      kind: 'already',
      at: seenAt,
      device: 'Porte 2',
    });
    expect(await db.attendance.count().exec()).toBe(0);

    expect((await checkIn(db, door, at('p2', registered))).kind).toBe('checked-in');
    expect((await db.attendance.findOne(registered.id).exec())?.toJSON()).toMatchObject({
      registered: true,
      importId: 'import-helloasso',
      present: true,
      checkedInDevice: 'Porte 1',
      deviceId: door.deviceId,
    });
    // Once this device holds a record, it counts, not the seed's older copy.
    expect(await checkIn(db, door, at('p2', registered))).toMatchObject({
      kind: 'already',
      device: 'Porte 1',
    });
    // A seed's record of another person is never taken for this one.
    expect((await checkIn(db, door, at('p3', inside))).kind).toBe('checked-in');
  });

  it('takes a cotisation at the door from someone the seed shows in: kept with the entry of the other door', async () => {
    const event = await createEvent(db, office, loto);
    session.set(DOOR);
    const inside = seededRecord(event, 'p1', letInAtPorte2);
    const target = { eventId: event.id, personId: personId('p1'), device: 'Porte 1', seeded: inside };
    const doorMembership = {
      membershipId: 'membership-1',
      amount: 1500 as Cents,
      method: 'especes',
      chequeNumber: '',
    } as const;
    const outcome = await checkIn(db, door, target, undefined, { doorMembership });
    expect(outcome).toEqual({ kind: 'already', at: seenAt, device: 'Porte 2' });
    expect((await db.attendance.findOne(inside.id).exec())?.toJSON()).toMatchObject({
      present: true,
      checkedInAt: seenAt,
      checkedInDevice: 'Porte 2',
      doorMembership: { membershipId: 'membership-1', amount: 1500, device: 'Porte 1' },
    });
  });
});

describe('a walk-in', () => {
  it('is registered by the door with a name only, made at the door, then checked in', async () => {
    const event = await createEvent(db, office, loto);
    session.set(DOOR);
    const walkIn = await registerWalkIn(db, door, { firstName: 'Zoé', lastName: 'Martin' });
    expect(walkIn).toMatchObject({ origin: 'door', memberNumber: '', firstName: 'Zoé', lastName: 'Martin' });
    expect(
      (await checkIn(db, door, { eventId: event.id, personId: walkIn.id, device: 'Porte 1' })).kind,
    ).toBe('checked-in');
    // A door may not type a record as the office would.
    await expect(
      db.people.insert({ ...walkIn, id: personId('0190b8b2-7c1e-7000-8000-0000000000bb'), origin: 'office' }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe('a payment taken at the door', () => {
  it('is lowered only by the office, with a reason kept on the record and in the journal', async () => {
    const event = await createEvent(db, office, loto);
    session.set(DOOR);
    await checkIn(
      db,
      door,
      { eventId: event.id, personId: personId('p1'), device: 'Porte 1' },
      {
        amount: 1000 as Cents,
        method: 'especes',
      },
    );
    const id = attendanceId(event.id, personId('p1'));
    // The door may not lower it, by this write or any other.
    await expect(
      correctDoorPayment(db, door, id, { amount: 500 as Cents, method: 'especes', reason: 'erreur' }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(
      db.attendance
        .findOne(id)
        .exec()
        .then((doc) =>
          doc?.incrementalPatch({ doorPayment: { amount: 0 as Cents, method: '', chequeNumber: '' } }),
        ),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    // Nor change it upward: a door adds a payment of its own instead (a check-in undone, then again).
    await expect(
      correctDoorPayment(db, door, id, { amount: 1200 as Cents, method: 'especes', reason: '' }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    await undoCheckIn(db, door, { eventId: event.id, personId: personId('p1') });
    await checkIn(
      db,
      door,
      { eventId: event.id, personId: personId('p1'), device: 'Porte 1' },
      { amount: 200 as Cents, method: 'especes' },
    );

    session.set(SECRETARY);
    // Lowering needs a reason; spaces are not one. Nothing is written without it.
    for (const reason of ['', '   ']) {
      const refused = await correctDoorPayment(db, office, id, {
        amount: 500 as Cents,
        method: 'especes',
        reason,
      })
        .then(() => undefined)
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ZodError);
      expect((refused as ZodError).issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        ['reason', 'errors.doorPayment.reasonRequired'],
      ]);
    }
    expect(doorPaid((await db.attendance.findOne(id).exec(true)).toJSON() as AttendanceDocument)).toBe(1200);

    const corrected = await correctDoorPayment(db, office, id, {
      amount: 500 as Cents,
      method: 'especes',
      reason: '  Rendu 7 € : tarif adhérent  ',
    });
    // The line keeps the door and time it was taken (a cheque on a slip stays that cheque).
    expect(corrected.doorPayment).toEqual({
      amount: 500,
      method: 'especes',
      chequeNumber: '',
      device: 'Porte 1',
      at: expect.any(String),
    });
    expect(corrected.notes.replaceAll('\u00a0', ' ')).toBe(
      'Paiement à l’entrée corrigé : 12,00 € (10,00 € espèces, Porte 1 ; 2,00 € espèces, Porte 1) → 5,00 €. Raison : Rendu 7 € : tarif adhérent',
    );
    const journal = await db.audit.find({ selector: { documentId: id, action: 'update' } }).exec();
    const last = journal
      .map((entry) => entry.toJSON())
      .find((entry) => entry.changes.some((change) => change.field === 'notes'));
    expect(last).toMatchObject({
      updatedBy: SECRETARY.id,
      userName: SECRETARY.name,
      collectionName: 'attendance',
    });
    expect(last?.changes).toEqual(
      expect.arrayContaining([
        { field: 'doorPayment.amount', before: 1000, after: 500 },
        expect.objectContaining({ field: 'otherDoorPayments', after: [] }),
        { field: 'notes', before: '', after: corrected.notes },
      ]),
    );
    // Cleared: no method is left for nothing paid.
    const cleared = await correctDoorPayment(db, office, id, {
      amount: 0 as Cents,
      method: 'especes',
      reason: 'Remboursé',
    });
    expect(cleared.doorPayment).toEqual({ amount: 0, method: '', chequeNumber: '' });
    expect(cleared.notes.split('\n')).toHaveLength(2);
  });
});

describe('undoing an entry at a door', () => {
  it('undoes this door’s entry, never another door’s (the earliest entry stands after a merge)', async () => {
    const event = await createEvent(db, office, loto);
    session.set(DOOR);
    await checkIn(db, door, { eventId: event.id, personId: personId('p1'), device: 'Porte 1' });
    const id = attendanceId(event.id, personId('p1'));
    expect(
      await undoCheckIn(db, door, { eventId: event.id, personId: personId('p1'), device: 'Porte 2' }),
    ).toEqual({
      undone: false,
      device: 'Porte 1',
    });
    expect((await db.attendance.findOne(id).exec(true)).present).toBe(true);
    expect(
      await undoCheckIn(db, door, { eventId: event.id, personId: personId('p1'), device: 'Porte 1' }),
    ).toEqual({
      undone: true,
    });
    expect((await db.attendance.findOne(id).exec(true)).present).toBe(false);
  });
});

describe('two payments of one person at the door', () => {
  it('stay two lines (a cheque, then cash after an undo), and a correction names both', async () => {
    const event = await createEvent(db, office, loto);
    session.set(DOOR);
    const target = { eventId: event.id, personId: personId('p1'), device: 'Porte 1' };
    await checkIn(db, door, target, { amount: 500 as Cents, method: 'cheque', chequeNumber: '0042' });
    await undoCheckIn(db, door, target);
    await checkIn(db, door, target, { amount: 300 as Cents, method: 'especes' });
    const id = attendanceId(event.id, personId('p1'));
    const stored = (await db.attendance.findOne(id).exec(true)).toJSON() as AttendanceDocument;
    expect(
      doorPaymentLines(stored).map(({ amount, method, chequeNumber }) => [amount, method, chequeNumber]),
    ).toEqual([
      [500, 'cheque', '0042'],
      [300, 'especes', ''],
    ]);
    const takings = doorTakings([stored], 'Porte 1');
    expect(takings.byMethod).toEqual({ especes: 300, cheque: 500, carte: 0 });
    expect(takings.cheques).toEqual([{ personId: personId('p1'), amount: 500, number: '0042' }]);

    session.set(SECRETARY);
    const corrected = await correctDoorPayment(db, office, id, {
      amount: 800 as Cents,
      method: 'cheque',
      reason: 'Un seul chèque de 8 € en fait',
    });
    expect(corrected.otherDoorPayments).toEqual([]);
    expect(corrected.doorPayment).toMatchObject({ amount: 800, method: 'cheque', chequeNumber: '0042' });
    expect(corrected.notes.replaceAll('\u00a0', ' ')).toBe(
      'Paiement à l’entrée corrigé : 8,00 € (5,00 € chèque n° 0042, Porte 1 ; 3,00 € espèces, Porte 1) → 8,00 €. Raison : Un seul chèque de 8 € en fait',
    );
  });
});

describe('money at the door', () => {
  const issues = (error: unknown) =>
    error instanceof z.ZodError ? error.issues.map((issue) => [issue.path.join('.'), issue.message]) : error;
  const adulte = {
    id: tariffId('adulte'),
    label: 'Adulte',
    amount: 1500 as Cents,
    scope: 'individual' as const,
  };
  const season = {
    id: seasonId('saison-2026'),
    label: '2026-2027',
    startsOn: '2026-09-01',
    endsOn: '2027-08-31',
  };

  it('takes an entry fee by cheque with its number; a cheque without one writes nothing', async () => {
    const event = await createEvent(db, office, loto);
    session.set(DOOR);
    const target = { eventId: event.id, personId: personId('p1'), device: 'Porte 1' };
    const refused = await checkIn(db, door, target, { amount: 500, method: 'cheque' }).catch(issues);
    expect(refused).toEqual([['chequeNumber', 'errors.members.chequeNumberRequired']]);
    expect(await db.attendance.count().exec()).toBe(0);

    await checkIn(db, door, target, { amount: 500, method: 'cheque', chequeNumber: '0012345' });
    expect(
      (await db.attendance.findOne(attendanceId(event.id, personId('p1'))).exec())?.toJSON(),
    ).toMatchObject({
      present: true,
      doorPayment: { amount: 500, method: 'cheque', chequeNumber: '0012345' },
    });
  });

  it('lets a non-member in at a members-only event only by an explicit override, recorded', async () => {
    const event = await createEvent(db, office, { ...loto, membersOnly: true });
    session.set(DOOR);
    await checkIn(db, door, { eventId: event.id, personId: personId('p2'), device: 'Porte 1' }, undefined, {
      membersOnlyOverride: true,
    });
    expect(
      (await db.attendance.findOne(attendanceId(event.id, personId('p2'))).exec())?.toJSON(),
    ).toMatchObject({
      present: true,
      membersOnlyOverride: true,
    });
  });

  it('takes a cotisation at the door: made at the door, its payment on the record, then no second one', async () => {
    session.set({ id: userId('admin-1'), name: 'Anne Admin', role: 'admin' });
    await saveSetting(db, office, 'seasons', { seasons: [{ ...season, tariffs: [adulte] }] });
    const event = await createEvent(db, office, { ...loto, memberPrice: 200 });
    session.set(DOOR);
    const target = { eventId: event.id, personId: personId('p3'), device: 'Porte 1' };
    const tariff = { ...adulte, givesCounterpart: true, taxReceiptAllowed: false, archived: false } as const;
    const payment = { amount: 1500, method: 'especes' } as const;

    const { membership, outcome } = await admitWithMembership(
      db,
      door,
      target,
      { season, tariff, payment },
      { amount: 200, method: 'especes' },
    );
    expect(outcome.kind).toBe('checked-in');
    expect(membership).toMatchObject({
      origin: 'door',
      holderKind: 'person',
      holderId: personId('p3'),
      tariffLabel: 'Adulte',
      amount: 1500,
      paymentMethod: 'especes',
      receivedBy: DOOR.id,
      paidOn: '2026-11-14',
    });
    expect(
      (await db.attendance.findOne(attendanceId(event.id, personId('p3'))).exec())?.toJSON(),
    ).toMatchObject({
      present: true,
      doorPayment: { amount: 200, method: 'especes' },
      doorMembership: { membershipId: membership.id, amount: 1500, method: 'especes' },
    });
    await expect(admitWithMembership(db, door, target, { season, tariff, payment })).rejects.toBeInstanceOf(
      CotisationRepeatedError,
    );
    // 0 € on a paying tariff is refused before anything is written.
    const zero = await admitWithMembership(
      db,
      door,
      { ...target, personId: personId('p4') },
      {
        season,
        tariff,
        payment: { amount: 0, method: 'especes' },
      },
    ).catch(issues);
    expect(zero).toEqual([['amount', 'errors.members.amountRequired']]);
    expect(await db.memberships.count().exec()).toBe(1);
  });
});

describe('proxies at a general assembly', () => {
  it('are recorded on the giver’s record, refused with the reason and nothing written, withdrawn', async () => {
    const ag = await createEvent(db, office, {
      title: 'Assemblée générale',
      kind: 'assembly',
      startsOn: '2026-11-14',
      assembly: { quorumPercent: 50, maxProxiesPerMember: 1, voters: 'members-up-to-date' },
    });
    const voters = new Set(['anne', 'bruno', 'chloe', 'denis']);
    const rules = { isVoter: (id: string) => voters.has(id), maxPerHolder: 1 };
    await checkIn(db, office, { eventId: ag.id, personId: personId('anne'), device: 'Bureau' });
    await recordProxy(
      db,
      office,
      { eventId: ag.id, giverId: personId('bruno'), holderId: personId('anne') },
      rules,
    );
    expect(
      (await db.attendance.findOne(attendanceId(ag.id, personId('bruno'))).exec())?.toJSON(),
    ).toMatchObject({
      present: false,
      proxyHolderId: personId('anne'),
    });

    const refused = (giverId: PersonId, holderId: PersonId) =>
      recordProxy(db, office, { eventId: ag.id, giverId, holderId }, rules).then(
        () => 'recorded',
        (error: unknown) => (error instanceof ProxyRefusedError ? error.code : String(error)),
      );
    expect(await refused(personId('chloe'), personId('anne'))).toBe('limit');
    expect(await refused(personId('chloe'), personId('intrus'))).toBe('holder-not-voter');
    expect(await refused(personId('chloe'), personId('chloe'))).toBe('self');
    expect(await refused(personId('chloe'), personId('bruno'))).toBe('holder-gave');
    expect(await refused(personId('anne'), personId('denis'))).toBe('giver-present');
    // Nothing was written for Chloé.
    expect(await db.attendance.findOne(attendanceId(ag.id, personId('chloe'))).exec()).toBeNull();

    await withdrawProxy(db, office, { eventId: ag.id, giverId: personId('bruno') });
    expect(await refused(personId('chloe'), personId('anne'))).toBe('recorded');
  });
});
