import { describe, expect, it } from 'vitest';
import type { DoorPaymentLine } from '@shared/events/door-payment-lines';
import {
  doorPaid,
  doorPaymentFields,
  doorPaymentLines,
  lineDevice,
  NO_DOOR_PAYMENT,
  uniteDoorPayments,
} from '@shared/events/door-payment-lines';
import { foldEvent, mergeLateRow, rowOf, totalsOf } from '@shared/events/sheet-fold';
import { sheetDocumentSchema } from '@shared/events/sheet';
import { checkedIn, closingBy, makeAttendance, makeEvent } from '@shared/events/testing';
import { deviceMayReplace } from '@shared/sync/device-scope';
import type { Cents } from '@shared/money/cents';

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
    expect(lineDevice({ amount: 500 as Cents, method: 'especes', chequeNumber: '' }, record)).toBe('Porte 1');
  });

  it('unite in any order, each line once, the earliest first', () => {
    const sides = [[cheque, card], [cash], [card, cash]];
    const united = uniteDoorPayments(sides);
    expect(united).toEqual([cash, cheque, card]);
    expect(uniteDoorPayments([...sides].reverse())).toEqual(united);
    expect(uniteDoorPayments([united, united])).toEqual(united);
    expect(doorPaymentFields(united)).toEqual({ doorPayment: cash, otherDoorPayments: [cheque, card] });
    expect(doorPaymentFields([])).toEqual({ doorPayment: NO_DOOR_PAYMENT, otherDoorPayments: [] });
  });

  it('keep a line removed on one side (the office’s correction) removed, only against what both held', () => {
    expect(uniteDoorPayments([[card], [cash, cheque]], [cash, cheque])).toEqual([card]);
    // Without what both held, nothing is removed: money taken is never lost.
    expect(uniteDoorPayments([[card], [cash, cheque]])).toEqual([cash, cheque, card]);
  });
});

describe('a closed event’s sheet with a person who paid twice', () => {
  const event = makeEvent();
  const paul = makeAttendance(event.id, 'paul', {
    ...checkedIn('20:02'),
    doorPayment: cash,
    otherDoorPayments: [cheque],
  });
  const lea = makeAttendance(event.id, 'lea', { ...checkedIn('20:06'), doorPayment: card });

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
      makeAttendance(event.id, 'paul', { ...checkedIn('20:09', 'Porte 2'), doorPayment: cheque }),
    );
    const merged = mergeLateRow(rowOf(paul), late);
    expect([merged.doorPayment, ...(merged.otherDoorPayments ?? [])]).toEqual([cash, cheque]);
    expect(mergeLateRow(merged, late)).toEqual(merged);
    expect(totalsOf([merged]).takings.total).toBe(1000);
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
    expect(
      deviceMayReplace('office', 'attendance', stored, { doorPayment: card, otherDoorPayments: [] }),
    ).toEqual({
      allowed: true,
    });
  });
});
