import type { PersonDocument } from '@shared/members/person';

/** The most cards one print makes (the member list's hint says so). */
export const MAX_CARDS_PER_PRINT = 500;

/**
 * Why someone gets no card: no member number (the card's QR code is that number), or not à jour
 * for the season printed on the card — a card is proof of membership, the door trusts it.
 */
export type CardRefusal = 'no-number' | 'not-covered';

type CardPerson = Pick<PersonDocument, 'memberNumber'>;

/** Whether `person` may have a card of a season they are (`covered`) or are not covered for. */
export function cardRefusal(person: CardPerson, covered: boolean): CardRefusal | null {
  if (person.memberNumber === '') return 'no-number';
  return covered ? null : 'not-covered';
}

export interface CardHolders<P> {
  /** Whose cards the print makes, in the order given, at most `MAX_CARDS_PER_PRINT`. */
  holders: P[];
  /** How many were left out, and why. */
  refused: Record<CardRefusal, number>;
  /** More people qualified than one print makes. */
  capped: boolean;
}

/**
 * Whose cards a print of one season makes: people with a member number who are covered for that
 * season (in person or through their household, `coveredFor`), the first 500.
 */
export function cardHolders<P extends CardPerson>(
  people: Iterable<P>,
  coveredFor: (person: P) => boolean,
): CardHolders<P> {
  const holders: P[] = [];
  const refused: Record<CardRefusal, number> = { 'no-number': 0, 'not-covered': 0 };
  let capped = false;
  for (const person of people) {
    const refusal = cardRefusal(person, person.memberNumber !== '' && coveredFor(person));
    if (refusal) refused[refusal] += 1;
    else if (holders.length < MAX_CARDS_PER_PRINT) holders.push(person);
    else capped = true;
  }
  return { holders, refused, capped };
}
