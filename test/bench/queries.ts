import { mulberry32 } from '@shared/demo/prng';
import type { PersonDocument } from '@shared/members/person';

/** Accents off, as people type at the door on a phone keyboard. */
const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/**
 * Realistic door searches drawn from the seeded data: a surname, "first last", "last first"
 * without accents, a member number, the start of an e-mail, a misspelled-free partial name.
 * Each is typed letter by letter: every keystroke is one measurement.
 */
export function doorQueries(people: readonly PersonDocument[], count: number, seed = 7): string[] {
  const random = mulberry32(seed);
  const pick = () => people[Math.floor(random.next() * people.length)] as PersonDocument;
  const queries: string[] = [];
  while (queries.length < count) {
    const person = pick();
    const kind = queries.length % 6;
    if (kind === 0) queries.push(person.lastName);
    else if (kind === 1) queries.push(`${person.firstName} ${person.lastName}`.trim());
    else if (kind === 2) queries.push(plain(`${person.lastName} ${person.firstName}`).toLowerCase().trim());
    else if (kind === 3 && person.memberNumber) queries.push(person.memberNumber);
    else if (kind === 4 && person.email)
      queries.push(person.email.slice(0, Math.max(4, person.email.indexOf('@'))));
    else queries.push(plain(person.lastName).slice(0, 4).toLowerCase());
  }
  return queries;
}

export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
}
