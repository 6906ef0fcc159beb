import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { sheetDocumentSchema } from '@shared/events/sheet';
import { foldEvent, sheetLines, sheetTotals } from '@shared/events/sheet-fold';
import type { EventDocument } from '@shared/events/event';
import { makeEvent } from '@shared/events/testing';
import type { TilleulDatabase } from '@renderer/data/database';
import { checkIn, createEvent, register } from '@renderer/data/events/write';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { SessionStore } from '@renderer/data/session';
import { sheetsOfPersonQuery } from '@renderer/data/sheets/read';
import {
  amendSheet,
  closeDueEvents,
  closeEvent,
  foldClosedEvents,
  foldLateRecords,
  LateFoldFollower,
} from '@renderer/data/sheets/write';
import { saveSetting } from '@renderer/data/settings/write';
import { installWriteGuard, PermissionDeniedError } from '@renderer/data/write-guard';
import { withoutMeta } from '@renderer/data/without-meta';
import { deviceId, personId, userId } from '@shared/testing/ids';
import type { EventId, PersonId } from '@shared/ids';

let db: TilleulDatabase;
let session: SessionStore;
let clock: number;
const now = () => new Date((clock += 60_000));
const SECRETARY = { id: userId('secretaire-1'), name: 'Sophie Secrétaire', role: 'secretary' } as const;
const DOOR = { id: userId('porte-1'), name: 'Porte 1', role: 'door' } as const;
const office = { userId: SECRETARY.id, deviceId: deviceId('pc-1'), now };
const door = { userId: DOOR.id, deviceId: deviceId('tablette-1'), now };

beforeEach(async () => {
  clock = Date.parse('2026-11-14T18:00:00.000Z');
  db = await createMemoryDatabase();
  session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), now);
  session.set(SECRETARY);
});
afterEach(() => db.close());

async function lotoWithPeople(): Promise<EventDocument> {
  const event = await createEvent(db, office, {
    title: 'Loto de la Saint-Martin',
    startsOn: '2026-11-14',
    startTime: '20:00',
    nonMemberPrice: 500,
  } as never);
  for (const person of ['person-a', 'person-b', 'person-c'])
    await register(db, office, event.id, personId(person));
  session.set(DOOR);
  const at = { eventId: event.id, device: 'Porte 1' };
  await checkIn(db, door, { ...at, personId: personId('person-a') }, { amount: 500, method: 'especes' });
  await checkIn(
    db,
    door,
    { ...at, personId: personId('person-b') },
    { amount: 500, method: 'cheque', chequeNumber: '1234567' },
  );
  await checkIn(db, door, { ...at, personId: personId('person-z') });
  session.set(SECRETARY);
  return event;
}

function found<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('absent');
  return value;
}

const attendanceCount = async (eventId: EventId) =>
  (await db.attendance.find({ selector: { eventId } }).exec()).length;
const sheetsOf = async (eventId: EventId) =>
  (await db.sheets.find({ selector: { eventId } }).exec()).map((doc) => withoutMeta<never>(doc.toJSON()));

