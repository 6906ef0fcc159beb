import type { DirectoryMembership, DirectoryPerson } from '@shared/search/snapshot';
import type { DirectorySeedResponse } from '@shared/sync/directory-seed';
import {
  buildDirectorySeed,
  CURRENT_SNAPSHOT_SIGNATURE,
  directorySeedResponse,
} from '@shared/sync/directory-seed';
import { collectionSpecs } from '@shared/schema/collections';
import { checkPulledDocument } from '@shared/sync/pulled-document';
import { completeProjected, deviceReadAccess, project } from '@shared/sync/read-scope';
import { MAX_PULL_LIMIT } from '@shared/sync/protocol';
import type { Device, Store } from '@server/storage/store';

/** Pages read from the store while the seed is built (the wire's page bound does not apply). */
const SEED_PAGE_BYTES = 16 * 1024 * 1024;

/**
 * Every live document of `collection` as `device` holds it once pulled: projected by the server,
 * completed and checked as the device's pull does (shared/sync/pulled-document.ts).
 */
async function* readable(
  store: Store,
  device: Device,
  collection: 'people' | 'memberships',
): AsyncGenerator<Record<string, unknown>> {
  const access = deviceReadAccess(device.scope, collection);
  const spec = collectionSpecs[collection];
  let seq = 0;
  for (;;) {
    const page = await store.pull(device.orgId, collection, seq, MAX_PULL_LIMIT, SEED_PAGE_BYTES, {
      skipDeletionsUpTo: Number.MAX_SAFE_INTEGER,
    });
    for (const document of page.documents) {
      if (document._deleted === true) continue;
      const seen = project(access, document);
      if (!seen) continue;
      // A document the device would leave out (reported there) is left out here too.
      const checked = checkPulledDocument(spec, completeProjected(access, seen));
      if (checked.ok) yield checked.document;
    }
    if (page.documents.length < MAX_PULL_LIMIT && !page.more) return;
    seq = page.seq;
  }
}

/**
 * The directory seed of `device` (shared/sync/directory-seed.ts): its people and memberships as
 * its pulls give them — a door device's projected, never an address, a contact or an amount —
 * built into the search snapshot a device keeps.
 */
export async function directorySeedFor(
  store: Store,
  device: Device,
  now: Date,
): Promise<DirectorySeedResponse> {
  const people: DirectoryPerson[] = [];
  for await (const document of readable(store, device, 'people'))
    people.push(document as unknown as DirectoryPerson);
  const memberships: DirectoryMembership[] = [];
  for await (const document of readable(store, device, 'memberships'))
    memberships.push(document as unknown as DirectoryMembership);
  const stored = buildDirectorySeed(people, memberships, CURRENT_SNAPSHOT_SIGNATURE, now);
  return directorySeedResponse(stored, { people: people.length, memberships: memberships.length });
}
