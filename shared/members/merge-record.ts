import type { AuditEntry } from '@shared/audit/audit';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';

/**
 * How a merge of two people is recorded: one journal entry on the survivor whose detail is
 * `merge:<absorbedId>` and whose `merge` change reads « name (number) » before and after. The
 * absorbed record is gone; this entry is what still leads to it.
 */
export const MERGE_DETAIL_PREFIX = 'merge:';

/** The detail of the entry recording that `absorbedId` was merged into another record. */
export function mergeDetail(absorbedId: string): string {
  return `${MERGE_DETAIL_PREFIX}${absorbedId}`;
}

/** A record as a merge names it, on screen and in the journal: « Anne Dupont (A-0042) ». */
export function mergeLabel(person: Pick<PersonDocument, 'firstName' | 'lastName' | 'memberNumber'>): string {
  return person.memberNumber ? `${displayName(person)} (${person.memberNumber})` : displayName(person);
}

export interface MergeRecord {
  absorbedId: string;
  /** The absorbed record's label when it was merged. */
  label: string;
  at: string;
  userName: string;
}

/** The merges among journal entries, in their order. */
export function mergesIn(entries: readonly AuditEntry[]): MergeRecord[] {
  return entries
    .filter((entry) => entry.collectionName === 'people' && entry.detail.startsWith(MERGE_DETAIL_PREFIX))
    .map((entry) => ({
      absorbedId: entry.detail.slice(MERGE_DETAIL_PREFIX.length),
      label: String(entry.changes.find((change) => change.field === 'merge')?.before ?? ''),
      at: entry.createdAt,
      userName: entry.userName,
    }));
}