describe('closing an event on this device', () => {
  it('writes the sheet, marks the event closed, then deletes its attendance', async () => {
    const event = await lotoWithPeople();
    const sheets = await closeEvent(db, office, event.id, 'Bureau');
    expect(sheets).toHaveLength(1);
    expect(sheetTotals(sheets)).toMatchObject({
      listed: 4,
      registered: 3,
      present: 3,
      takings: { especes: 500, cheque: 500, total: 1000 },
    });
    expect(sheets[0]).toMatchObject({ closedBy: SECRETARY.id, closedDevice: 'Bureau' });
    expect(sheetDocumentSchema.safeParse(sheets[0]).success).toBe(true);
    expect(await attendanceCount(event.id)).toBe(0);
    expect((await db.events.findOne(event.id).exec())?.closedOn).toBe('2026-11-14');
    // Closing again changes nothing: the same sheet, not a second one.
    expect(await closeEvent(db, office, event.id, 'Bureau')).toEqual(sheets);
  });

  it('finishes a closing interrupted after the sheet: deletions only, nothing folded twice', async () => {
    const event = await lotoWithPeople();
    const attendance = (await db.attendance.find({ selector: { eventId: event.id } }).exec()).map((doc) =>
      withoutMeta<never>(doc.toJSON()),
    );
    const at = '2026-11-14T23:00:00.000Z';
    const parts = foldEvent(
      withoutMeta<EventDocument>(found(await db.events.findOne(event.id).exec()).toJSON()),
      attendance,
      {
        by: SECRETARY.id,
        device: 'Bureau',
        at,
        stamps: { createdAt: at, updatedAt: at, updatedBy: SECRETARY.id, deviceId: deviceId('pc-1') },
      },
    );
    await db.sheets.bulkInsert(parts);
    const sheets = await closeEvent(db, office, event.id, 'Bureau');
    expect(sheets).toEqual(parts);
    expect(sheets[0]?.amendments).toEqual([]);
    expect(await attendanceCount(event.id)).toBe(0);
  });

  it('folds a late check-in from an offline door once, as an amendment, and deletes it', async () => {
    const event = await lotoWithPeople();
    await closeEvent(db, office, event.id, 'Bureau');
    // The door's record arrives after the closing (the attendance conflict rule kept it live).
    const late = attendanceDocumentSchema.parse({
      id: attendanceId(event.id, personId('person-c')),
      eventId: event.id,
      personId: personId('person-c'),
      registered: true,
      present: true,
      checkedInAt: '2026-11-14T20:40:00.000Z',
      checkedInBy: DOOR.id,
      checkedInDevice: 'Porte 2',
      doorPayment: { amount: 500, method: 'carte' },
      createdAt: '2026-11-14T20:40:00.000Z',
      updatedAt: '2026-11-14T20:40:00.000Z',
      updatedBy: DOOR.id,
      deviceId: deviceId('tablette-2'),
    });
    await db.attendance.insert(late);
    expect(await foldLateRecords(db, office, event.id)).toBe(1);
    expect(await attendanceCount(event.id)).toBe(0);
    const sheets = await sheetsOf(event.id);
    expect(sheetTotals(sheets)).toMatchObject({ present: 4, takings: { carte: 500, total: 1500 } });
    // The same record again (another office device had it too): no second amendment.
    await db.attendance.insert(late);
    expect(await foldLateRecords(db, office, event.id)).toBe(0);
    expect(await attendanceCount(event.id)).toBe(0);
    expect(sheetLines(await sheetsOf(event.id))).toHaveLength(4);
  });

  it('amends with who, when and why; refuses a rewrite, a deletion and the door', async () => {
    const event = await lotoWithPeople();
    const sheet = found((await closeEvent(db, office, event.id, 'Bureau'))[0]);
    const row = found(sheet.rows.find((line) => line.personId === 'person-c'));
    await amendSheet(db, office, {
      eventId: event.id,
      row: { ...row, present: true, checkedInAt: '2026-11-14T20:30:00.000Z', checkedInDevice: 'Bureau' },
      reason: 'Présente sur la feuille papier',
      device: 'Bureau',
    });
    const [amended] = await sheetsOf(event.id);
    expect(amended).toMatchObject({
      amendments: [{ by: SECRETARY.id, reason: 'Présente sur la feuille papier' }],
    });
    const stored = found(await db.sheets.findOne(sheet.id).exec());
    await expect(stored.incrementalPatch({ closedDevice: 'Autre' })).rejects.toThrow(PermissionDeniedError);
    await expect(stored.remove()).rejects.toThrow(PermissionDeniedError);
    // The door may not close an event (nor read its sheet).
    const other = await createEvent(db, office, { title: 'Concert', startsOn: '2026-12-05' } as never);
    await register(db, office, other.id, personId('person-a'));
    session.set(DOOR);
    await expect(closeEvent(db, door, other.id, 'Porte 1')).rejects.toThrow(PermissionDeniedError);
    expect(await attendanceCount(other.id)).toBe(1);
  });
});

