import type { HelloAssoApiRecords } from '@shared/import/helloasso-api';
import { planHelloAssoImport, type ImportPlan, type PlanInput } from '@shared/import/helloasso-plan';

/**
 * The dry run of what HelloAsso's API answered: the cotisations first (as the adhésions export),
 * then the payments (as the paiements export) against the people and cotisations the first part
 * plans — so a « Don supplémentaire » of a new member finds them, and a payment of an adhésion is
 * linked, never a second cotisation. One plan, written in one go, undone as a whole. Pure.
 */
export function planHelloAssoApiImport(fetched: HelloAssoApiRecords, input: PlanInput): ImportPlan {
  const first = planHelloAssoImport(
    { kind: 'memberships', records: fetched.memberships, errors: fetched.errors },
    input,
  );
  const second = planHelloAssoImport(
    { kind: 'payments', records: fetched.payments, errors: [] },
    {
      ...input,
      people: [...input.people, ...first.people],
      memberships: [...input.memberships, ...first.memberships],
    },
  );
  const counts = { ...first.counts };
  for (const [outcome, count] of Object.entries(second.counts) as [keyof typeof counts, number][])
    counts[outcome] += count;
  const notImported = { ...first.notImported };
  for (const [status, count] of Object.entries(second.notImported) as [keyof typeof notImported, number][])
    notImported[status] = (notImported[status] ?? 0) + count;
  return {
    importId: input.importId,
    people: [...first.people, ...second.people],
    memberships: [...first.memberships, ...second.memberships],
    events: [],
    attendance: [],
    donations: [...first.donations, ...second.donations],
    fills: [...first.fills, ...second.fills],
    rows: [...first.rows, ...second.rows].sort((a, b) => a.line - b.line),
    counts,
    notImported,
    errors: [...first.errors, ...second.errors].sort((a, b) => a.line - b.line),
  };
}
