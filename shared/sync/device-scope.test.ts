import { describe, expect, it } from 'vitest';
import { deviceMayRead, deviceMayReplace, deviceMayWrite, operationOf } from '@shared/sync/device-scope';

const doc = (extra: Record<string, unknown> = {}) => ({ id: 'd1', _deleted: false, ...extra });
const insert = (extra?: Record<string, unknown>) => ({ newDocumentState: doc(extra) });
const update = (extra?: Record<string, unknown>) => ({
  assumedMasterState: doc(),
  newDocumentState: doc(extra),
});

describe('operationOf', () => {
  it('reads insert, update and delete from the row', () => {
    expect(operationOf(insert())).toBe('insert');
    expect(operationOf({ assumedMasterState: null, newDocumentState: doc() })).toBe('insert');
    expect(operationOf(update({ name: 'x' }))).toBe('update');
    expect(operationOf(update({ _deleted: true }))).toBe('delete');
    expect(
      operationOf({ assumedMasterState: doc({ _deleted: true }), newDocumentState: doc({ _deleted: true }) }),
    ).toBe('update');
  });
});

describe('deviceMayWrite', () => {
  it('lets an office device write every collection but never edit the audit log', () => {
    for (const collection of ['settings', 'people', 'receipts', 'attendance', 'memberships']) {
      expect(deviceMayWrite('office', collection, update())).toEqual({ allowed: true });
    }
    expect(deviceMayWrite('office', 'audit', insert())).toEqual({ allowed: true });
    expect(deviceMayWrite('office', 'audit', update()).allowed).toBe(false);
  });

  it('lets an office device, never a door, send an erasure’s rewrite of an entry (the store judges it)', () => {
    const rewrite = update({ erasedBy: 'erasure-1' });
    expect(deviceMayWrite('office', 'audit', rewrite)).toEqual({ allowed: true });
    expect(deviceMayWrite('door', 'audit', rewrite)).toEqual({
      allowed: false,
      reason: 'sync.scope.appendOnly',
    });
    // Deleting an entry stays refused, erasure or not.
    expect(deviceMayWrite('office', 'audit', update({ erasedBy: 'erasure-1', _deleted: true })).allowed).toBe(
      false,
    );
    // A tombstone is the administrators' (people.erase): never a door device's.
    expect(deviceMayWrite('door', 'people', update({ erasedOn: '2026-09-10' })).allowed).toBe(false);
  });

  it('refuses settings, receipts and member edits to a door device', () => {
    expect(deviceMayWrite('door', 'settings', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'settings', update()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'receipts', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'people', update({ origin: 'office' })).allowed).toBe(false);
    expect(deviceMayWrite('door', 'donations', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'events', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'events', update({ _deleted: true })).allowed).toBe(false);
    expect(deviceMayWrite('door', 'users', insert()).allowed).toBe(false);
  });

  it('lets a door device check people in and take memberships created at the door', () => {
    expect(deviceMayWrite('door', 'attendance', insert())).toEqual({ allowed: true });
    expect(deviceMayWrite('door', 'attendance', update({ present: false }))).toEqual({ allowed: true });
    expect(deviceMayWrite('door', 'memberships', insert({ origin: 'door' }))).toEqual({ allowed: true });
    expect(deviceMayWrite('door', 'memberships', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'memberships', update({ origin: 'door' })).allowed).toBe(false);
    expect(
      deviceMayWrite('door', 'audit', insert({ action: 'check-in', collectionName: 'attendance' })),
    ).toEqual({
      allowed: true,
    });
  });

  it('lets a door device journal only what the entrance does', () => {
    const entry = (action: string, collectionName: string) => insert({ action, collectionName });
    for (const allowed of [
      entry('check-in', 'attendance'),
      entry('update', 'attendance'),
      entry('create', 'people'),
      entry('create', 'memberships'),
      entry('login', ''),
      entry('login-failed', ''),
      entry('lock', ''),
      entry('conflict-merged', 'attendance'),
      // A walk-in renumbered after a 409 (deviceMayReplace holds it to the number).
      entry('update', 'people'),
    ]) {
      expect(deviceMayWrite('door', 'audit', allowed), JSON.stringify(allowed)).toEqual({ allowed: true });
    }
    for (const refused of [
      entry('receipt-cancel', 'receipts'),
      entry('receipt-issue', 'receipts'),
      entry('delete', 'attendance'),
      entry('update', 'donations'),
      entry('create', 'settings'),
      entry('export', ''),
      entry('import', 'people'),
    ]) {
      expect(deviceMayWrite('door', 'audit', refused), JSON.stringify(refused)).toEqual({
        allowed: false,
        reason: 'sync.scope.auditAction',
      });
    }
    expect(deviceMayWrite('office', 'audit', entry('receipt-cancel', 'receipts'))).toEqual({ allowed: true });
  });

  it('never lets a door device delete attendance', () => {
    expect(deviceMayWrite('door', 'attendance', update({ _deleted: true })).allowed).toBe(false);
    expect(deviceMayWrite('office', 'attendance', update({ _deleted: true })).allowed).toBe(true);
  });
});

