import { describe, expect } from 'vitest';
import { attendanceId } from '@shared/events/attendance';
import { doorCheques } from '@shared/deposits/cheques';
import { doorPaymentLines } from '@shared/events/door-payment-lines';
import { sheetLines, sheetTotals } from '@shared/events/sheet-fold';
import type { SheetDocument } from '@shared/events/sheet';
import { makeAttendance, makeEvent } from '@shared/events/testing';
import { collectionSpecs } from '@shared/schema/collections';
import type { WriteContext } from '@shared/schema/common';
import type { UserId } from '@shared/ids';
import { checkIn } from '@renderer/data/events/write';
import { closeEvent } from '@renderer/data/sheets/write';
import { readAll } from '@renderer/data/read-all';
import type { FetchLike } from '@renderer/sync/api-client';
import { until } from '../../test/sync/harness';
import { itOnEachBackend, useTestWorld } from '../../test/sync/each-backend';
import type { TestClient } from '../../test/sync/harness';
import { personId, userId } from '@shared/testing/ids';

/**
 * Issue 16: a door offline lets a registered person in and takes a cheque while the office closes
 * the event (its records folded into the sheet, then deleted). Back online, the door's check-in
 * meets the deleted record of the same id: the attendance rule keeps it live, the office folds it
 * into the sheet as an amendment and deletes it — never lost, never twice, the cheque still to
 * deposit. Real server on 127.0.0.1, both backends, the app's sync engine on each device.
 */
const SPECS = {
  events: collectionSpecs.events,
  attendance: collectionSpecs.attendance,
  sheets: collectionSpecs.sheets,
  audit: collectionSpecs.audit,
};

const world = useTestWorld();

const contextOf = (client: TestClient, userId: UserId): WriteContext => ({
  userId,
  deviceId: client.enrolment.deviceId,
  now: () => new Date(),
});

async function lateCheckIn(options: { databaseUrl?: string }) {
  const server = await world.start(options);
  let doorOnline = true;
  const doorFetch: FetchLike = (input, init) =>
    doorOnline ? fetch(input, init) : Promise.reject(new TypeError('fetch failed'));
  const office = await world.client(server, 'bureau', { specs: SPECS });
  const door = await world.client(server, 'porte', { specs: SPECS, scope: 'door', fetch: doorFetch });

  // Tonight's loto: Hélène already in, Marc registered in advance.
  const event = makeEvent({ id: 'event-loto' });
  await office.db.events.insert(event);
  await office.db.attendance.bulkInsert([
    makeAttendance(event.id, personId('helene'), {
      registered: true,
      present: true,
      checkedInAt: '2026-11-14T20:01:00.000Z',
      checkedInDevice: 'Porte 1',
    }),
    makeAttendance(event.id, personId('marc'), { registered: true }),
  ]);
  await office.engine.awaitInSync();
  await until(
    async () => (await door.db.attendance.findOne(attendanceId(event.id, personId('marc'))).exec()) !== null,
  );

  // The door loses the network, lets Marc in and takes his cheque; meanwhile the office closes.
  doorOnline = false;
  await checkIn(
    door.db,
    contextOf(door, userId('user-porte')),
    { eventId: event.id, personId: personId('marc'), device: 'Porte 2' },
    { amount: 500, method: 'cheque', chequeNumber: '0077' },
  );
  await closeEvent(office.db, contextOf(office, userId('user-secretaire')), event.id, 'Bureau');
  await office.engine.awaitInSync();
  const sheetsOnServer = async () =>
    (await server?.store().pull(server.orgId, 'sheets', 0, 100))?.documents as unknown as SheetDocument[];
  expect(
    sheetLines(await sheetsOnServer())
      .map((line) => line.personId)
      .sort(),
  ).toEqual(['helene', 'marc']);
  expect(sheetTotals(await sheetsOnServer()).present).toBe(1);

  // Back online: the check-in reaches the server over the deletion, the office folds it.
  doorOnline = true;
  door.engine.reSync();
  await until(async () => (await sheetsOnServer()).some((sheet) => sheet.amendments.length > 0), 30_000);
  const live = async () =>
    ((await server?.store().pull(server.orgId, 'attendance', 0, 100))?.documents ?? []).filter(
      (document) => !document._deleted,
    );
  await until(async () => (await live()).length === 0, 30_000);

  const sheets = await sheetsOnServer();
  expect(sheets.flatMap((sheet) => sheet.amendments).map((amendment) => amendment.kind)).toEqual([
    'late-check-in',
  ]);
  const marc = sheetLines(sheets).find((line) => line.personId === 'marc');
  expect(marc).toMatchObject({ present: true, checkedInDevice: 'Porte 2' });
  expect(marc && doorPaymentLines(marc)).toEqual([
    expect.objectContaining({ amount: 500, method: 'cheque', chequeNumber: '0077', device: 'Porte 2' }),
  ]);
  expect(sheetTotals(sheets)).toMatchObject({ present: 2, takings: { cheque: 500, total: 500 } });
  // The cheque waits to be deposited, read from the sheet.
  const names = {
    person: (id: string) => id,
    holder: () => '',
    event: () => 'Loto',
    eventDate: () => '2026-11-14',
  };
  expect(
    doorCheques([], sheets, names).map((cheque) => [cheque.payer, cheque.number, cheque.amount]),
  ).toEqual([['marc', '0077', 500]]);
  // Every device ends with no live record of the closed event, and the office with one sheet.
  await until(async () => (await readAll(door.db.attendance)).length === 0, 30_000);
  await until(async () => (await readAll(office.db.attendance)).length === 0, 30_000);
  expect((await readAll(office.db.sheets)).flatMap((sheet) => sheet.amendments)).toHaveLength(1);
}

describe('a check-in from an offline door that arrives after the event was closed', () => {
  itOnEachBackend('is folded into the sheet once, its cheque kept', lateCheckIn);
});
