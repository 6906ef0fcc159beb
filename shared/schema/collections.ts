import type { CollectionSpec } from '@shared/schema/collection-spec';
import { auditCollection } from '@shared/audit/audit';
import { usersCollection } from '@shared/auth/user';
import { householdsCollection } from '@shared/members/household';
import { membershipsCollection } from '@shared/members/membership';
import { peopleCollection } from '@shared/members/person';
import { settingsCollection } from '@shared/schema/settings';
import { attendanceCollection } from '@shared/events/attendance';
import { eventsCollection } from '@shared/events/event';
import { donationsCollection } from '@shared/donations/donation';
import { receiptsCollection } from '@shared/receipts/receipt';
import { sheetsCollection } from '@shared/events/sheet';
import { depositsCollection } from '@shared/deposits/deposit';

/**
 * The collections of DESIGN.md, planned now so the count stays under RxDB's free-tier limit of
 * 13 per database. A name here without a spec is reserved for the issue that fills it: it is
 * not created until it has a real schema.
 */
export const PLANNED_COLLECTIONS = [
  'people',
  'households',
  'memberships',
  'events',
  'attendance',
  'sheets',
  'donations',
  'receipts',
  'users',
  'audit',
  'settings',
  // The twelfth (issue 17): cheque deposit slips; shared/deposits/deposit.ts says why apart.
  'deposits',
] as const;
export type CollectionName = (typeof PLANNED_COLLECTIONS)[number];

export const RXDB_FREE_COLLECTION_LIMIT = 13;

/** The collections that exist today, by name. */
export const collectionSpecs = {
  people: peopleCollection,
  households: householdsCollection,
  memberships: membershipsCollection,
  events: eventsCollection,
  attendance: attendanceCollection,
  sheets: sheetsCollection,
  donations: donationsCollection,
  receipts: receiptsCollection,
  settings: settingsCollection,
  users: usersCollection,
  audit: auditCollection,
  deposits: depositsCollection,
} as const satisfies Partial<Record<CollectionName, CollectionSpec>>;

export type ActiveCollectionName = keyof typeof collectionSpecs;
