import type { ZodError } from 'zod';
import { createDuplicateFinder, type DuplicateFinder } from '@shared/members/duplicates';
import { displayName, type PersonDocument } from '@shared/members/person';
import { nameKey, normaliseEmail } from '@shared/search/normalise';

/**
 * Who an imported row is, among the people already in Tilleul and those the same import creates:
 * - the same person when the duplicate rules (shared/members/duplicates.ts) find exactly one
 *   person of that name with the same birth date, or of that name with one birth date unknown,
 *   or of that name with the same e-mail;
 * - a probable duplicate, not imported, when several people match: the secretary decides, the
 *   dry run says why;
 * - otherwise someone new (an e-mail shared with someone of another name is a family's address).
 */
export type PersonMatch =
  { kind: 'existing'; person: PersonDocument } | { kind: 'new' } | { kind: 'duplicate'; message: string };

export interface ImportPersonDraft {
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string;
}

export interface PeopleMatcher {
  match(draft: ImportPersonDraft): PersonMatch;
  /** A person this import creates: later rows of the same file find them. */
  add(person: PersonDocument): void;
}

function describe(person: PersonDocument): string {
  const number = person.memberNumber ? ` (n° ${person.memberNumber})` : '';
  return `${displayName(person)}${number}`;
}

export function createPeopleMatcher(existing: readonly PersonDocument[]): PeopleMatcher {
  const finder: DuplicateFinder<PersonDocument> = createDuplicateFinder(existing);
  const created: PersonDocument[] = [];
  let createdFinder: { size: number; finder: DuplicateFinder<PersonDocument> } | undefined;
  const findCreated = (draft: Parameters<DuplicateFinder<PersonDocument>['find']>[0]) => {
    if (createdFinder?.size !== created.length) {
      createdFinder = { size: created.length, finder: createDuplicateFinder(created) };
    }
    return createdFinder.finder.find(draft);
  };
  return {
    add(person) {
      created.push(person);
    },
    match(draft) {
      const candidate = { kind: 'person' as const, ...draft };
      const matches = [...finder.find(candidate), ...findCreated(candidate)];
      if (matches.length === 0) return { kind: 'new' };
      const name = nameKey(draft.firstName, draft.lastName);
      // Same name, two known birth dates that differ: two people (a father and his son).
      const byName = matches.filter(
        ({ person }) =>
          nameKey(person.firstName, person.lastName) === name &&
          (draft.birthDate === '' || person.birthDate === '' || person.birthDate === draft.birthDate),
      );
      if (byName.length === 0 && matches.every(({ reasons }) => reasons.every((r) => r === 'email'))) {
        const others = matches.filter(({ person }) => nameKey(person.firstName, person.lastName) !== name);
        // Only the address is shared, by someone of another name: a family's e-mail, not a duplicate.
        if (others.length === matches.length && draft.firstName !== '') return { kind: 'new' };
      }
      const email = normaliseEmail(draft.email);
      const sameBirth = byName.filter(
        ({ person }) => draft.birthDate !== '' && person.birthDate === draft.birthDate,
      );
      const sameEmail = byName.filter(({ person }) => email !== '' && normaliseEmail(person.email) === email);
      const sure = sameBirth.length === 1 ? sameBirth : sameEmail.length === 1 ? sameEmail : byName;
      const [only] = sure;
      if (sure.length === 1 && only) return { kind: 'existing', person: only.person };
      const names = matches.map(({ person }) => describe(person)).join(', ');
      return {
        kind: 'duplicate',
        message:
          `ressemble à ${names} (même nom ou même e-mail) : vérifiez la fiche, complétez-la ou ` +
          'fusionnez les doublons, puis importez à nouveau ce fichier.',
      };
    },
  };
}

const FIELD_NAMES: Record<string, string> = {
  firstName: 'prénom',
  lastName: 'nom',
  birthDate: 'date de naissance',
  email: 'e-mail',
  phone: 'téléphone',
  address: 'adresse',
  postalCode: 'code postal',
  city: 'ville',
  line1: 'adresse',
  country: 'pays',
  paymentReference: 'référence de commande',
  notes: 'notes',
  amount: 'montant',
  tariffLabel: 'tarif',
};

/** A zod refusal of an imported document, in French: which fields, never an i18n key. */
export function fieldsRefused(error: ZodError): string {
  const fields = new Set(
    error.issues.map((issue) => {
      const last = [...issue.path].reverse().find((part) => typeof part === 'string');
      return FIELD_NAMES[String(last)] ?? String(last ?? 'valeur');
    }),
  );
  return `${[...fields].join(', ')} refusé${fields.size > 1 ? 's' : ''} (format non valable) : corrigez la ligne dans le fichier.`;
}
