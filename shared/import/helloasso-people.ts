import type { HelloAssoPayer, HelloAssoPerson } from '@shared/import/helloasso';
import type { PlannedRow, Planner, PlanInput, RowOutcome } from '@shared/import/helloasso-plan';
import { normaliseLabel } from '@shared/import/helloasso-values';
import { fieldsRefused } from '@shared/import/people-match';
import { personDocumentSchema, type PersonDocument } from '@shared/members/person';
import { newStamps } from '@shared/schema/stamps';

/** Everything a document of this import shares: new stamps, and the import that made it. */
export function importStamps(input: PlanInput) {
  return { ...newStamps(input.context), importId: input.importId };
}

export const samePerson = (a: HelloAssoPerson, b: HelloAssoPerson) =>
  normaliseLabel(`${a.firstName} ${a.lastName}`) === normaliseLabel(`${b.firstName} ${b.lastName}`);

export type FoundPerson =
  | { ok: true; person: PersonDocument; created: boolean }
  | { ok: false; outcome: Extract<RowOutcome, 'duplicate' | 'error'>; message: string };

/**
 * A participant or a payer (ticketing, payments): found among the people — or those this import
 * already plans — by the duplicate rules, or planned as someone new, with no member number (they
 * came to a loto or gave; they did not join).
 */
export function findOrCreatePerson(planner: Planner, who: HelloAssoPerson | HelloAssoPayer): FoundPerson {
  const draft = personDocumentSchema.safeParse({
    ...importStamps(planner.input),
    firstName: who.firstName,
    lastName: who.lastName,
    email: who.email ?? '',
    origin: 'import',
  });
  if (!draft.success) return { ok: false, outcome: 'error', message: fieldsRefused(draft.error) };
  const match = planner.matcher.match(draft.data);
  if (match.kind === 'duplicate') return { ok: false, outcome: 'duplicate', message: match.message };
  if (match.kind === 'existing') return { ok: true, person: match.person, created: false };
  planner.plan.people.push(draft.data);
  planner.matcher.add(draft.data);
  return { ok: true, person: draft.data, created: true };
}

/** A row of the dry run for `record`, by the name shown. */
export function rowOf(line: number, name: string) {
  return (outcome: RowOutcome, message?: string): PlannedRow => ({
    line,
    name,
    outcome,
    ...(message ? { message } : {}),
  });
}

const STATUS_SAID = {
  pending: 'commande en attente sur HelloAsso : rien n’a encore été payé.',
  refused: 'paiement refusé sur HelloAsso : rien n’a été payé.',
  cancelled: 'commande annulée sur HelloAsso : non importée.',
  refunded: 'commande remboursée sur HelloAsso : non importée.',
} as const;

/** Why a line of that status is not imported. */
export function statusSkipped(status: keyof typeof STATUS_SAID): string {
  return STATUS_SAID[status];
}

/** `1 250,00 €`. */
export function euros(cents: number): string {
  return `${(cents / 100)
    .toFixed(2)
    .replace('.', ',')
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')} €`;
}
