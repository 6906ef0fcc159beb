import { setImmediate as nextTurn } from 'node:timers/promises';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { PeopleSearchIndex } from '@shared/search/people-index';
import type { DirectoryMembership, DirectoryPerson } from '@shared/search/snapshot';
import type { DirectorySeedResponse } from '@shared/sync/directory-seed';
import {
  CURRENT_SNAPSHOT_SIGNATURE,
  directorySeedResponse,
  seedFromIndex,
} from '@shared/sync/directory-seed';
import { deviceReadAccess, project } from '@shared/sync/read-scope';
import { MAX_PULL_LIMIT } from '@shared/sync/protocol';
import type { Device, Store } from '@server/storage/store';

/** Pages read from the store while the seed is built (the wire's page bound does not apply). */
const SEED_PAGE_BYTES = 16 * 1024 * 1024;
/** People indexed between two turns of the event loop: the pulls of other devices go on. */
const INDEX_SLICE = 2000;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * What the directory takes of a person as the device holds it: its fields (a door device's
 * projection has no e-mail: the device fills in '' as its pull does, shared/sync/read-scope.ts).
 */
function personOf(document: Record<string, unknown>): DirectoryPerson {
  const former = document.formerMemberNumbers;
  return {
    id: text(document.id) as PersonDocument['id'],
    kind: (text(document.kind) || 'person') as PersonDocument['kind'],
    firstName: text(document.firstName),
    lastName: text(document.lastName),
    memberNumber: text(document.memberNumber),
    formerMemberNumbers: Array.isArray(former)
      ? former.filter((n): n is string => typeof n === 'string')
      : [],
    email: text(document.email),
    householdId: text(document.householdId) as PersonDocument['householdId'],
  };
}

function membershipOf(document: Record<string, unknown>): DirectoryMembership {
  return {
    id: text(document.id) as MembershipDocument['id'],
    holderKind: text(document.holderKind) as MembershipDocument['holderKind'],
    holderId: text(document.holderId) as MembershipDocument['holderId'],
    seasonId: text(document.seasonId) as MembershipDocument['seasonId'],
    cancelledOn: text(document.cancelledOn),
  };
}

/** Every live document of `collection` as `device` may read it (projected), page by page. */
async function readable<T>(
  store: Store,
  device: Device,
  collection: 'people' | 'memberships',
  take: (document: Record<string, unknown>) => T,
): Promise<T[]> {
  const access = deviceReadAccess(device.scope, collection);
  const taken: T[] = [];
  let seq = 0;
  for (;;) {
    const page = await store.pull(device.orgId, collection, seq, MAX_PULL_LIMIT, SEED_PAGE_BYTES, {
      skipDeletionsUpTo: Number.MAX_SAFE_INTEGER,
    });
    for (const document of page.documents) {
      if (document._deleted === true) continue;
      const seen = project(access, document);
      if (seen) taken.push(take(seen));
    }
    if (page.documents.length < MAX_PULL_LIMIT && !page.more) return taken;
    seq = page.seq;
    await nextTurn();
  }
}

/**
 * The directory seed of `device` (shared/sync/directory-seed.ts): its people and memberships as
 * its pulls give them — a door device's projected, never an address, a contact or an amount —
 * built into the search snapshot a device keeps. Built in slices, so that the server answers the
 * pulls of the same device (its events, its check-ins) and of others meanwhile.
 */
export async function directorySeedFor(
  store: Store,
  device: Device,
  now: Date,
): Promise<DirectorySeedResponse> {
  const people = await readable(store, device, 'people', personOf);
  const memberships = await readable(store, device, 'memberships', membershipOf);
  const index = new PeopleSearchIndex<DirectoryPerson>();
  await index.upsertManyInSlices(people, INDEX_SLICE, () => nextTurn());
  const stored = seedFromIndex(index, memberships, CURRENT_SNAPSHOT_SIGNATURE, now);
  return directorySeedResponse(stored, { people: people.length, memberships: memberships.length });
}
