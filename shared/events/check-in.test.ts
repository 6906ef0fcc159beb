import { describe, expect, it } from 'vitest';
import type { AttendanceDocument, AttendanceInput } from '@shared/events/attendance';
import { attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { attendanceCounts, checkIn, undoCheckIn } from '@shared/events/check-in';
import type { Cents } from '@shared/money/cents';
import { eventId, personId } from '@shared/testing/ids';

const by = { at: '2026-12-05T13:02:00.000Z', userId: 'porte-1', device: 'Porte 2' };
const record = (changes: Partial<AttendanceInput> = {}): AttendanceDocument =>
  attendanceDocumentSchema.parse({
    id: attendanceId(eventId('e'), personId('p')),
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    updatedBy: 'u',
    deviceId: 'd',
    eventId: eventId('e'),
    personId: personId('p'),
    ...changes,
  });

describe('checking in at the door', () => {
  it('marks a person present with when, who and which door', () => {
    const outcome = checkIn(undefined, by);
    expect(outcome).toEqual({
      kind: 'checked-in',
      changes: {
        present: true,
        checkedInAt: by.at,
        checkedInBy: 'porte-1',
        checkedInDevice: 'Porte 2',
        doorPayment: { amount: 0, method: '', chequeNumber: '' },
        otherDoorPayments: [],
      },
    });
  });

  it('never checks someone in twice: says when and at which door', () => {
    const inside = record({ present: true, checkedInAt: by.at, checkedInDevice: 'Porte 2' });
    expect(checkIn(inside, { ...by, device: 'Porte 1' })).toEqual({
      kind: 'already',
      at: by.at,
      device: 'Porte 2',
    });
  });

  it('adds a payment to what was recorded as a line of its own, never summed into it', () => {
    // A cheque taken earlier (a check-in undone since), then cash: two methods, two lines.
    const cheque = { amount: 300 as Cents, method: 'cheque' as const, chequeNumber: '55' };
    const registered = record({ registered: true, doorPayment: cheque });
    const outcome = checkIn(registered, by, { amount: 500 as Cents, method: 'especes' });
    expect(outcome.kind === 'checked-in' && outcome.changes).toMatchObject({
      doorPayment: cheque,
      otherDoorPayments: [{ amount: 500, method: 'especes', chequeNumber: '', device: 'Porte 2', at: by.at }],
    });
    expect(
      attendanceCounts([record({ ...(outcome.kind === 'checked-in' ? outcome.changes : {}) })]).takings,
    ).toEqual(
      new Map([
        ['cheque', 300],
        ['especes', 500],
      ]),
    );
  });

  it('keeps the number of a cheque taken at the door, with the door and the time', () => {
    const outcome = checkIn(undefined, by, {
      amount: 500 as Cents,
      method: 'cheque',
      chequeNumber: '0012345',
    });
    expect(outcome.kind === 'checked-in' && outcome.changes.doorPayment).toEqual({
      amount: 500,
      method: 'cheque',
      chequeNumber: '0012345',
      device: 'Porte 2',
      at: by.at,
    });
  });

  it('undoes a check-in, keeping the record and its payment', () => {
    const undone = {
      ...record({
        present: true,
        checkedInAt: by.at,
        doorPayment: { amount: 300 as Cents, method: 'cheque' },
      }),
      ...undoCheckIn(),
    };
    expect(attendanceDocumentSchema.parse(undone)).toMatchObject({
      present: false,
      checkedInAt: '',
      doorPayment: { amount: 300 },
    });
  });

  it('counts présents, inscrits and the takings by method', () => {
    const counts = attendanceCounts([
      record({ present: true, checkedInAt: by.at, doorPayment: { amount: 300 as Cents, method: 'especes' } }),
      record({ registered: true }),
      record({
        registered: true,
        present: true,
        checkedInAt: by.at,
        doorPayment: { amount: 500 as Cents, method: 'especes' },
      }),
      record({ present: true, checkedInAt: by.at, doorPayment: { amount: 1000 as Cents, method: 'cheque' } }),
    ]);
    expect(counts.present).toBe(3);
    expect(counts.registered).toBe(2);
    expect(Object.fromEntries(counts.takings)).toEqual({ especes: 800, cheque: 1000 });
  });
});
