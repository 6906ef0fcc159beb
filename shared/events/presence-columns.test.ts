import { describe, expect, it } from 'vitest';
import { formatClockTime } from '@shared/events/event-time';
import { presenceColumns } from '@shared/events/presence-columns';
import { makeAttendance, makeEvent } from '@shared/events/testing';
import { exportTable } from '@shared/export/list-export';
import { eventId, personId } from '@shared/testing/ids';

const t = (key: string, values?: Readonly<Record<string, string>>) =>
  values ? `${key.split('.').at(-1)}(${Object.values(values).join('|')})` : (key.split('.').at(-1) ?? key);

describe('a person’s presences as a file', () => {
  it('writes the date, the event (closed or not), registered, and in at what time or represented', () => {
    const loto = makeEvent({ id: 'loto', title: 'Loto d’automne', startsOn: '2026-11-14' });
    const rows = [
      {
        eventId: eventId('loto'),
        event: loto,
        closed: true,
        record: makeAttendance(eventId('loto'), personId('paul'), {
          registered: true,
          present: true,
          checkedInAt: '2026-11-14T19:05:00.000Z',
        }),
      },
      {
        eventId: eventId('ag'),
        event: undefined,
        closed: false,
        record: makeAttendance(eventId('ag'), personId('paul'), { proxyHolderId: personId('lea') }),
      },
      {
        eventId: eventId('x'),
        event: undefined,
        closed: false,
        record: makeAttendance(eventId('x'), personId('paul'), { registered: true }),
      },
    ];
    const table = exportTable(presenceColumns('fr-FR'), rows, t);
    expect(table.header).toEqual(['date', 'event', 'registered', 'present']);
    expect(table.rows).toEqual([
      [
        { date: '2026-11-14' },
        'Loto d’automne (closed)',
        'yes',
        `presentAt(${formatClockTime('2026-11-14T19:05:00.000Z', 'fr-FR')})`,
      ],
      [{ date: '' }, 'missing', '', 'represented'],
      [{ date: '' }, 'missing', 'yes', ''],
    ]);
  });
});
