import { describe, expect, it } from 'vitest';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { eventDocumentSchema } from '@shared/events/event';
import { attendanceColumns, eventColumns } from '@shared/events/event-columns';
import { exportTable } from '@shared/export/list-export';
import { makePerson } from '@shared/members/testing';
import { eventId, personId } from '@shared/testing/ids';

const stamps = {
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  updatedBy: 'u',
  deviceId: 'd',
};
const t = (key: string) => `«${key}»`;

const loto = eventDocumentSchema.parse({
  ...stamps,
  id: 'loto',
  kind: 'party',
  title: 'Loto de Noël',
  startsOn: '2026-12-05',
  startTime: '20:00',
  location: 'Salle des fêtes',
});

describe('eventColumns', () => {
  it('writes the date as a date and the time beside it, with the counts', () => {
    const table = exportTable(
      eventColumns(() => ({ registered: 12, present: 9 })),
      [loto],
      t,
    );
    expect(table.rows).toEqual([
      [
        { date: '2026-12-05' },
        '20:00',
        'Loto de Noël',
        '«events.kinds.party»',
        'Salle des fêtes',
        12,
        9,
        { date: '' },
      ],
    ]);
  });
});

describe('attendanceColumns', () => {
  it('writes who, registered, in at what time, at which door, and what they paid there', () => {
    const anne = makePerson({ id: 'anne', firstName: 'Anne', lastName: 'Dupont', memberNumber: 'A-0010' });
    const record = attendanceDocumentSchema.parse({
      ...stamps,
      id: attendanceId(eventId('loto'), personId('anne')),
      eventId: eventId('loto'),
      personId: personId('anne'),
      registered: true,
      present: true,
      checkedInAt: '2026-12-05T19:02:00.000Z',
      checkedInBy: 'porte',
      checkedInDevice: 'Porte 2',
      doorPayment: { amount: 550, method: 'especes', chequeNumber: '' },
    });
    const table = exportTable(
      attendanceColumns(() => 'a-jour', 'fr-FR'),
      [
        { record, person: anne },
        { record: { ...record, registered: false, present: false }, person: undefined },
      ],
      t,
    );
    expect(table.rows[0]).toEqual([
      'Anne Dupont',
      'A-0010',
      '«people.status.a-jour»',
      '«events.page.yes»',
      new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hour12: false }).format(
        new Date('2026-12-05T19:02:00.000Z'),
      ),
      'Porte 2',
      { cents: 550 },
    ]);
    expect(table.rows[1]?.slice(0, 6)).toEqual(['«events.page.unknownPerson»', '', '', '', '', '']);
  });
});
