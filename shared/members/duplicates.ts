import type { PersonDocument } from '@shared/members/person';
import { nameKey, normaliseEmail } from '@shared/search/normalise';

/**
 * "Looks like an existing person", warned about before creating someone (and used by imports):
 * - same name and same birth date, names compared without accents, case, punctuation or word
 *   order (« Jean-Pierre DUPONT » = « dupont jean pierre »);
 * - or same e-mail address, case-insensitive;
 * - or the same name where one of the two has no birth date: the secretary typing « Marie
 *   Dupont » without her birth date may be registering her a second time (two different birth
 *   dates, on the other hand, are two people);
 * - for organisations, which have no birth date, the same name alone.
 * An e-mail shared inside one household (children registered with a parent's address) is not
 * flagged when the first names differ: that is how families register.
 */
export type DuplicateReason = 'name-and-birth-date' | 'same-name' | 'organisation-name' | 'email';

export type DuplicateCandidate = Pick<
  PersonDocument,
  'id' | 'kind' | 'firstName' | 'lastName' | 'birthDate' | 'email'
> & { householdId?: string };
export type DuplicateDraft = Omit<DuplicateCandidate, 'id'> & { id?: string };

function sameHouseholdSibling(draft: DuplicateDraft, person: DuplicateCandidate): boolean {
  return (
    !!draft.householdId &&
    draft.householdId === person.householdId &&
    nameKey(draft.firstName) !== nameKey(person.firstName)
  );
}

export interface DuplicateMatch<P> {
  person: P;
  reasons: DuplicateReason[];
}

function identityKey(person: DuplicateDraft): string | undefined {
  const name = nameKey(person.firstName, person.lastName);
  if (name === '') return undefined;
  if (person.kind === 'organisation') return `o|${name}`;
  return person.birthDate === '' ? undefined : `p|${name}|${person.birthDate}`;
}

export interface DuplicateFinder<P> {
  /** Likely duplicates of `draft`, excluding `draft.id` itself (editing someone is no duplicate). */
  find(draft: DuplicateDraft): DuplicateMatch<P>[];
}

/** Indexes `people` once: each `find` is then a couple of map lookups, even at 50,000 people. */
export function createDuplicateFinder<P extends DuplicateCandidate>(people: Iterable<P>): DuplicateFinder<P> {
  const byIdentity = new Map<string, P[]>();
  const byName = new Map<string, P[]>();
  const byEmail = new Map<string, P[]>();
  const add = (map: Map<string, P[]>, key: string | undefined, person: P) => {
    if (key === undefined || key === '') return;
    const list = map.get(key);
    if (list) list.push(person);
    else map.set(key, [person]);
  };
  for (const person of people) {
    add(byIdentity, identityKey(person), person);
    if (person.kind !== 'organisation') add(byName, nameKey(person.firstName, person.lastName), person);
    add(byEmail, normaliseEmail(person.email), person);
  }

  return {
    find(draft) {
      const matches = new Map<string, DuplicateMatch<P>>();
      const record = (candidates: P[] | undefined, reason: DuplicateReason) => {
        for (const person of candidates ?? []) {
          if (person.id === draft.id) continue;
          const match = matches.get(person.id);
          if (match) match.reasons.push(reason);
          else matches.set(person.id, { person, reasons: [reason] });
        }
      };
      const identity = identityKey(draft);
      if (identity !== undefined) {
        record(
          byIdentity.get(identity),
          draft.kind === 'organisation' ? 'organisation-name' : 'name-and-birth-date',
        );
      }
      if (draft.kind !== 'organisation') {
        record(
          byName
            .get(nameKey(draft.firstName, draft.lastName))
            ?.filter((person) => draft.birthDate === '' || person.birthDate === ''),
          'same-name',
        );
      }
      const email = normaliseEmail(draft.email);
      if (email !== '') {
        record(
          byEmail.get(email)?.filter((person) => !sameHouseholdSibling(draft, person)),
          'email',
        );
      }
      return [...matches.values()];
    },
  };
}

export function findLikelyDuplicates<P extends DuplicateCandidate>(
  draft: DuplicateDraft,
  people: Iterable<P>,
): DuplicateMatch<P>[] {
  return createDuplicateFinder(people).find(draft);
}
