import type { CollectionSpec } from '@shared/schema/collection-spec';
import { auditCollection } from '@shared/audit/audit';
import { usersCollection } from '@shared/auth/user';
import { householdsCollection } from '@shared/members/household';
import { membershipsCollection } from '@shared/members/membership';
import { peopleCollection } from '@shared/members/person';
import { settingsCollection } from '@shared/schema/settings';

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
  'donations',
  'receipts',
  'users',
  'audit',
  'settings',
] as const;
export type CollectionName = (typeof PLANNED_COLLECTIONS)[number];

export const RXDB_FREE_COLLECTION_LIMIT = 13;

/** The collections that exist today, by name. */
export const collectionSpecs = {
  people: peopleCollection,
  households: householdsCollection,
  memberships: membershipsCollection,
  settings: settingsCollection,
  users: usersCollection,
  audit: auditCollection,
} as const satisfies Partial<Record<CollectionName, CollectionSpec>>;

export type ActiveCollectionName = keyof typeof collectionSpecs;
