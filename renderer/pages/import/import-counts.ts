import type { TFunction } from 'i18next';

/** How many documents of each kind an import adds (or fills) or an undo removes (or restores). */
export interface DocumentCounts {
  people: number;
  memberships: number;
  events: number;
  attendance: number;
  donations: number;
  /** People of Tilleul whose empty fields the import fills, or the undo empties again. */
  completed: number;
}

const KEYS = [
  ['people', 'addsPeople'],
  ['memberships', 'addsMemberships'],
  ['events', 'addsEvents'],
  ['attendance', 'addsAttendance'],
  ['donations', 'addsDonations'],
] as const;

/**
 * « 3 personnes, 3 inscriptions, 1 événement, 2 fiches complétées »: the kinds there are some of
 * (people always); an undo says the filled records « remises comme avant ».
 */
export function countsList(t: TFunction, counts: DocumentCounts, undo = false): string {
  const kinds = KEYS.filter(([kind]) => kind === 'people' || counts[kind] > 0).map(([kind, key]) =>
    t(`imports.dryRun.${key}`, { count: counts[kind] }),
  );
  if (counts.completed > 0)
    kinds.push(
      t(undo ? 'imports.dryRun.undoesCompleted' : 'imports.dryRun.addsCompleted', {
        count: counts.completed,
      }),
    );
  return kinds.join(', ');
}

export const countsTotal = (counts: DocumentCounts) =>
  counts.people +
  counts.memberships +
  counts.events +
  counts.attendance +
  counts.donations +
  counts.completed;

export const planCounts = (plan: {
  people: unknown[];
  memberships: unknown[];
  events: unknown[];
  attendance: unknown[];
  donations: unknown[];
  fills: unknown[];
}): DocumentCounts => ({
  people: plan.people.length,
  memberships: plan.memberships.length,
  events: plan.events.length,
  attendance: plan.attendance.length,
  donations: plan.donations.length,
  completed: plan.fills.length,
});