describe('after a pull', () => {
  const lateRecord = (eventId: EventId, personId: PersonId) =>
    attendanceDocumentSchema.parse({
      id: attendanceId(eventId, personId),
      eventId,
      personId,
      present: true,
      checkedInAt: '2026-11-14T21:10:00.000Z',
      checkedInBy: DOOR.id,
      checkedInDevice: 'Porte 3',
      createdAt: '2026-11-14T21:10:00.000Z',
      updatedAt: '2026-11-14T21:10:00.000Z',
      updatedBy: DOOR.id,
      deviceId: deviceId('tablette-3'),
    });

  it('folds the records pulled for closed events, leaves open events alone, and is idempotent', async () => {
    const event = await lotoWithPeople();
    await closeEvent(db, office, event.id, 'Bureau');
    const open = await createEvent(db, office, { title: 'Concert', startsOn: '2026-12-05' } as never);
    await register(db, office, open.id, personId('person-a'));
    // What a pull brings: a door's check-in for the closed loto, written offline.
    await db.attendance.insert(lateRecord(event.id, personId('person-y')));
    expect(await foldClosedEvents(db, office)).toBe(1);
    expect(await attendanceCount(event.id)).toBe(0);
    expect(await attendanceCount(open.id)).toBe(1);
    expect(sheetLines(await sheetsOf(event.id)).map((line) => line.personId)).toContain('person-y');
    expect(await foldClosedEvents(db, office)).toBe(0);
    // Where the signed-in person may not delete attendance, nothing is tried.
    await db.attendance.insert(lateRecord(event.id, personId('person-x')));
    expect(await foldClosedEvents(db, office, () => false)).toBe(0);
    expect(await attendanceCount(event.id)).toBe(1);
  });

  it('LateFoldFollower: the same folds, without walking the check-ins of closed events at each burst', async () => {
    const event = await lotoWithPeople();
    await closeEvent(db, office, event.id, 'Bureau');
    const open = await createEvent(db, office, { title: 'Concert', startsOn: '2026-12-05' } as never);
    await register(db, office, open.id, personId('person-a'));
    await db.attendance.insert(lateRecord(event.id, personId('person-y')));
    const follower = new LateFoldFollower(db);
    try {
      expect(await follower.run(office)).toBe(1);
      expect(await attendanceCount(event.id)).toBe(0);
      expect(sheetLines(await sheetsOf(event.id)).map((line) => line.personId)).toContain('person-y');

      // From here on, only what happened is looked at: no query over many events.
      const walks: string[] = [];
      for (const name of ['events', 'attendance'] as const) {
        const collection = db[name] as unknown as { find: (query?: { selector?: object }) => unknown };
        const find = collection.find.bind(collection);
        vi.spyOn(collection, 'find').mockImplementation((query) => {
          if (JSON.stringify(query?.selector ?? {}).match(/\$in|\$ne/)) walks.push(name);
          return find(query);
        });
      }
      expect(await follower.run(office)).toBe(0);
      // A door's check-in for the closed loto, pulled later; one for the open concert too.
      await db.attendance.insert(lateRecord(event.id, personId('person-w')));
      await db.attendance.insert(lateRecord(open.id, personId('person-b')));
      expect(await follower.run(office)).toBe(1);
      expect(walks).toEqual([]);
      expect(await attendanceCount(event.id)).toBe(0);
      expect(await attendanceCount(open.id)).toBe(2);

      // Not this person's to fold: left, then folded by a later run with nothing new written.
      await db.attendance.insert(lateRecord(event.id, personId('person-x')));
      expect(await follower.run(office, () => false)).toBe(0);
      expect(await attendanceCount(event.id)).toBe(1);
      expect(await follower.run(office)).toBe(1);
      expect(await attendanceCount(event.id)).toBe(0);
      expect(sheetLines(await sheetsOf(event.id)).map((line) => line.personId)).toEqual(
        expect.arrayContaining(['person-x', 'person-y', 'person-w']),
      );
    } finally {
      follower.close();
    }
  });

  it('finds the sheets a person is on, listed or added by an amendment', async () => {
    const event = await lotoWithPeople();
    await closeEvent(db, office, event.id, 'Bureau');
    await db.attendance.insert(lateRecord(event.id, personId('person-y')));
    await foldClosedEvents(db, office);
    const on = async (personId: PersonId) =>
      (await db.sheets.find(sheetsOfPersonQuery(personId)).exec()).map((doc) => doc.eventId);
    expect(await on(personId('person-a'))).toEqual([event.id]);
    expect(await on(personId('person-y'))).toEqual([event.id]);
    expect(await on(personId('person-nobody'))).toEqual([]);
  });
});

describe('closing automatically', () => {
  const ADMIN = { id: userId('admin-1'), name: 'Anne Admin', role: 'admin' } as const;
  const setDays = async (autoCloseAfterDays: number) => {
    session.set(ADMIN);
    await saveSetting(db, { ...office, userId: ADMIN.id }, 'closing', { autoCloseAfterDays });
    session.set(SECRETARY);
  };

  it('closes the events over for the days of the setting (30 when unset), none when it is 0', async () => {
    const loto = await lotoWithPeople();
    const concert = await createEvent(db, office, { title: 'Concert', startsOn: '2026-12-05' } as never);
    await register(db, office, concert.id, personId('person-a'));
    // The demonstration's events stay open: their sheets could not be removed with the demo.
    await db.events.insert(makeEvent({ id: 'demo-loto', startsOn: '2026-10-01' }));
    // Unset: 30 days. The loto of 14/11 is due on 14/12, not the day before.
    clock = Date.parse('2026-12-13T12:00:00.000Z');
    expect(await closeDueEvents(db, office, 'Bureau')).toEqual([]);
    clock = Date.parse('2026-12-14T12:00:00.000Z');
    expect(await closeDueEvents(db, office, 'Bureau')).toEqual([loto.id]);
    expect(await attendanceCount(loto.id)).toBe(0);
    expect(sheetTotals(await sheetsOf(loto.id))).toMatchObject({ present: 3 });
    // Run again (the next hour): nothing more.
    expect(await closeDueEvents(db, office, 'Bureau')).toEqual([]);
    // 0: never, however old.
    await setDays(0);
    clock = Date.parse('2027-06-01T12:00:00.000Z');
    expect(await closeDueEvents(db, office, 'Bureau')).toEqual([]);
    expect((await db.events.findOne(concert.id).exec())?.closedOn).toBe('');
    await setDays(60);
    expect(await closeDueEvents(db, office, 'Bureau')).toEqual([concert.id]);
    expect(await attendanceCount(concert.id)).toBe(0);
    session.set(ADMIN);
    await expect(saveSetting(db, office, 'closing', { autoCloseAfterDays: 400 })).rejects.toThrow();
  });
});
