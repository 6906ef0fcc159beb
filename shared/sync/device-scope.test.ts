import { describe, expect, it } from 'vitest';
import { deviceMayRead, deviceMayWrite, operationOf } from '@shared/sync/device-scope';

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

  it('refuses settings, receipts and member edits to a door device', () => {
    expect(deviceMayWrite('door', 'settings', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'settings', update()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'receipts', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'people', update({ origin: 'door' })).allowed).toBe(false);
    expect(deviceMayWrite('door', 'donations', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'events', update()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'users', insert()).allowed).toBe(false);
  });

  it('lets a door device check people in and take memberships created at the door', () => {
    expect(deviceMayWrite('door', 'attendance', insert())).toEqual({ allowed: true });
    expect(deviceMayWrite('door', 'attendance', update({ present: false }))).toEqual({ allowed: true });
    expect(deviceMayWrite('door', 'memberships', insert({ origin: 'door' }))).toEqual({ allowed: true });
    expect(deviceMayWrite('door', 'memberships', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'memberships', update({ origin: 'door' })).allowed).toBe(false);
    expect(deviceMayWrite('door', 'audit', insert())).toEqual({ allowed: true });
  });

  it('lets a door device register a walk-in, marked as made at the door, but not edit people', () => {
    expect(deviceMayWrite('door', 'people', insert({ origin: 'door' }))).toEqual({ allowed: true });
    expect(deviceMayWrite('door', 'people', insert()).allowed).toBe(false);
    expect(deviceMayWrite('door', 'people', update({ origin: 'door', _deleted: true })).allowed).toBe(false);
  });

  it('gives a reason the client can translate', () => {
    const decision = deviceMayWrite('door', 'settings', insert());
    expect(decision).toEqual({ allowed: false, reason: expect.stringMatching(/^[a-z]+\./) });
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
