import { useEffect, useState } from 'react';
import { z } from 'zod';
import { formatMemberNumber, parseMemberNumber } from '@shared/members/member-number';
import { useData } from '@renderer/data/context';
import type { TilleulDatabase } from '@renderer/data/database';

/**
 * Member numbers this device took away from the file: the people an import's cancellation
 * removed, and the erased (whose record stays, emptied of its number). A number once printed on a
 * card is never given to someone else, but the next number is computed from the people the device
 * holds: without this, the next new file took a removed person's number again — on a device alone
 * a second card with the same number, on a device with a server a refusal and « Le numéro … était
 * déjà pris sur un autre poste » (walked: an import cancelled, then the same file imported again).
 *
 * Kept as the highest sequence of each series (all `nextMemberNumber` needs), in an RxDB local
 * document: it never syncs; the server keeps every number ever given and refuses one taken
 * elsewhere.
 */
const DOCUMENT = 'retired-member-numbers';

const retiredSchema = z.object({ numbers: z.array(z.string().max(40)).max(1000) });

const NONE: readonly string[] = [];

function parsed(data: unknown): readonly string[] {
  const valid = retiredSchema.safeParse(data);
  return valid.success ? valid.data.numbers : NONE;
}

/** The highest number of each series among `numbers` (those that are not of a series are dropped). */
function highestBySeries(numbers: Iterable<string>): string[] {
  const highest = new Map<string, number>();
  for (const number of numbers) {
    const value = parseMemberNumber(number);
    if (value && value.sequence > (highest.get(value.series) ?? 0)) highest.set(value.series, value.sequence);
  }
  return [...highest].map(([series, sequence]) => formatMemberNumber(series, sequence));
}

export async function retiredMemberNumbers(db: TilleulDatabase): Promise<readonly string[]> {
  const stored = await db.getLocal(DOCUMENT);
  return stored ? parsed(stored.toJSON().data) : NONE;
}

/** Remembers `numbers` (and former numbers) of people about to leave the file, before they go. */
export async function retireMemberNumbers(
  db: TilleulDatabase,
  people: Iterable<{ memberNumber: string; formerMemberNumbers: readonly string[] }>,
): Promise<void> {
  const numbers: string[] = [];
  for (const person of people) numbers.push(person.memberNumber, ...person.formerMemberNumbers);
  if (!numbers.some((number) => parseMemberNumber(number))) return;
  const kept = highestBySeries([...(await retiredMemberNumbers(db)), ...numbers]);
  await db.upsertLocal(DOCUMENT, { numbers: kept });
}

/** The retired numbers, live: for what numbers people as it renders (an import's dry run). */
export function useRetiredMemberNumbers(): readonly string[] {
  const { db } = useData();
  const [numbers, setNumbers] = useState<readonly string[]>(NONE);
  useEffect(() => {
    const subscription = db
      .getLocal$(DOCUMENT)
      .subscribe((doc) => setNumbers(doc ? parsed(doc.toJSON().data) : NONE));
    return () => subscription.unsubscribe();
  }, [db]);
  return numbers;
}
