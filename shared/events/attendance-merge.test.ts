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

  it('never loses money taken at two doors', () => {
    const base = record({ doorPayment: { amount: 300, method: 'especes' } });
    const ours = record({ ...at('19:02', 'Porte 1'), doorPayment: { amount: 800, method: 'especes' } });
    const theirs = record({
      ...at('19:05', 'Porte 2'),
      doorPayment: { amount: 1300, method: 'cheque', chequeNumber: '7781' },
    });
    expect(mergeAttendance(ours, theirs, base).document.doorPayment).toEqual({
      amount: 1800,
      method: 'cheque',
      chequeNumber: '7781',
    });
    // Without what both started from: the larger, never the sum of a copy and its original.
    expect(mergeAttendance(ours, theirs).document.doorPayment).toEqual({
      amount: 1300,
      method: 'cheque',
      chequeNumber: '7781',
    });
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
