import type { TFunction } from 'i18next';

/** How many documents of each kind an import adds or an undo removes. */
export interface DocumentCounts {
  people: number;
  memberships: number;
  events: number;
  attendance: number;
  donations: number;
}

const KEYS = [
  ['people', 'addsPeople'],
  ['memberships', 'addsMemberships'],
  ['events', 'addsEvents'],
  ['attendance', 'addsAttendance'],
  ['donations', 'addsDonations'],
] as const;

/** « 3 personnes, 3 inscriptions, 1 événement »: the kinds there are some of (people always). */
export function countsList(t: TFunction, counts: DocumentCounts): string {
  return KEYS.filter(([kind]) => kind === 'people' || counts[kind] > 0)
    .map(([kind, key]) => t(`imports.dryRun.${key}`, { count: counts[kind] }))
    .join(', ');
}

export const countsTotal = (counts: DocumentCounts) =>
  counts.people + counts.memberships + counts.events + counts.attendance + counts.donations;

export const planCounts = (plan: {
  people: unknown[];
  memberships: unknown[];
  events: unknown[];
  attendance: unknown[];
  donations: unknown[];
}): DocumentCounts => ({
  people: plan.people.length,
  memberships: plan.memberships.length,
  events: plan.events.length,
  attendance: plan.attendance.length,
  donations: plan.donations.length,
});
