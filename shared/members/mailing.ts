import type { ListColumn } from '@shared/export/list-export';
import { hasConsent } from '@shared/members/member-list';
import type { PersonDocument } from '@shared/members/person';

/**
 * Who may receive the newsletter: only the people who accepted it (a refusal and a question
 * never asked both leave them out, RGPD) and have an e-mail, each address once (a couple
 * sharing one gets one letter), in the list's order.
 */
export function mailingRecipients(people: Iterable<PersonDocument>): PersonDocument[] {
  const seen = new Set<string>();
  const kept: PersonDocument[] = [];
  for (const person of people) {
    const email = person.email.trim().toLowerCase();
    if (email === '' || !hasConsent(person, 'newsletter') || seen.has(email)) continue;
    seen.add(email);
    kept.push(person);
  }
  return kept;
}

/** The mailing file's columns, as a mail-merge or a newsletter tool imports them. */
export const MAILING_COLUMNS: readonly ListColumn<PersonDocument>[] = [
  { id: 'email', label: 'people.list.column.email', cell: (person) => person.email.trim() },
  { id: 'lastName', label: 'people.form.lastName', cell: (person) => person.lastName },
  { id: 'firstName', label: 'people.form.firstName', cell: (person) => person.firstName },
  {
    id: 'newsletterOn',
    label: 'people.list.mailingConsentOn',
    cell: (person) => ({ date: person.consents.newsletter.on }),
  },
];
