import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doorTakings } from '@shared/events/door-payment';
import type { Cents } from '@shared/money/cents';
import type { TilleulDatabase } from '@renderer/data/database';
import { checkIn, createEvent, saveCashCount, updateEvent } from '@renderer/data/events/write';
import { createGuardedMemoryDatabase } from '@renderer/data/memory-database';
import type { SessionStore } from '@renderer/data/session';
import { PermissionDeniedError } from '@renderer/data/write-guard';
import type { PersonId } from '@shared/ids';
import { deviceId, personId, userId } from '@shared/testing/ids';

let db: TilleulDatabase;
let session: SessionStore;
let clock: number;
const now = () => new Date((clock += 60_000));
const TREASURER = { id: userId('tresorier-1'), name: 'Thérèse Trésorière', role: 'treasurer' } as const;
const DOOR = { id: userId('porte-1'), name: 'Porte 1', role: 'door' } as const;
const office = { userId: TREASURER.id, deviceId: deviceId('pc-1'), now };
const door = { userId: DOOR.id, deviceId: deviceId('tablette-1'), now };

beforeEach(async () => {
  clock = Date.parse('2026-11-14T18:00:00.000Z');
  ({ db, session } = await createGuardedMemoryDatabase(now, TREASURER));
});
afterEach(() => db.close());

/** A loto where Porte 1 took 5 € and 7,50 € in espèces and a 12 € cheque. */
async function lotoWithTakings() {
  const event = await createEvent(db, office, { title: 'Loto', startsOn: '2026-11-14', nonMemberPrice: 500 });
  session.set(DOOR);
  const target = (personId: PersonId) => ({ eventId: event.id, personId, device: 'Porte 1' });
  await checkIn(db, door, target(personId('p1')), { amount: 500 as Cents, method: 'especes' });
  await checkIn(db, door, target(personId('p2')), { amount: 750 as Cents, method: 'especes' });
  await checkIn(db, door, target(personId('p3')), {
    amount: 1200 as Cents,
    method: 'cheque',
    chequeNumber: '8812',
  });
  const attendance = (await db.attendance.find().exec()).map((doc) => doc.toJSON());
  return { event, takings: doorTakings(attendance as never, 'Porte 1') };
}

describe('the door’s cash count', () => {
  it('is saved on the event by the door: counted, recorded, the cheques, the card', async () => {
    const { event, takings } = await lotoWithTakings();
    const count = await saveCashCount(db, door, event.id, {
      door: 'Porte 1',
      takings,
      counted: 1200 as Cents,
    });
    const stored = (await db.events.findOne(event.id).exec())?.toJSON();
    expect(stored?.cashCounts).toEqual([count]);
    expect(count).toMatchObject({
      device: 'Porte 1',
      countedBy: DOOR.id,
      recorded: 1250,
      counted: 1200,
      cheques: [{ number: '8812', amount: 1200 }],
      card: 0,
    });
    // A second count adds to the first, never over it.
    const again = await saveCashCount(db, door, event.id, {
      door: 'Porte 1',
      takings,
      counted: 1250 as Cents,
    });
    expect((await db.events.findOne(event.id).exec())?.toJSON().cashCounts.map((c) => c.id)).toEqual([
      count.id,
      again.id,
    ]);
  });

  it('is all the door may change of an event; a saved count is changed or removed by nobody', async () => {
    const { event, takings } = await lotoWithTakings();
    await saveCashCount(db, door, event.id, { door: 'Porte 1', takings, counted: 1250 as Cents });
    await expect(updateEvent(db, door, event.id, { title: 'Loto gratuit' })).rejects.toMatchObject({
      decision: { reason: 'permissions.doorEvent' },
    });
    await expect(updateEvent(db, door, event.id, { cashCounts: [] })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    session.set(TREASURER);
    await expect(updateEvent(db, office, event.id, { cashCounts: [] })).rejects.toMatchObject({
      decision: { reason: 'permissions.events.cashCountsKept' },
    });
    // The office still edits the event itself, and the count stays.
    const edited = await updateEvent(db, office, event.id, { location: 'Salle des fêtes' });
    expect(edited.cashCounts).toHaveLength(1);
  });
});
