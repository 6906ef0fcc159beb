import { ROLES } from '@shared/auth/roles';
import type { Role } from '@shared/auth/roles';

/**
 * The permission matrix: one pure function used by the UI (hide or disable with a reason), by
 * the data layer (refuse the write whatever the UI did) and, for device scopes, by the server.
 * Actions are named for what a person does, not for the collection touched.
 */
export const ACTIONS = [
  // People and households
  'people.search', // name, member number, status: what the door needs to find someone
  'people.readDetails', // addresses, contact, notes, consents, custom fields
  'people.create',
  'people.registerWalkIn', // minimal identity at the door
  'people.update',
  'people.delete',
  'people.merge',
  /**
   * Erase a person (RGPD): their record becomes a tombstone and the journal gives up their
   * values (shared/members/erasure.ts). Administrators only.
   */
  'people.erase',
  // Memberships
  'memberships.read',
  'memberships.create',
  'memberships.takeAtDoor',
  'memberships.update',
  'memberships.delete',
  // Events and attendance
  'events.read',
  'events.manage',
  'attendance.checkIn',
  'attendance.manage',
  /** Save the door's cash count on the event (shared/events/cash-count.ts): nothing else of it. */
  'events.countCash',
  /** Close an event: its attendance becomes a sheet; amend a closed event's sheet. */
  'events.close',
  /** Read closed events' sheets (presence, takings, the legal record): not the door. */
  'sheets.read',
  // Money
  'donations.read',
  'donations.manage',
  'receipts.read',
  'receipts.issue',
  'receipts.cancel',
  /** See the cheque deposit slips and the cheques still to take to the bank. */
  'deposits.read',
  /** Make a slip, mark it deposited, undo one not yet deposited. */
  'deposits.manage',
  // Association
  'settings.read',
  'settings.manage',
  'users.manage',
  'audit.read',
  'data.import',
  'data.export',
  /**
   * A person's data export (RGPD, droit d'accès): their record, donations, receipts and the
   * audit entries about them — only a role that may read all of it, administrators.
   */
  'data.exportPerson',
  /** Back up everything, and restore a backup over this device's data: administrators only. */
  'data.backup',
  /**
   * Open « Rapports » (charts and their PDF). Each report also needs what it shows: members per
   * tariff `memberships.read`, donations `donations.read`, attendance `sheets.read`.
   */
  'reports.read',
] as const;
export type Action = (typeof ACTIONS)[number];

const DOOR: readonly Action[] = [
  'people.search',
  'people.registerWalkIn',
  'memberships.takeAtDoor',
  'events.read',
  'attendance.checkIn',
  'events.countCash',
];

const SECRETARY: readonly Action[] = [
  ...DOOR,
  'people.readDetails',
  'people.create',
  'people.update',
  'people.delete',
  'people.merge',
  'memberships.read',
  'memberships.create',
  'memberships.update',
  'memberships.delete',
  'events.manage',
  'attendance.manage',
  'events.close',
  'sheets.read',
  'settings.read',
  'data.import',
  'data.export',
  'reports.read',
];

const TREASURER: readonly Action[] = [
  ...SECRETARY,
  'donations.read',
  'donations.manage',
  'receipts.read',
  'receipts.issue',
  'receipts.cancel',
  'deposits.read',
  'deposits.manage',
];

const MATRIX: Readonly<Record<Role, ReadonlySet<Action>>> = {
  door: new Set(DOOR),
  secretary: new Set(SECRETARY),
  treasurer: new Set(TREASURER),
  admin: new Set(ACTIONS),
};

/** When refused: `action` is what was missing, `reason` an i18n key, `allowedRoles` who may. */
export type Decision =
  { allowed: true } | { allowed: false; reason: string; action?: Action; allowedRoles: Role[] };

export function rolesAllowed(action: Action): Role[] {
  return ROLES.filter((role) => MATRIX[role].has(action));
}

export function can(role: Role, action: Action): Decision {
  if (MATRIX[role].has(action)) return { allowed: true };
  return { allowed: false, reason: 'permissions.denied', action, allowedRoles: rolesAllowed(action) };
}

export function allowedActions(role: Role): Action[] {
  return ACTIONS.filter((action) => MATRIX[role].has(action));
}

export type WriteOperation = 'insert' | 'update' | 'delete';

/**
 * The actions that each allow a write (any one suffices), given the collection, the operation
 * and the new document. `null` means people never write that collection through the data layer
 * (the audit log is appended by the system only). Documents made at the door say so with
 * `origin: 'door'`, which is what lets the door role register a walk-in or take a fee.
 */
export function actionsForWrite(
  collection: string,
  operation: WriteOperation,
  document?: Readonly<Record<string, unknown>>,
): Action[] | null {
  const atDoor = operation === 'insert' && document?.origin === 'door';
  switch (collection) {
    case 'settings':
      // The column mappings of imports are remembered by whoever imports (the secretary too).
      return document?.id === 'import-mappings' ? ['settings.manage', 'data.import'] : ['settings.manage'];
    case 'users':
      return ['users.manage'];
    case 'people':
    case 'households':
      if (operation === 'insert')
        return atDoor && collection === 'people'
          ? ['people.create', 'people.registerWalkIn']
          : ['people.create'];
      // A tombstone is written, and touched afterwards, only by whoever may erase.
      if (collection === 'people' && typeof document?.erasedOn === 'string' && document.erasedOn !== '')
        return ['people.erase'];
      // A walk-in is numbered by the door that registered it: given the next number of its series
      // when another device had taken that one (issue 15, item 6). The device scope holds the door
      // to that one change (shared/sync/device-scope.ts).
      if (collection === 'people' && operation === 'update' && document?.origin === 'door')
        return ['people.update', 'people.registerWalkIn'];
      return [operation === 'update' ? 'people.update' : 'people.delete'];
    case 'audit':
      // Appended by the system only; rewritten only by an erasure (its values become a marker).
      return operation === 'update' && typeof document?.erasedBy === 'string' ? ['people.erase'] : null;
    case 'memberships':
      if (operation === 'insert')
        return atDoor ? ['memberships.create', 'memberships.takeAtDoor'] : ['memberships.create'];
      return [operation === 'update' ? 'memberships.update' : 'memberships.delete'];
    case 'events':
      // The door adds its cash count, nothing else (shared/sync/device-scope.ts holds it to that).
      return operation === 'update' ? ['events.manage', 'events.countCash'] : ['events.manage'];
    case 'attendance':
      // Undoing a check-in is a field change (`present: false`), journalled like any other: a
      // record, and the payment taken at the door with it, is deleted only by an office role.
      return operation === 'delete' ? ['attendance.manage'] : ['attendance.checkIn', 'attendance.manage'];
    case 'sheets':
      // Written by closing, then amended; never deleted (shared/events/sheet-rules.ts says why).
      return ['events.close'];
    case 'donations':
      return ['donations.manage'];
    case 'receipts':
      return [operation === 'insert' ? 'receipts.issue' : 'receipts.cancel'];
    case 'deposits':
      return ['deposits.manage'];
    default:
      return null;
  }
}

/** May `role` make this write? The reason names the first action that would have allowed it. */
export function canWrite(
  role: Role,
  collection: string,
  operation: WriteOperation,
  document?: Readonly<Record<string, unknown>>,
): Decision {
  const actions = actionsForWrite(collection, operation, document);
  if (!actions) return { allowed: false, reason: 'permissions.systemOnly', allowedRoles: [] };
  if (actions.some((action) => MATRIX[role].has(action))) return { allowed: true };
  return can(role, actions[0] as Action);
}
