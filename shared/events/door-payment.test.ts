import { describe, expect, it } from 'vitest';
import type { AttendanceDocument } from '@shared/events/attendance';
import { attendanceCollection, attendanceDocumentSchema, attendanceId } from '@shared/events/attendance';
import { cashDifference, doorPaymentInputSchema, doorTakings } from '@shared/events/door-payment';
import type { Cents } from '@shared/money/cents';
import { eventId, personId } from '@shared/testing/ids';
import type { PersonId } from '@shared/ids';

const stamp = {
  createdAt: '2026-12-05T18:00:00.000Z',
  updatedAt: '2026-12-05T18:00:00.000Z',
  updatedBy: 'porte-1',
  deviceId: 'tablette-1',
};
const record = (personId: PersonId, changes: Partial<AttendanceDocument> = {}): AttendanceDocument =>
  attendanceDocumentSchema.parse({
    ...stamp,
    id: attendanceId(eventId('loto'), personId),
    eventId: eventId('loto'),
    personId,
    present: true,
    checkedInAt: '2026-12-05T19:02:00.000Z',
    checkedInDevice: 'Porte 1',
    ...changes,
  });
const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('a payment at the door', () => {
  it('needs an amount, a door method, and a cheque its number (only a cheque)', () => {
    expect(doorPaymentInputSchema.parse({ amount: 550, method: 'especes' })).toEqual({
      amount: 550,
      method: 'especes',
      chequeNumber: '',
    });
    expect(messages(doorPaymentInputSchema.safeParse({ amount: 0, method: 'especes' }))).toContain(
      'errors.members.amountRequired',
    );
    expect(messages(doorPaymentInputSchema.safeParse({ amount: 500, method: 'virement' }))).toContain(
      'errors.members.paymentMethodRequired',
    );
    expect(messages(doorPaymentInputSchema.safeParse({ amount: 500, method: 'cheque' }))).toContain(
      'errors.members.chequeNumberRequired',
    );
    expect(
      messages(doorPaymentInputSchema.safeParse({ amount: 500, method: 'carte', chequeNumber: '12' })),
    ).toContain('errors.members.chequeNumberOnlyForCheque');
    expect(
      messages(
        doorPaymentInputSchema.safeParse({ amount: 500, method: 'cheque', chequeNumber: '1'.repeat(21) }),
      ),
    ).toHaveLength(1);
  });
});

describe('the takings of a door', () => {
  const records = [
    record(personId('a'), { doorPayment: { amount: 550 as Cents, method: 'especes', chequeNumber: '' } }),
    record(personId('b'), {
      doorPayment: { amount: 800 as Cents, method: 'cheque', chequeNumber: '0012345' },
    }),
    record(personId('c'), {
      doorPayment: { amount: 200 as Cents, method: 'carte', chequeNumber: '' },
      doorMembership: { membershipId: 'm-1', amount: 1500 as Cents, method: 'especes', chequeNumber: '' },
    }),
    record(personId('d'), {
      checkedInDevice: 'Porte 2',
      doorPayment: { amount: 550 as Cents, method: 'especes', chequeNumber: '' },
    }),
    record(personId('e'), { present: false, checkedInAt: '', checkedInDevice: '' }),
  ];

  it('adds entry fees and cotisations by method, this door only, and lists the cheques', () => {
    const porte1 = doorTakings(records, 'Porte 1');
    expect(porte1.byMethod).toEqual({ especes: 2050, cheque: 800, carte: 200 });
    expect(porte1.total).toBe(3050);
    expect(porte1.cheques).toEqual([{ personId: personId('b'), amount: 800, number: '0012345' }]);
    expect(doorTakings(records).byMethod.especes).toBe(2600);
  });

  it('says the difference between the cash counted and the cash recorded', () => {
    expect(cashDifference(2050 as Cents, 2000 as Cents)).toBe(-50);
    expect(cashDifference(2050 as Cents, 2050 as Cents)).toBe(0);
  });
});

describe('attendance version 1', () => {
  const v0 = {
    ...stamp,
    id: attendanceId(eventId('loto'), personId('p')),
    eventId: eventId('loto'),
    personId: personId('p'),
    registered: true,
    present: true,
    checkedInAt: '2026-12-05T19:02:00.000Z',
    checkedInBy: 'porte-1',
    checkedInDevice: 'Porte 1',
    proxyHolderId: '',
    doorPayment: { amount: 300, method: 'cheque' },
    notes: '',
  };

  it('migrates a record of version 0: its payment kept, no cheque number, no override, no cotisation', () => {
    const migrated = attendanceDocumentSchema.parse(attendanceCollection.migrations?.[1]?.(v0));
    expect(migrated).toMatchObject({
      present: true,
      doorPayment: { amount: 300, method: 'cheque', chequeNumber: '' },
      membersOnlyOverride: false,
      doorMembership: { membershipId: '', amount: 0, method: '', chequeNumber: '' },
    });
    const unpaid = { ...v0, doorPayment: undefined };
    expect(
      attendanceDocumentSchema.parse(attendanceCollection.migrations?.[1]?.(unpaid)).doorPayment,
    ).toEqual({
      amount: 0,
      method: '',
      chequeNumber: '',
    });
  });
});
