import { generateDemoAssociation } from '@shared/demo/demo-association';
import type { DemoAssociation, DemoSize } from '@shared/demo/demo-association';
import { generateDemoEvents } from '@shared/demo/demo-events';
import type { DemoEvents } from '@shared/demo/demo-events';
import type { SheetDocument } from '@shared/events/sheet';

/**
 * The benchmark's data set, the same in Chromium (written into IndexedDB) and in Node (pushed to
 * the sync server): the seeded demo association and its events and attendance — four records
 * per person, the 200,000 of DESIGN.md's budgets at 50,000 people. Loaded in the page; imports
 * nothing from Node.
 */
export const BENCH_SEED = 2026;

export interface BenchData extends DemoAssociation, DemoEvents {
  /** Closed events' sheets, once their attendance is folded (folded.ts): none before. */
  sheets?: readonly SheetDocument[];
}

export function benchData(size: DemoSize): BenchData {
  const association = generateDemoAssociation({ size, seed: BENCH_SEED });
  return { ...association, ...generateDemoEvents(association, { seed: BENCH_SEED }) };
}

/** The synced collections of the data set, in the order they are written. */
export const BENCH_COLLECTIONS = [
  'people',
  'households',
  'memberships',
  'events',
  'attendance',
  'sheets',
] as const;
export type BenchCollection = (typeof BENCH_COLLECTIONS)[number];

export function benchDocuments(data: BenchData): Record<BenchCollection, readonly { id: string }[]> {
  return {
    people: data.people,
    households: data.households,
    memberships: data.memberships,
    events: data.events,
    attendance: data.attendance,
    sheets: data.sheets ?? [],
  };
}
