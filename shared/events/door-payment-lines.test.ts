import { describe, expect, it } from 'vitest';
import type { DoorPaymentLine } from '@shared/events/door-payment-lines';
import {
  doorPaid,
  doorPaymentFields,
  doorPaymentLines,
  lineDevice,
  NO_DOOR_PAYMENT,
  uniteLines,
} from '@shared/events/door-payment-lines';
import { foldEvent, mergeLateRow, rowOf, totalsOf } from '@shared/events/sheet-fold';
import { sheetDocumentSchema } from '@shared/events/sheet';
import { checkedIn, closingBy, makeAttendance, makeEvent } from '@shared/events/testing';
import { deviceMayReplace } from '@shared/sync/device-scope';
import { doorTakings } from '@shared/events/door-payment';
import type { Cents } from '@shared/money/cents';
import { personId } from '@shared/testing/ids';

const line = (
  amount: number,
  method: DoorPaymentLine['method'],
  time: string,
  device = 'Porte 1',
  number = '',
) => ({
  amount: amount as Cents,
  method,
  chequeNumber: number,
  device,
  at: `2026-11-14T${time}:00.000Z`,
});
const cash = line(500, 'especes', '20:02');
const cheque = line(500, 'cheque', '20:05', 'Porte 2', '7781');
const card = line(300, 'carte', '20:30');

describe('door payments as lines', () => {
  it('reads a record’s payments, their total and the door of each', () => {
    const record = { doorPayment: cash, otherDoorPayments: [cheque], checkedInDevice: 'Porte 1' };
    expect(doorPaymentLines(record)).toEqual([cash, cheque]);
    expect(doorPaid(record)).toBe(1000);
    expect(doorPaid({ doorPayment: NO_DOOR_PAYMENT })).toBe(0);
    expect(lineDevice(cheque, record)).toBe('Porte 2');
    // A payment recorded before lines named their door: the check-in's door.
    const legacy: DoorPaymentLine = { amount: 500 as Cents, method: 'especes', chequeNumber: '' };
    expect(lineDevice(legacy, record)).toBe('Porte 1');
  });

  it('unite in any order, each line once, the earliest first', () => {
    const sides = [[cheque, card], [cash], [card, cash]];
    const united = uniteLines(sides);
    expect(united).toEqual([cash, cheque, card]);
    expect(uniteLines([...sides].reverse())).toEqual(united);
    expect(uniteLines([united, united])).toEqual(united);
    expect(doorPaymentFields(united)).toEqual({ doorPayment: cash, otherDoorPayments: [cheque, card] });
    expect(doorPaymentFields([])).toEqual({ doorPayment: NO_DOOR_PAYMENT, otherDoorPayments: [] });
  });

  it('keep a line removed on one side (the office’s correction) removed, only against what both held', () => {
    expect(uniteLines([[card], [cash, cheque]], [cash, cheque])).toEqual([card]);
    // Without what both held, nothing is removed: money taken is never lost.
    expect(uniteLines([[card], [cash, cheque]])).toEqual([cash, cheque, card]);
  });
});

describe('a closed event’s sheet with a person who paid twice', () => {
  const event = makeEvent();
  const paul = makeAttendance(event.id, personId('paul'), {
    ...checkedIn('20:02'),
    doorPayment: cash,
    otherDoorPayments: [cheque],
  });
  const lea = makeAttendance(event.id, personId('lea'), { ...checkedIn('20:06'), doorPayment: card });

  it('freezes both payments and counts each under its method', () => {
    const [sheet] = foldEvent(event, [paul, lea], closingBy());
    expect(sheet?.rows.find((row) => row.personId === 'paul')?.otherDoorPayments).toEqual([cheque]);
    // One payment: no list on the line, as lines frozen before it existed (their hash unchanged).
    expect(sheet?.rows.find((row) => row.personId === 'lea')).not.toHaveProperty('otherDoorPayments');
    expect(sheet?.totals.takings).toEqual({ especes: 500, cheque: 500, carte: 300, other: 0, total: 1300 });
    expect(sheetDocumentSchema.parse(sheet)).toEqual(sheet);
  });

  it('adds a late record’s payments to the line, each once', () => {
    const late = rowOf(
      makeAttendance(event.id, personId('paul'), { ...checkedIn('20:09', 'Porte 2'), doorPayment: cheque }),
    );
    const merged = mergeLateRow(rowOf(paul), late);
    expect([merged.doorPayment, ...(merged.otherDoorPayments ?? [])]).toEqual([cash, cheque]);
    expect(mergeLateRow(merged, late)).toEqual(merged);
    expect(totalsOf([merged]).takings.total).toBe(1000);
  });
});

describe('cotisations taken at two doors', () => {
  it('count in each door’s till, and freeze on the sheet', () => {
    const event = makeEvent();
    const sold = (membershipId: string, method: DoorPaymentLine['method'], time: string, device: string) => ({
      membershipId,
      amount: 1500 as Cents,
      method,
      chequeNumber: method === 'cheque' ? '3141' : '',
      device,
      at: `2026-11-14T${time}:00.000Z`,
    });
    const marc = makeAttendance(event.id, personId('marc'), {
      ...checkedIn('20:02'),
      doorMembership: sold('m-1', 'especes', '20:02', 'Porte 1'),
      otherDoorMemberships: [sold('m-2', 'cheque', '20:05', 'Porte 2')],
    });
    expect(doorTakings([marc], 'Porte 1').byMethod).toEqual({ especes: 1500, cheque: 0, carte: 0 });
    expect(doorTakings([marc], 'Porte 2').cheques).toEqual([
      { personId: personId('marc'), amount: 1500, number: '3141' },
    ]);
    const [sheet] = foldEvent(event, [marc], closingBy());
    expect(sheet?.rows[0]?.otherDoorMemberships).toEqual([sold('m-2', 'cheque', '20:05', 'Porte 2')]);
    expect(sheet?.totals.takings).toMatchObject({ especes: 1500, cheque: 1500, total: 3000 });
  });
});

describe('what a door may change of the money taken', () => {
  it('adds a line; never removes one, even for a larger first line', () => {
    const stored = { doorPayment: cash, otherDoorPayments: [cheque] };
    expect(
      deviceMayReplace('door', 'attendance', stored, { ...stored, otherDoorPayments: [cheque, card] }),
    ).toEqual({
      allowed: true,
    });
    expect(
      deviceMayReplace('door', 'attendance', stored, {
        doorPayment: { ...cash, amount: 800 },
        otherDoorPayments: [],
      }),
    ).toEqual({ allowed: false, reason: 'sync.scope.doorPaymentLowered' });
    // Nor a cotisation taken at the door: replaced by another, it is refused too.
    const sold = { membershipId: 'm-1', amount: 1500, method: 'especes', chequeNumber: '' };
    expect(
      deviceMayReplace(
        'door',
        'attendance',
        { ...stored, doorMembership: sold },
        { ...stored, doorMembership: { ...sold, membershipId: 'm-2' } },
      ),
    ).toEqual({ allowed: false, reason: 'sync.scope.doorPaymentLowered' });
    expect(
      deviceMayReplace('office', 'attendance', stored, { doorPayment: card, otherDoorPayments: [] }),
    ).toEqual({
      allowed: true,
    });
  });
});
