/**
 * The first sync in order of need (issue 19). A checkpoint is one sequence per collection, so the
 * order is between collections: a stage starts once every collection of the stages before it has
 * made its first pass (pulled up to the server's head and pushed what it had). On a new device
 * the member list and the door's search work as soon as the people and households are in, the
 * entrance as soon as the events and their open attendance are, the statuses with the
 * memberships; the history (sheets, donations, receipts, the journal) comes last. IndexedDB
 * writes one collection about as fast as several, so nothing is lost by waiting; later in the day
 * each first pass is short and the waits with it.
 *
 * The settings and the accounts come with the first stage: a few documents that every screen
 * reads (the seasons that statuses are computed from, who may sign in here).
 */
export const SYNC_STAGES: readonly (readonly string[])[] = [
  ['people', 'households', 'settings', 'users'],
  ['events', 'attendance'],
  ['memberships'],
];

/**
 * A door device that is sent its directory seed (shared/sync/directory-seed.ts) searches before
 * it has pulled a person: what the entrance still lacks is the events and who is already in, so
 * they come first, with the accounts that sign in; the people and households fill the
 * collections behind the seed, then the memberships.
 */
export const SEEDED_DOOR_SYNC_STAGES: readonly (readonly string[])[] = [
  ['settings', 'users', 'events', 'attendance'],
  ['people', 'households'],
  ['memberships'],
];

/** The stage of a collection: the last one for every collection not named in `stages`. */
export function syncStageOf(
  collection: string,
  stages: readonly (readonly string[])[] = SYNC_STAGES,
): number {
  const stage = stages.findIndex((names) => names.includes(collection));
  return stage === -1 ? stages.length : stage;
}
