import { describe, expect, it } from 'vitest';
import { mergeAttendance } from '@shared/events/attendance-merge';

const record = (changes: Record<string, unknown> = {}) => ({
  id: 'a1',
  eventId: 'e',
  personId: 'p',
  registered: false,
  present: false,
  checkedInAt: '',
  checkedInBy: '',
  checkedInDevice: '',
  proxyHolderId: '',
  doorPayment: { amount: 0, method: '' },
  notes: '',
  updatedAt: '2026-11-14T19:00:00.000Z',
  updatedBy: 'u',
  deviceId: 'd',
  ...changes,
});
const at = (time: string, door: string) => ({
  present: true,
  checkedInAt: `2026-11-14T${time}:00.000Z`,
  checkedInBy: `user-${door}`,
  checkedInDevice: door,
  updatedAt: `2026-11-14T${time}:30.000Z`,
});

describe('two doors, one attendance record', () => {
  it('keeps the earliest check-in, whichever door sends first', () => {
    const base = record({ registered: true });
    const porte1 = record({ registered: true, ...at('19:02', 'Porte 1') });
    const porte2 = record({ registered: true, ...at('19:05', 'Porte 2') });
    for (const [ours, theirs] of [
      [porte1, porte2],
      [porte2, porte1],
    ] as const) {
      const { document, lost } = mergeAttendance(ours, theirs, base);
      expect(document).toMatchObject({
        present: true,
        checkedInAt: '2026-11-14T19:02:00.000Z',
        checkedInDevice: 'Porte 1',
        registered: true,
      });
      expect(lost).toEqual([]);
    }
  });

  it('keeps a check-in over an undo made elsewhere, and a registration over none', () => {
    const { document } = mergeAttendance(
      record(at('19:02', 'Porte 1')),
      record({ registered: true }),
      record(),
    );
    expect(document).toMatchObject({ present: true, registered: true, checkedInDevice: 'Porte 1' });
  });

  const paid = (amount: number, method: string, time: string, device: string, chequeNumber = '') => ({
    amount,
    method,
    chequeNumber,
    device,
    at: `2026-11-14T${time}:00.000Z`,
  });
  const payments = (document: Record<string, unknown>) => [
    document.doorPayment,
    ...(document.otherDoorPayments as unknown[]),
  ];

  it('never loses money taken at two doors, and keeps each cheque with its number', () => {
    // Two doors offline both charged Paul: cash at one, a cheque at the other.
    const cash = paid(500, 'especes', '19:02', 'Porte 1');
    const cheque = paid(500, 'cheque', '19:05', 'Porte 2', '7781');
    const porte1 = record({ ...at('19:02', 'Porte 1'), doorPayment: cash });
    const porte2 = record({ ...at('19:05', 'Porte 2'), doorPayment: cheque });
    for (const base of [undefined, record()]) {
      for (const [ours, theirs] of [
        [porte1, porte2],
        [porte2, porte1],
      ] as const) {
        const { document, lost } = mergeAttendance(ours, theirs, base);
        expect(payments(document)).toEqual([cash, cheque]);
        expect(lost).toEqual([]);
        // Merged again with either side (a second conflict, another device): nothing counted twice.
        expect(mergeAttendance(document, porte2, base).document).toEqual(document);
        expect(mergeAttendance(porte1, document, base).document).toEqual(document);
      }
    }
  });

  it('keeps every payment added on each side over what both started from', () => {
    const first = paid(300, 'especes', '18:50', 'Porte 1');
    const base = record({ doorPayment: first });
    const ours = record({
      ...at('19:02', 'Porte 1'),
      doorPayment: first,
      otherDoorPayments: [paid(500, 'especes', '19:02', 'Porte 1')],
    });
    const theirs = record({
      ...at('19:05', 'Porte 2'),
      doorPayment: first,
      otherDoorPayments: [paid(1300, 'cheque', '19:05', 'Porte 2', '7781')],
    });
    const { document } = mergeAttendance(ours, theirs, base);
    expect(payments(document)).toEqual([
      first,
      paid(500, 'especes', '19:02', 'Porte 1'),
      paid(1300, 'cheque', '19:05', 'Porte 2', '7781'),
    ]);
  });

  it('keeps the office’s correction over the payments it replaced, and a door’s later payment', () => {
    const [cash, cheque] = [
      paid(500, 'especes', '19:02', 'Porte 1'),
      paid(500, 'cheque', '19:05', 'Porte 2', '12'),
    ];
    const base = record({ doorPayment: cash, otherDoorPayments: [cheque] });
    const corrected = { ...cash, amount: 800 };
    const office = record({
      doorPayment: corrected,
      otherDoorPayments: [],
      updatedAt: '2026-11-15T09:00:00.000Z',
    });
    const late = paid(200, 'carte', '19:30', 'Porte 1');
    const door = record({ doorPayment: cash, otherDoorPayments: [cheque, late] });
    for (const [ours, theirs] of [
      [office, door],
      [door, office],
    ] as const) {
      expect(payments(mergeAttendance(ours, theirs, base).document)).toEqual([corrected, late]);
    }
  });

  it('keeps both cotisations two doors sold the same person offline, each for its own till', () => {
    const sold = (membershipId: string, method: string, time: string, device: string, chequeNumber = '') => ({
      membershipId,
      amount: 1500,
      method,
      chequeNumber,
      device,
      at: `2026-11-14T${time}:00.000Z`,
    });
    const porte1 = record({
      ...at('19:02', 'Porte 1'),
      doorMembership: sold('m-1', 'especes', '19:02', 'Porte 1'),
    });
    const porte2 = record({
      ...at('19:05', 'Porte 2'),
      doorMembership: sold('m-2', 'cheque', '19:05', 'Porte 2', '3141'),
    });
    for (const [ours, theirs] of [
      [porte1, porte2],
      [porte2, porte1],
    ] as const) {
      const { document, lost } = mergeAttendance(ours, theirs, record());
      expect([document.doorMembership, ...(document.otherDoorMemberships as unknown[])]).toEqual([
        sold('m-1', 'especes', '19:02', 'Porte 1'),
        sold('m-2', 'cheque', '19:05', 'Porte 2', '3141'),
      ]);
      expect(lost).toEqual([]);
      expect(mergeAttendance(document, porte2, record()).document).toEqual(document);
    }
  });

  it('merges the other fields as any document, a lost note reported', () => {
    const base = record();
    const { document, lost } = mergeAttendance(
      record({ notes: 'allergie', updatedAt: '2026-11-14T19:10:00.000Z' }),
      record({ notes: 'fauteuil', updatedAt: '2026-11-14T19:11:00.000Z' }),
      base,
    );
    expect(document.notes).toBe('fauteuil');
    expect(lost.map((value) => value.field)).toEqual(['notes']);
  });
});

