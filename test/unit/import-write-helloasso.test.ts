import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { helloAssoFixture, season } from '../support/helloasso-fixtures';
import type { DonationDocument } from '@shared/donations/donation';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { EventDocument } from '@shared/events/event';
import { parseHelloAssoExport } from '@shared/import/helloasso';
import { planHelloAssoImport, type ImportPlan } from '@shared/import/helloasso-plan';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import type { TilleulDatabase } from '@renderer/data/database';
import { applyImport, undoImport } from '@renderer/data/import/write';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { SessionStore } from '@renderer/data/session';
import { closeEvent } from '@renderer/data/sheets/write';
import { installWriteGuard } from '@renderer/data/write-guard';
import { deviceId, personId, userId } from '@shared/testing/ids';

/** HelloAsso ticketing and payments written into a real RxDB, through the write guard. */
const context = {
  userId: userId('tresorier-1'),
  deviceId: deviceId('pc-1'),
  now: () => new Date('2025-12-21T10:00:00.000Z'),
};
const actor = { ...context, userName: 'Paul' };

let db: TilleulDatabase;
let session: SessionStore;

beforeEach(async () => {
  db = await createMemoryDatabase();
  session = new SessionStore();
  installWriteGuard(db, session, deviceId('pc-1'), context.now);
  session.set({ id: userId('tresorier-1'), name: 'Paul', role: 'treasurer' });
});
afterEach(() => db.close());

const json = <T>(docs: { toJSON(): unknown }[]) => docs.map((doc) => doc.toJSON() as T);

async function stored() {
  return {
    people: json<PersonDocument>(await db.people.find().exec()),
    memberships: json<MembershipDocument>(await db.memberships.find().exec()),
    events: json<EventDocument>(await db.events.find().exec()),
    attendance: json<AttendanceDocument>(await db.attendance.find().exec()),
    donations: json<DonationDocument>(await db.donations.find().exec()),
  };
}

async function plan(file: string, importId: string): Promise<ImportPlan> {
  const now = await stored();
  return planHelloAssoImport(parseHelloAssoExport(helloAssoFixture(file)), {
    importId,
    context,
    series: 'A',
    seasons: [season],
    fileName: file,
    canManageDonations: true,
    ...now,
  });
}

describe('applyImport and undoImport — billetterie and paiements', () => {
  it('writes the event, the participants and their registrations; again, nothing doubles; undone whole', async () => {
    const first = await plan('billetterie-loto-2025.csv', 'import-1');
    expect(await applyImport(db, actor, first, 'billetterie-loto-2025.csv')).toEqual({
      people: 3,
      memberships: 0,
      events: 1,
      attendance: 3,
      donations: 0,
      completed: 0,
    });
    const after = await stored();
    expect(after.events.map((e) => [e.title, e.startsOn, e.importId])).toEqual([
      ['Loto 2025', '2025-11-13', 'import-1'],
    ]);
    expect(after.attendance.every((a) => a.registered && a.eventId === after.events[0]?.id)).toBe(true);

    const second = await plan('billetterie-loto-2025.csv', 'import-2');
    expect(second.counts).toMatchObject({ unchanged: 3, new: 0, updated: 0 });
    expect(await applyImport(db, actor, second, 'billetterie-loto-2025.csv')).toMatchObject({
      people: 0,
      events: 0,
      attendance: 0,
    });
    expect((await stored()).attendance).toHaveLength(3);

    expect(await undoImport(db, actor, 'import-1')).toEqual({
      memberships: 0,
      people: 3,
      attendance: 3,
      events: 1,
      donations: 0,
      completed: 0,
      kept: [],
    });
    expect(await stored()).toMatchObject({ people: [], events: [], attendance: [] });
  });

  it('an import whose event was closed since: the undo keeps the event, its sheet and the people on it', async () => {
    await applyImport(db, actor, await plan('billetterie-loto-2025.csv', 'import-1'), 'billetterie');
    const [event] = (await stored()).events;
    if (!event) throw new Error('no event imported');
    await closeEvent(db, context, event.id, 'PC du bureau');
    expect((await stored()).attendance).toEqual([]);
    const undone = await undoImport(db, actor, 'import-1');
    expect(undone).toMatchObject({ events: 0, people: 0, attendance: 0 });
    expect(undone.kept[0]).toBe('Loto 2025 (clôturé : ses inscriptions sont sur sa feuille d’émargement)');
    expect(undone.kept).toHaveLength(4);
    const after = await stored();
    expect(after.events.map((e) => e.id)).toEqual([event.id]);
    expect(after.people).toHaveLength(3);
    expect(await db.sheets.find({ selector: { eventId: event.id } }).exec()).toHaveLength(1);
  });

  it('a registration checked in at the door is kept by the undo, with its person and event', async () => {
    await applyImport(db, actor, await plan('billetterie-loto-2025.csv', 'import-1'), 'billetterie');
    const [chloe] = await db.people.find({ selector: { firstName: 'Chloé' } }).exec();
    const registration = await db.attendance
      .findOne({ selector: { personId: chloe?.id ?? personId('') } })
      .exec();
    await registration?.incrementalPatch({ present: true, checkedInAt: '2025-12-13T19:00:00.000Z' });
    const undone = await undoImport(db, actor, 'import-1');
    expect(undone).toMatchObject({ attendance: 2, events: 0, people: 2 });
    expect(undone.kept).toEqual([
      'inscription pointée à l’entrée (HelloAsso, commande 220000203, billet 220000203 — Carton loto adulte (10,00 €).)',
      'Loto 2025',
      'Chloé Bernard',
    ]);
  });

  it('writes the donations of the payments export; again, nothing doubles; undone whole', async () => {
    const first = await plan('paiements-2025.csv', 'import-1');
    expect(await applyImport(db, actor, first, 'paiements-2025.csv')).toMatchObject({
      people: 2,
      donations: 2,
    });
    const after = await stored();
    expect(after.donations.map((d) => [d.amount, d.paymentReference, d.importId]).sort()).toEqual([
      [12000, '330000402', 'import-1'],
      [5000, '330000403', 'import-1'],
    ]);
    const second = await plan('paiements-2025.csv', 'import-2');
    expect(second.donations).toEqual([]);
    expect(second.counts).toMatchObject({ unchanged: 2 });
    expect(await undoImport(db, actor, 'import-1')).toMatchObject({ donations: 2, people: 2, kept: [] });
    expect(await stored()).toMatchObject({ people: [], donations: [] });
  });

  it('a secretary may not write donations: the write guard refuses and nothing is left', async () => {
    session.set({ id: userId('secretaire-1'), name: 'Sophie', role: 'secretary' });
    const forged = await plan('paiements-2025.csv', 'import-1');
    await expect(applyImport(db, actor, forged, 'paiements-2025.csv')).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
    });
    expect(await stored()).toMatchObject({ people: [], donations: [] });
  });
});
