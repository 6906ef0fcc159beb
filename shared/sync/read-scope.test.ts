import { describe, expect, it } from 'vitest';
import { ROLES } from '@shared/auth/roles';
import { householdDocumentSchema } from '@shared/members/household';
import { membershipDocumentSchema } from '@shared/members/membership';
import { personDocumentSchema } from '@shared/members/person';
import { makeHousehold, makeMembership, makePerson } from '@shared/members/testing';
import { collectionSpecs } from '@shared/schema/collections';
import {
  completeProjected,
  deviceReadAccess,
  isWithdrawn,
  mergeProjectedWrite,
  project,
  readAccess,
  withdrawn,
} from '@shared/sync/read-scope';

const person = makePerson({
  id: 'p1',
  firstName: 'Léa',
  lastName: 'Morel',
  memberNumber: 'AD-0042',
  householdId: 'h1',
  email: 'lea@example.org',
  phone: '06 12 34 56 78',
  birthDate: '1990-04-02',
  address: { line1: '3 rue des Tilleuls', line2: '', postalCode: '19000', city: 'Tulle', country: '' },
  notes: 'Allergique aux arachides',
});

const secret = {
  algorithm: 'PBKDF2-SHA256',
  iterations: 600_000,
  salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
  hash: 'x'.repeat(44),
};
const account = (id: string, role: string) => ({
  id,
  createdAt: '2026-09-01T08:00:00.000Z',
  updatedAt: '2026-09-01T08:00:00.000Z',
  updatedBy: 'u',
  deviceId: 'd',
  name: id,
  role,
  secretKind: role === 'door' ? 'pin' : 'password',
  secret,
  disabled: false,
  _deleted: false,
});

describe('readAccess', () => {
  it('gives every role something of every collection it may act on, from the permission matrix', () => {
    for (const collection of Object.keys(collectionSpecs)) {
      expect(readAccess('admin', collection), collection).toEqual({ kind: 'all' });
    }
    expect(readAccess('door', 'donations')).toEqual({ kind: 'none' });
    expect(readAccess('door', 'receipts')).toEqual({ kind: 'none' });
    expect(readAccess('door', 'audit')).toEqual({ kind: 'none' });
    expect(readAccess('secretary', 'donations')).toEqual({ kind: 'none' });
    expect(readAccess('treasurer', 'donations')).toEqual({ kind: 'all' });
    expect(readAccess('door', 'events')).toEqual({ kind: 'all' });
    expect(readAccess('door', 'attendance')).toEqual({ kind: 'all' });
    expect(readAccess('door', 'people').kind).toBe('some');
    expect(readAccess('secretary', 'people')).toEqual({ kind: 'all' });
    expect(readAccess('door', 'unknown')).toEqual({ kind: 'none' });
  });

  it('reads a device scope as its role: an office device everything, a door device the door role', () => {
    for (const collection of Object.keys(collectionSpecs)) {
      expect(deviceReadAccess('office', collection)).toEqual({ kind: 'all' });
      expect(deviceReadAccess('door', collection)).toEqual(readAccess('door', collection));
    }
    for (const role of ROLES) expect(readAccess(role, 'events').kind).toBe('all');
  });
});