describe('a proxy recorded on one device, a check-in on another', () => {
  it('keeps both: the office’s proxy and the door’s check-in of the same absent-then-present giver', () => {
    const base = record({ registered: true });
    const office = record({
      registered: true,
      proxyHolderId: 'holder',
      updatedAt: '2026-11-14T18:00:00.000Z',
    });
    const door = record({ registered: true, ...at('19:02', 'Porte 1') });
    for (const [ours, theirs] of [
      [office, door],
      [door, office],
    ] as const) {
      const { document } = mergeAttendance(ours, theirs, base);
      // The proxy stays recorded; the quorum does not count it while its giver is present.
      expect(document).toMatchObject({ proxyHolderId: 'holder', present: true, checkedInDevice: 'Porte 1' });
    }
  });

  it('two devices giving the proxy to different holders: the later one stands, the other is journalled', () => {
    const base = record();
    const early = record({ proxyHolderId: 'anne', updatedAt: '2026-11-14T18:00:00.000Z' });
    const late = record({ proxyHolderId: 'bruno', updatedAt: '2026-11-14T18:05:00.000Z' });
    const { document, lost } = mergeAttendance(early, late, base);
    expect(document.proxyHolderId).toBe('bruno');
    expect(lost.map((value) => value.field)).toContain('proxyHolderId');
  });
});
