import { describe, expect, it } from 'vitest';
import { attendanceCounts } from '@shared/events/check-in';
import { correctionRow, personPresence, presenceOf } from '@shared/events/presence';
import { sheetDocumentSchema } from '@shared/events/sheet';
import type { SheetDocument } from '@shared/events/sheet';
import { foldEvent } from '@shared/events/sheet-fold';
import { checkedIn, closingBy, makeAttendance, makeEvent } from '@shared/events/testing';
import { eventId, personId } from '@shared/testing/ids';

const event = makeEvent();
const attendance = [
  makeAttendance(event.id, personId('person-a'), {
    registered: true,
    ...checkedIn('20:01'),
    doorPayment: { amount: 500, method: 'especes' },
  }),
  makeAttendance(event.id, personId('person-b'), { registered: true }),
  makeAttendance(event.id, personId('person-c'), { ...checkedIn('20:15', 'Porte 2') }),
];
const other = makeAttendance(eventId('event-other'), personId('person-a'), { registered: true });

function withCorrection(sheet: SheetDocument): SheetDocument {
  const row = sheet.rows.find((line) => line.personId === 'person-b');
  if (!row) throw new Error('absent');
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

describe('presenceOf', () => {
  it('reads live attendance while the event is open', () => {
    const presence = presenceOf(event.id, [...attendance, other], []);
    expect(presence.closed).toBe(false);
    expect(presence.records).toEqual(attendance);
  });

  it('reads a closed event from its sheet, amendments applied, with the same ids and counts', () => {
    const sheets = foldEvent(event, attendance, closingBy()).map(withCorrection);
    const presence = presenceOf(event.id, [other], sheets);
    expect(presence.closed).toBe(true);
    expect(presence.closedAt).toBe('2026-11-20T09:00:00.000Z');
    expect(presence.closedDevice).toBe('Bureau');
    expect(presence.records.map((record) => record.id).sort()).toEqual(
      attendance.map((record) => record.id).sort(),
    );
    const counts = attendanceCounts(presence.records);
    expect(counts.present).toBe(3);
    expect(counts.registered).toBe(2);
    expect(counts.takings.get('especes')).toBe(500);
    const b = presence.records.find((record) => record.personId === 'person-b');
    expect(b?.checkedInAt).toBe('2026-11-14T20:30:00.000Z');
  });

  it('merges a record still held for a closed event (a late check-in not folded yet)', () => {
    const sheets = foldEvent(event, attendance, closingBy());
    const late = makeAttendance(event.id, personId('person-d'), { ...checkedIn('21:00', 'Porte 3') });
    const presence = presenceOf(event.id, [late], sheets);
    expect(presence.records).toHaveLength(4);
    expect(attendanceCounts(presence.records).present).toBe(3);
    const d = presence.records.find((record) => record.personId === 'person-d');
    expect(d?.checkedInDevice).toBe('Porte 3');
  });
});

describe('personPresence', () => {
  it('lists a person on closed and open events alike', () => {
    const sheets = foldEvent(event, attendance, closingBy());
    const lines = personPresence('person-a', [other], sheets);
    expect(lines.map((line) => [line.eventId, line.closed, line.record.present]).sort()).toEqual([
      ['event-loto', true, true],
      ['event-other', false, false],
    ]);
    expect(personPresence('person-z', [other], sheets)).toEqual([]);
  });
});

describe('correctionRow', () => {
  it('marks present or absent, keeps the time only for someone already in, and never drops money', () => {
    const [a, b] = attendance;
    const absent = correctionRow('person-a', false, a);
    expect(absent).toMatchObject({ present: false, checkedInAt: '', registered: true });
    expect(absent.doorPayment).toEqual(a?.doorPayment);
    expect(correctionRow('person-a', true, a).checkedInAt).toBe(a?.checkedInAt);
    expect(correctionRow('person-b', true, b)).toMatchObject({
      present: true,
      checkedInAt: '',
      registered: true,
    });
    expect(correctionRow('person-new', true, undefined)).toMatchObject({
      personId: personId('person-new'),
      present: true,
      registered: false,
      doorPayment: { amount: 0, method: '' },
    });
  });
});