describe('deviceMayReplace', () => {
  const attendance = (amount: number, extra: Record<string, unknown> = {}) =>
    doc({ doorPayment: { amount, method: amount > 0 ? 'especes' : '' }, ...extra });

  it('lets a door device record a door payment or add one, never change, lower, clear or delete it', () => {
    expect(deviceMayReplace('door', 'attendance', attendance(0), attendance(500))).toEqual({ allowed: true });
    const second = {
      amount: 300,
      method: 'cheque',
      chequeNumber: '12',
      device: 'Porte 2',
      at: '2026-11-14T20:00:00.000Z',
    };
    expect(
      deviceMayReplace(
        'door',
        'attendance',
        attendance(500),
        attendance(500, { otherDoorPayments: [second] }),
      ),
    ).toEqual({ allowed: true });
    // Changed in place, even upward, it is no longer the payment recorded: the office corrects.
    expect(deviceMayReplace('door', 'attendance', attendance(500), attendance(800))).toEqual({
      allowed: false,
      reason: 'sync.scope.doorPaymentLowered',
    });
    expect(
      deviceMayReplace(
        'door',
        'attendance',
        attendance(500, { otherDoorPayments: [second] }),
        attendance(800, { otherDoorPayments: [] }),
      ),
    ).toEqual({ allowed: false, reason: 'sync.scope.doorPaymentLowered' });
    expect(
      deviceMayReplace('door', 'attendance', attendance(500), attendance(500, { present: false })),
    ).toEqual({
      allowed: true,
    });
    expect(deviceMayReplace('door', 'attendance', attendance(500), attendance(300))).toEqual({
      allowed: false,
      reason: 'sync.scope.doorPaymentLowered',
    });
    expect(deviceMayReplace('door', 'attendance', attendance(500), doc({})).allowed).toBe(false);
    expect(deviceMayReplace('door', 'attendance', attendance(0), attendance(0, { _deleted: true }))).toEqual({
      allowed: false,
      reason: 'sync.scope.doorDelete',
    });
  });

  it('leaves corrections to the office', () => {
    expect(deviceMayReplace('office', 'attendance', attendance(500), attendance(0))).toEqual({
      allowed: true,
    });
    expect(
      deviceMayReplace('office', 'attendance', attendance(500), attendance(500, { _deleted: true })),
    ).toEqual({ allowed: true });
  });

  it('lets a door device register a walk-in, marked as made at the door, but not edit people', () => {
    expect(deviceMayWrite('door', 'people', insert({ origin: 'door' }))).toEqual({ allowed: true });
    expect(deviceMayWrite('door', 'people', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'people', update({ origin: 'door', _deleted: true })).allowed).toBe(false);
  });

  it('lets a door renumber a walk-in it registered, and change nothing else of anyone', () => {
    const walkIn = doc({ origin: 'door', firstName: 'Léa', lastName: 'Roy', memberNumber: 'B-0007' });
    const renumbered = { ...walkIn, memberNumber: 'B-0008', updatedAt: 'later', updatedBy: 'porte-1' };
    expect(deviceMayReplace('door', 'people', walkIn, renumbered)).toEqual({ allowed: true });
    expect(deviceMayReplace('door', 'people', walkIn, { ...renumbered, lastName: 'Rey' })).toEqual({
      allowed: false,
      reason: 'sync.scope.doorPerson',
    });
    const member = { ...walkIn, origin: 'office' };
    expect(deviceMayReplace('door', 'people', member, { ...member, memberNumber: 'B-0008' }).allowed).toBe(
      false,
    );
    expect(deviceMayReplace('door', 'people', walkIn, { ...renumbered, origin: 'office' }).allowed).toBe(
      false,
    );
    expect(deviceMayReplace('office', 'people', member, { ...member, lastName: 'Rey' })).toEqual({
      allowed: true,
    });
  });

  it('gives a reason the client can translate', () => {
    const decision = deviceMayWrite('door', 'settings', insert());
    expect(decision).toEqual({ allowed: false, reason: expect.stringMatching(/^[a-z]+\./) });
  });
});

