import type { PeopleSearchIndex, SearchablePerson } from '@shared/search/people-index';

/**
 * Whose card was scanned: the member number a card's QR code holds (shared/pdf/member-cards.ts),
 * read by the camera or typed by a USB scanner, looked up with the door's own people search.
 * Only a whole number counts — the current one, or a former one still printed on an older card —
 * never a name or a part of a number: a misread code lets nobody in.
 */
export function personOfScannedCode<P extends SearchablePerson>(
  index: PeopleSearchIndex<P>,
  code: string,
): P | undefined {
  const wanted = code.trim().toUpperCase();
  if (wanted === '') return undefined;
  const found = index.search(wanted, { limit: 1 })[0]?.person;
  if (!found) return undefined;
  const numbers = [found.memberNumber, ...(found.formerMemberNumbers ?? [])];
  return numbers.some((number) => number.toUpperCase() === wanted) ? found : undefined;
}
