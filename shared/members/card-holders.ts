import type { PersonDocument } from '@shared/members/person';

/** The most cards one print makes (the member list's hint says so). */
export const MAX_CARDS_PER_PRINT = 500;

/** Whose cards a print makes: people with a member number (the card's QR code), the first 500. */
export function cardHolders<P extends Pick<PersonDocument, 'memberNumber'>>(people: readonly P[]): P[] {
  return people.filter((person) => person.memberNumber !== '').slice(0, MAX_CARDS_PER_PRINT);
}
