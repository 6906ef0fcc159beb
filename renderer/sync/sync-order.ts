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

/** The stage of a collection: the last one for every collection not named above. */
export function syncStageOf(collection: string): number {
  const stage = SYNC_STAGES.findIndex((names) => names.includes(collection));
  return stage === -1 ? SYNC_STAGES.length : stage;
}