describe('project', () => {
  it('shows a door device the names, number and household of a person, no contact, address or notes', () => {
    const shown = project(readAccess('door', 'people'), { ...person, _deleted: false });
    expect(shown).toEqual({
      id: 'p1',
      createdAt: person.createdAt,
      updatedAt: person.updatedAt,
      updatedBy: person.updatedBy,
      deviceId: person.deviceId,
      _deleted: false,
      kind: 'person',
      firstName: 'Léa',
      lastName: 'Morel',
      memberNumber: 'AD-0042',
      formerMemberNumbers: [],
      householdId: 'h1',
    });
    expect(JSON.stringify(shown)).not.toMatch(/Tilleuls|example\.org|06 12|1990|arachides/);
    // What the device receives is still a person to its schema (defaults fill the rest).
    const { _deleted: _, ...fields } = shown ?? {};
    expect(personDocumentSchema.safeParse(fields).success).toBe(true);
  });

  it('shows memberships without money, completed on the device so that its schema holds', () => {
    const paid = makeMembership({
      id: 'm1',
      holderId: 'p1',
      seasonId: 's1',
      amount: 4500,
      paymentMethod: 'cheque',
      chequeNumber: '1234567',
      paymentReference: 'VIR-12',
      notes: 'payé par la mairie',
    });
    const access = readAccess('door', 'memberships');
    const shown = project(access, paid);
    expect(shown).not.toHaveProperty('amount');
    expect(JSON.stringify(shown)).not.toMatch(/4500|1234567|VIR-12|mairie|cheque/);
    expect(shown).toMatchObject({ holderId: 'p1', seasonId: 's1', tariffId: 'adulte', paidOn: '2025-09-06' });
    const completed = completeProjected(access, shown ?? {});
    expect(membershipDocumentSchema.safeParse(completed).success).toBe(true);
    expect(completed).toMatchObject({ amount: 0, chequeNumber: '' });
    // An office device's documents are never completed: they are whole.
    expect(completeProjected(readAccess('admin', 'memberships'), paid)).toEqual(paid);
  });

  it('shows a household by its name only', () => {
    const household = makeHousehold({ id: 'h1', notes: 'séparés', address: person.address });
    const shown = project(readAccess('door', 'households'), household);
    expect(JSON.stringify(shown)).not.toMatch(/séparés|Tilleuls/);
    expect(householdDocumentSchema.safeParse(shown).success).toBe(true);
  });

  it('shows a door device the door accounts with their PIN verifier, and no other account', () => {
    const access = readAccess('door', 'users');
    expect(project(access, account('pin', 'door'))).toEqual(account('pin', 'door'));
    for (const role of ['admin', 'treasurer', 'secretary']) {
      expect(project(access, account(role, role))).toBeNull();
    }
    expect(project(readAccess('admin', 'users'), account('admin', 'admin'))).toEqual(
      account('admin', 'admin'),
    );
    // A recovery verifier, even one wrongly set on a door account, never goes to the door.
    const withRecovery = { ...account('pin', 'door'), recovery: secret };
    expect(project(access, withRecovery)).toEqual(account('pin', 'door'));
    expect(project(readAccess('admin', 'users'), withRecovery)).toEqual(withRecovery);
  });

  it('shows a door device the settings of the entrance only', () => {
    const access = readAccess('door', 'settings');
    const setting = (id: string) => ({ id, value: {}, _deleted: false });
    for (const id of ['organisation', 'security', 'seasons'])
      expect(project(access, setting(id))).not.toBeNull();
    expect(project(access, setting('custom-fields'))).toBeNull();
  });

  it('tells a withdrawn document by its shape', () => {
    expect(withdrawn('x')).toEqual({ id: 'x', _deleted: true });
    expect(isWithdrawn(withdrawn('x'))).toBe(true);
    expect(isWithdrawn({ id: 'x', _deleted: true, name: 'a' })).toBe(false);
    expect(isWithdrawn({ id: 'x', _deleted: false })).toBe(false);
  });
});

describe('mergeProjectedWrite', () => {
  it('keeps every hidden field of the stored document whatever the device sends', () => {
    const access = readAccess('door', 'people');
    const fromDoor = completeProjected(access, project(access, person) ?? {});
    const blanked = personDocumentSchema.parse({
      ...fromDoor,
      lastName: 'Morel-Petit',
      notes: '',
      email: '',
    });
    const merged = mergeProjectedWrite(access, person, blanked);
    expect(merged).toEqual({ ...person, lastName: 'Morel-Petit', updatedAt: blanked.updatedAt });
  });

  it('takes the whole document from a device that reads all of it, or when nothing is stored', () => {
    const next = { ...person, notes: '' };
    expect(mergeProjectedWrite(readAccess('admin', 'people'), person, next)).toBe(next);
    expect(mergeProjectedWrite(readAccess('door', 'people'), undefined, next)).toBe(next);
  });
});
