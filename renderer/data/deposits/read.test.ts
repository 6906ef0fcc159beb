import { afterEach, describe, expect, it } from 'vitest';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import type { TilleulDatabase } from '@renderer/data/database';
import { DOOR_CHEQUES_SELECTOR } from '@renderer/data/deposits/read';
import { createMemoryDatabase } from '@renderer/data/memory-database';
import { eventId, personId } from '@shared/testing/ids';
import type { PersonId } from '@shared/ids';

let db: TilleulDatabase | undefined;
afterEach(async () => {
  await db?.remove();
  db = undefined;
});

const record = (personId: PersonId, payments: Record<string, unknown>) =>
  attendanceDocumentSchema.parse({
    id: attendanceId(eventId('loto'), personId),
    createdAt: '2026-11-14T19:00:00.000Z',
    updatedAt: '2026-11-14T19:00:00.000Z',
    updatedBy: 'u',
    deviceId: 'd',
    eventId: eventId('loto'),
    personId,
    ...payments,
  });
const line = (method: string, chequeNumber = '') => ({ amount: 500, method, chequeNumber });

describe('the door cheques the deposit screen reads', () => {
  it('include a cheque that is a person’s second payment, not records without a cheque', async () => {
    db = await createMemoryDatabase();
    await db.attendance.bulkInsert([
      record(personId('first'), { doorPayment: line('cheque', '1') }),
      record(personId('second'), { doorPayment: line('especes'), otherDoorPayments: [line('cheque', '2')] }),
      record(personId('cash'), { doorPayment: line('especes'), otherDoorPayments: [line('carte')] }),
      record(personId('none'), {}),
    ]);
    const found = await db.attendance.find({ selector: DOOR_CHEQUES_SELECTOR }).exec();
    expect(found.map((doc) => doc.personId).sort()).toEqual(['first', 'second']);
  });
});