describe('deviceMayReplace, events', () => {
  const count = (id: string, counted = 1250) => ({
    id,
    device: 'Porte 1',
    countedAt: '2026-11-14T23:00:00.000Z',
    countedBy: 'porte-1',
    recorded: 1250,
    counted,
    cheques: [{ number: '8812', amount: 1200 }],
    card: 0,
  });
  const loto = (fields: Record<string, unknown> = {}) =>
    doc({ title: 'Loto', capacity: 200, cashCounts: [], ...fields });

  it('lets a door device add its cash count to an event, and nothing else', () => {
    const counted = loto({ cashCounts: [count('c1')], updatedAt: '2026-11-14T23:00:00.000Z' });
    expect(deviceMayReplace('door', 'events', loto(), counted)).toEqual({ allowed: true });
    expect(
      deviceMayReplace('door', 'events', counted, loto({ cashCounts: [count('c1'), count('c2')] })),
    ).toEqual({
      allowed: true,
    });
    for (const next of [
      loto({ cashCounts: [count('c1')], title: 'Loto gratuit' }),
      loto({ cashCounts: [count('c1')], capacity: 0 }),
      loto({ cashCounts: [count('c1')], closedOn: '', cancelledOn: '2026-11-14' }),
    ]) {
      expect(deviceMayReplace('door', 'events', loto(), next)).toEqual({
        allowed: false,
        reason: 'sync.scope.doorEvent',
      });
    }
    // A saved count is neither lowered nor removed from the door.
    expect(
      deviceMayReplace('door', 'events', counted, loto({ cashCounts: [count('c1', 900)] })).allowed,
    ).toBe(false);
    expect(deviceMayReplace('door', 'events', counted, loto()).allowed).toBe(false);
    expect(deviceMayReplace('office', 'events', loto(), loto({ title: 'Loto gratuit' }))).toEqual({
      allowed: true,
    });
  });
});

describe('deviceMayRead', () => {
  it('gives an office device everything, and a door device what letting people in needs', () => {
    for (const collection of [
      'people',
      'households',
      'memberships',
      'events',
      'attendance',
      'users',
      'settings',
    ]) {
      expect(deviceMayRead('office', collection)).toBe(true);
      expect(deviceMayRead('door', collection), collection).toBe(true);
    }
    for (const collection of ['donations', 'receipts', 'audit']) {
      expect(deviceMayRead('office', collection)).toBe(true);
      expect(deviceMayRead('door', collection), collection).toBe(false);
    }
  });
});
