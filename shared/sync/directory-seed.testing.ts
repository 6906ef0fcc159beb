import { PeopleSearchIndex } from '@shared/search/people-index';
import type { DirectoryMembership, DirectoryPerson, StoredSnapshot } from '@shared/search/snapshot';
import { directoryPerson } from '@shared/search/snapshot';
import { seedFromIndex } from '@shared/sync/directory-seed';

/**
 * The seed the server would send for `people` and `memberships` (already projected for the
 * device), built at once: for tests (the server builds its index in slices).
 */
export function buildDirectorySeed(
  people: Iterable<DirectoryPerson>,
  memberships: Iterable<DirectoryMembership>,
  signature: string,
  now: Date,
): StoredSnapshot {
  return seedFromIndex(PeopleSearchIndex.from([...people].map(directoryPerson)), memberships, signature, now);
}
