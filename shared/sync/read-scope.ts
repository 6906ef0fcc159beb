import { can } from '@shared/auth/permissions';
import type { Action } from '@shared/auth/permissions';
import type { Role } from '@shared/auth/roles';
import type { DeviceScope } from '@shared/sync/protocol';

/**
 * Need to know (DESIGN.md, Sync): what a role may read of each collection, from the permission
 * matrix, and what the server therefore sends a device. An office device receives everything
 * (its accounts are held to their role locally); a door device receives what the door role may
 * read, projected by the server in pulls, in the event stream and in conflict answers alike.
 */

type Plain = Readonly<Record<string, unknown>>;

/** Bookkeeping every projected document keeps: without them it is no document. */
export const STAMP_FIELDS = ['id', 'createdAt', 'updatedAt', 'updatedBy', 'deviceId', '_deleted'] as const;

interface PartialRead {
  /** The action that gives this partial view; absent: every role has it. */
  action?: Action;
  /** The fields shown besides the stamps; absent: every field of the documents shown. */
  fields?: readonly string[];
  /** Which documents are shown; absent: all of them. */
  documents?: (document: Plain) => boolean;
  /**
   * Values the device fills in for hidden fields the schema requires (it never sends them back:
   * the server keeps the stored values of hidden fields whatever a projected device pushes).
   */
  placeholders?: Readonly<Record<string, unknown>>;
  /** What the partial view is, in French, for the README's table. */
  label: string;
}

interface ReadRule {
  /** The action that reads every field of every document. */
  full: Action;
  partial?: PartialRead;
}

/** The settings the entrance uses: who the association is, lock-out and seasons with their tariffs. */
export const DOOR_SETTINGS: readonly string[] = ['organisation', 'security', 'seasons'];

export const READ_RULES: Readonly<Record<string, ReadRule>> = {
  people: {
    full: 'people.readDetails',
    partial: {
      action: 'people.search',
      fields: ['kind', 'firstName', 'lastName', 'memberNumber', 'formerMemberNumbers', 'householdId'],
      label: 'nom, prénom, n° d’adhérent, foyer',
    },
  },
  households: {
    full: 'people.readDetails',
    partial: { action: 'people.search', fields: ['name'], label: 'nom du foyer' },
  },
  memberships: {
    full: 'memberships.read',
    // What the membership status needs (shared/members/status.ts), not the money.
    partial: {
      action: 'people.search',
      fields: [
        'holderKind',
        'holderId',
        'seasonId',
        'tariffId',
        'tariffLabel',
        'taxReceiptAllowed',
        'paidOn',
        'cancelledOn',
      ],
      placeholders: {
        amount: 0,
        paymentMethod: 'especes',
        chequeNumber: '',
        paymentReference: '',
        receivedBy: '-',
        cancelReason: '',
        notes: '',
      },
      label: 'saison, tarif, dates (pour le statut ; ni montant ni paiement)',
    },
  },
  events: { full: 'events.read' },
  attendance: { full: 'attendance.checkIn' },
  // Closed events' sheets: the office's record; the entrance checks in at open events only.
  sheets: { full: 'sheets.read' },
  donations: { full: 'donations.read' },
  receipts: { full: 'receipts.read' },
  // Deposit slips name donors, members and amounts: the treasurer's.
  deposits: { full: 'deposits.read' },
  audit: { full: 'audit.read' },
  users: {
    full: 'users.manage',
    // The accounts that sign in at the door, each with its own PIN verifier: never anyone else's,
    // and never an administrator's recovery code verifier (listed fields: a field added to
    // accounts later stays off the door until someone decides the door needs it).
    partial: {
      documents: (user) => user.role === 'door',
      fields: ['name', 'role', 'secretKind', 'secret', 'disabled', 'mustChangeSecret'],
      label: 'comptes « bénévole à l’entrée »',
    },
  },
  settings: {
    full: 'settings.read',
    partial: {
      documents: (setting) => typeof setting.id === 'string' && DOOR_SETTINGS.includes(setting.id),
      label: 'organisation, sécurité, saisons et tarifs',
    },
  },
};

export type ReadAccess =
  | { kind: 'all' }
  | { kind: 'none' }
  | {
      kind: 'some';
      fields?: readonly string[];
      documents?: (document: Plain) => boolean;
      placeholders?: Readonly<Record<string, unknown>>;
      label: string;
    };

/** What `role` may read of `collection`. A collection without a rule is read by nobody. */
export function readAccess(role: Role, collection: string): ReadAccess {
  const rule = Object.hasOwn(READ_RULES, collection) ? READ_RULES[collection] : undefined;
  if (!rule) return { kind: 'none' };
  if (can(role, rule.full).allowed) return { kind: 'all' };
  const partial = rule.partial;
  if (!partial || (partial.action && !can(role, partial.action).allowed)) return { kind: 'none' };
  return { kind: 'some', ...partial };
}

/** The role whose reading the server applies to a device: a door device reads as the door role. */
export function scopeRole(scope: DeviceScope): Role {
  return scope === 'door' ? 'door' : 'admin';
}

export function deviceReadAccess(scope: DeviceScope, collection: string): ReadAccess {
  return readAccess(scopeRole(scope), collection);
}

/**
 * What a device with `access` is sent of `document`: the whole document, its visible fields, or
 * null when it may not see the document at all.
 */
export function project<T extends Plain>(
  access: ReadAccess,
  document: T,
): T | Record<string, unknown> | null {
  if (access.kind === 'all') return document;
  if (access.kind === 'none') return null;
  if (access.documents && !access.documents(document)) return null;
  if (!access.fields) return document;
  const shown = new Set<string>([...STAMP_FIELDS, ...access.fields]);
  return Object.fromEntries(Object.entries(document).filter(([field]) => shown.has(field)));
}

/**
 * A document the device may not see, as the server tells it: only its id and that it is gone
 * for this device (an account that stopped being a door account must leave the door's list).
 */
export function withdrawn(id: string): { id: string; _deleted: true } {
  return { id, _deleted: true };
}

export function isWithdrawn(document: Plain): boolean {
  const keys = Object.keys(document);
  return document._deleted === true && keys.length === 2 && keys.includes('id');
}

/**
 * A write from a device that reads only part of the document: its visible fields over the stored
 * document, so that no hidden field is ever cleared by a device that never saw it.
 */
export function mergeProjectedWrite<T extends Plain>(
  access: ReadAccess,
  stored: Plain | undefined,
  next: T,
): T {
  if (access.kind !== 'some' || !access.fields || !stored) return next;
  const shown = new Set<string>([...STAMP_FIELDS, ...access.fields]);
  const visible = Object.fromEntries(Object.entries(next).filter(([field]) => shown.has(field)));
  const hidden = Object.fromEntries(Object.entries(stored).filter(([field]) => !shown.has(field)));
  return { ...hidden, ...visible } as unknown as T;
}

/** A projected document completed on the device with placeholders for the required hidden fields. */
export function completeProjected(access: ReadAccess, document: Plain): Record<string, unknown> {
  if (access.kind !== 'some' || !access.placeholders) return { ...document };
  const filled: Record<string, unknown> = { ...document };
  for (const [field, value] of Object.entries(access.placeholders)) {
    if (!Object.hasOwn(filled, field)) filled[field] = value;
  }
  return filled;
}
