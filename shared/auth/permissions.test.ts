import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  actionsForWrite,
  allowedActions,
  can,
  canWrite,
  rolesAllowed,
} from '@shared/auth/permissions';
import type { Action } from '@shared/auth/permissions';
import { ROLES } from '@shared/auth/roles';
import type { Role } from '@shared/auth/roles';

/** The whole matrix written out by hand: a change to the rules must change this table too. */
const EXPECTED: Record<Action, Role[]> = {
  'people.search': ['admin', 'secretary', 'treasurer', 'door'],
  'people.readDetails': ['admin', 'secretary', 'treasurer'],
  'people.create': ['admin', 'secretary', 'treasurer'],
  'people.registerWalkIn': ['admin', 'secretary', 'treasurer', 'door'],
  'people.update': ['admin', 'secretary', 'treasurer'],
  'people.delete': ['admin', 'secretary', 'treasurer'],
  'people.merge': ['admin', 'secretary', 'treasurer'],
  'people.erase': ['admin'],
  'memberships.read': ['admin', 'secretary', 'treasurer'],
  'memberships.create': ['admin', 'secretary', 'treasurer'],
  'memberships.takeAtDoor': ['admin', 'secretary', 'treasurer', 'door'],
  'memberships.update': ['admin', 'secretary', 'treasurer'],
  'memberships.delete': ['admin', 'secretary', 'treasurer'],
  'events.read': ['admin', 'secretary', 'treasurer', 'door'],
  'events.manage': ['admin', 'secretary', 'treasurer'],
  'attendance.checkIn': ['admin', 'secretary', 'treasurer', 'door'],
  'events.countCash': ['admin', 'secretary', 'treasurer', 'door'],
  'attendance.manage': ['admin', 'secretary', 'treasurer'],
  'events.close': ['admin', 'secretary', 'treasurer'],
  'sheets.read': ['admin', 'secretary', 'treasurer'],
  'donations.read': ['admin', 'treasurer'],
  'donations.manage': ['admin', 'treasurer'],
  'receipts.read': ['admin', 'treasurer'],
  'receipts.issue': ['admin', 'treasurer'],
  'receipts.cancel': ['admin', 'treasurer'],
  'deposits.read': ['admin', 'treasurer'],
  'deposits.manage': ['admin', 'treasurer'],
  'settings.read': ['admin', 'secretary', 'treasurer'],
  'settings.manage': ['admin'],
  'users.manage': ['admin'],
  'audit.read': ['admin'],
  'data.import': ['admin', 'secretary', 'treasurer'],
  'data.export': ['admin', 'secretary', 'treasurer'],
  'data.exportPerson': ['admin'],
  'data.backup': ['admin'],
  'reports.read': ['admin', 'secretary', 'treasurer'],
};

const rolesAllowedToExportPerson = () => ROLES.filter((role) => can(role, 'data.exportPerson').allowed);

describe('the permission matrix', () => {
  it('lists every action once in the expected table', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const allowed = EXPECTED[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        const decision = can(role, action);
        expect(decision.allowed).toBe(allowed);
        if (!decision.allowed) {
          expect(decision).toMatchObject({ reason: 'permissions.denied', action });
          expect(decision.allowedRoles).toEqual(EXPECTED[action]);
        }
      });
    }
  }

  it('gives a person’s whole data only to who may read every part of it', () => {
    for (const role of rolesAllowedToExportPerson()) {
      for (const part of [
        'people.readDetails',
        'memberships.read',
        'donations.read',
        'receipts.read',
        'audit.read',
      ] as const) {
        expect(can(role, part).allowed, `${role} ${part}`).toBe(true);
      }
    }
  });

  it('keeps the door away from addresses, donations, receipts and deposit slips', () => {
    const door = allowedActions('door');
    expect(door).not.toContain('people.readDetails');
    expect(door.some((a) => /^(donations|receipts|deposits)\./.test(a))).toBe(false);
  });

  it('opens the reports to the office only: never to the door, which sees no money', () => {
    expect(can('door', 'reports.read')).toMatchObject({ allowed: false, action: 'reports.read' });
    for (const role of rolesAllowed('reports.read')) {
      expect(can(role, 'people.readDetails').allowed, role).toBe(true);
    }
  });
});

