import { describe, expect, it } from 'vitest';
import { sheetDocumentSchema } from '@shared/events/sheet';
import type { SheetDocument } from '@shared/events/sheet';
import { foldEvent } from '@shared/events/sheet-fold';
import { checkedIn, closingBy, makeAttendance, makeEvent } from '@shared/events/testing';
import { attendanceReport } from '@shared/reports/attendance';
import { eventId, personId } from '@shared/testing/ids';

const season = { startsOn: '2026-09-01', endsOn: '2027-08-31' };
const loto = makeEvent({ id: 'loto', title: 'Loto d’automne', startsOn: '2026-11-14' });
const ag = makeEvent({ id: 'ag', title: 'Assemblée générale', kind: 'assembly', startsOn: '2026-10-03' });
const cancelled = makeEvent({ id: 'bal', title: 'Bal', startsOn: '2026-12-31', cancelledOn: '2026-12-01' });
const lastSeason = makeEvent({ id: 'fete', title: 'Fête', startsOn: '2026-06-21' });

// The loto, closed: a and c came, b registered and absent, then corrected present afterwards; d
// checked in at a door that synced after the closing (held, not folded yet).
const lotoRecords = [
  makeAttendance(eventId('loto'), personId('a'), { registered: true, ...checkedIn('20:01') }),
  makeAttendance(eventId('loto'), personId('b'), { registered: true }),
  makeAttendance(eventId('loto'), personId('c'), { ...checkedIn('20:15') }),
];
function corrected(sheet: SheetDocument): SheetDocument {
  const row = sheet.rows.find((line) => line.personId === 'b');
  if (!row) throw new Error('b is on the sheet');
  return sheetDocumentSchema.parse({
    ...sheet,
    amendments: [
      {
        id: 'amendment-1',
        kind: 'correction',
        at: '2026-11-21T10:00:00.000Z',
        by: 'user-secretary',
        device: 'Bureau',
        reason: 'Présente, oubliée à la porte',
        row: { ...row, present: true, checkedInAt: '2026-11-14T20:30:00.000Z' },
      },
    ],
  });
}
const sheets = foldEvent(loto, lotoRecords, closingBy()).map(corrected);
const late = makeAttendance(eventId('loto'), personId('d'), { ...checkedIn('21:00', 'Porte 3') });

// The AG, still open: x present, y represented by x, z registered only.
const agRecords = [
  makeAttendance(eventId('ag'), personId('x'), { registered: true, ...checkedIn('18:00') }),
  makeAttendance(eventId('ag'), personId('y'), { registered: true, proxyHolderId: personId('x') }),
  makeAttendance(eventId('ag'), personId('z'), { registered: true }),
];

describe('attendanceReport', () => {
  it('counts open events live and closed ones from their sheet, corrections and late check-ins in', () => {
    const report = attendanceReport(
      [loto, cancelled, lastSeason, ag],
      season,
      [late, ...agRecords, makeAttendance(eventId('fete'), personId('a'), { registered: true })],
      sheets,
    );
    expect(report).toEqual([
      {
        eventId: eventId('ag'),
        title: 'Assemblée générale',
        startsOn: '2026-10-03',
        closed: false,
        registered: 3,
        present: 1,
        represented: 1,
      },
      {
        eventId: eventId('loto'),
        title: 'Loto d’automne',
        startsOn: '2026-11-14',
        closed: true,
        registered: 2,
        present: 4,
        represented: 0,
      },
    ]);
  });

  it('gives an event nobody came to zeros', () => {
    expect(attendanceReport([loto], season, [], [])).toEqual([
      {
        eventId: eventId('loto'),
        title: 'Loto d’automne',
        startsOn: '2026-11-14',
        closed: false,
        registered: 0,
        present: 0,
        represented: 0,
      },
    ]);
  });
});