describe('writes', () => {
  it('maps each write to the actions that allow it', () => {
    expect(actionsForWrite('settings', 'update')).toEqual(['settings.manage']);
    expect(actionsForWrite('people', 'insert')).toEqual(['people.create']);
    expect(actionsForWrite('people', 'insert', { origin: 'door' })).toEqual([
      'people.create',
      'people.registerWalkIn',
    ]);
    // A walk-in renumbered by its door after a 409; the device scope allows the number alone.
    expect(actionsForWrite('people', 'update', { origin: 'door' })).toEqual([
      'people.update',
      'people.registerWalkIn',
    ]);
    expect(actionsForWrite('people', 'update', { origin: 'office' })).toEqual(['people.update']);
    expect(actionsForWrite('audit', 'insert')).toBeNull();
  });

  it('lets the door register a walk-in and take a fee at the door, nothing more', () => {
    expect(canWrite('door', 'people', 'insert', { origin: 'door' }).allowed).toBe(true);
    expect(canWrite('door', 'memberships', 'insert', { origin: 'door' }).allowed).toBe(true);
    expect(canWrite('door', 'attendance', 'insert').allowed).toBe(true);
    expect(canWrite('door', 'attendance', 'update').allowed).toBe(true);
    // Undoing a check-in is a field change: deleting the record (and its door payment) is not the door's.
    expect(canWrite('door', 'attendance', 'delete')).toMatchObject({
      allowed: false,
      action: 'attendance.manage',
    });
    expect(canWrite('secretary', 'attendance', 'delete').allowed).toBe(true);
    expect(canWrite('door', 'people', 'insert')).toEqual({
      allowed: false,
      reason: 'permissions.denied',
      action: 'people.create',
      allowedRoles: ['admin', 'secretary', 'treasurer'],
    });
    expect(canWrite('door', 'people', 'update').allowed).toBe(false);
    expect(canWrite('door', 'settings', 'update').allowed).toBe(false);
    expect(canWrite('door', 'donations', 'insert').allowed).toBe(false);
  });

  it('refuses everyone on system-only collections', () => {
    for (const role of ROLES)
      expect(canWrite(role, 'audit', 'update')).toEqual({
        allowed: false,
        reason: 'permissions.systemOnly',
        allowedRoles: [],
      });
  });

  it('lets only administrators erase a person: the tombstone, and the journal values it erases', () => {
    const tombstone = { erasedOn: '2026-09-10' };
    const rewrite = { erasedBy: 'erasure-1' };
    expect(actionsForWrite('people', 'update', tombstone)).toEqual(['people.erase']);
    expect(actionsForWrite('audit', 'update', rewrite)).toEqual(['people.erase']);
    // Appending stays the system's, deleting an entry nobody's.
    expect(actionsForWrite('audit', 'insert', rewrite)).toBeNull();
    expect(actionsForWrite('audit', 'delete', rewrite)).toBeNull();
    for (const role of ROLES) {
      const allowed = role === 'admin';
      expect(canWrite(role, 'people', 'update', tombstone).allowed, role).toBe(allowed);
      expect(canWrite(role, 'audit', 'update', rewrite).allowed, role).toBe(allowed);
    }
    expect(canWrite('secretary', 'people', 'update', tombstone)).toMatchObject({
      allowed: false,
      action: 'people.erase',
      allowedRoles: ['admin'],
    });
    // An ordinary edit is still the secretary's.
    expect(canWrite('secretary', 'people', 'update', { erasedOn: '' }).allowed).toBe(true);
  });
});
