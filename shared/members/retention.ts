import { z } from 'zod';
import type { ListColumn } from '@shared/export/list-export';
import { displayName, idsOf } from '@shared/members/person';
import type { PersonDocument } from '@shared/members/person';

/**
 * The retention assistant (RGPD, docs/data-protection.md): former members and donors with no
 * contact for longer than the association keeps data, listed for erasure. The CNIL's guidance for
 * members and donors: the time of the relationship, then 3 years after the last contact.
 */

export const DEFAULT_RETENTION_YEARS = 3;

/** Setting `retention`: how many whole years after the last contact a former member is listed. */
export const retentionSettingSchema = z
  .object({
    yearsAfterLastContact: z
      .number({ error: 'errors.retention.years' })
      .int({ error: 'errors.retention.years' })
      .min(1, { error: 'errors.retention.years' })
      .max(10, { error: 'errors.retention.years' })
      .default(DEFAULT_RETENTION_YEARS),
  })
  .strict();
export type RetentionSetting = z.output<typeof retentionSettingSchema>;

/** What counts as contact with a person: a fee, a gift, a check-in. */
export interface RetentionInput {
  people: Iterable<Pick<PersonDocument, 'id' | 'mergedIds' | 'erasedOn' | 'householdId'>>;
  memberships: Iterable<{ holderKind: string; holderId: string; paidOn: string }>;
  donations: Iterable<{ donorId: string; receivedOn: string }>;
  attendance: Iterable<{ personId: string; present: boolean; checkedInAt: string }>;
}

export interface RetentionCandidate {
  personId: string;
  /** The day of the last contact (`YYYY-MM-DD`). */
  lastContact: string;
  member: boolean;
  donor: boolean;
}

/** `YYYY-MM-DD` minus whole years; 29 February falls back to the 28th. */
export function yearsBefore(day: string, years: number): string {
  const year = String(Number(day.slice(0, 4)) - years).padStart(4, '0');
  const candidate = `${year}${day.slice(4)}`;
  if (day.slice(5) !== '02-29') return candidate;
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return leap(Number(year)) ? candidate : `${year}-02-28`;
}

const later = (a: string | undefined, b: string) => (a === undefined || b > a ? b : a);

/**
 * People to propose for erasure on `today`: not erased yet, who were members (a fee of their own
 * or of their household) or donors, and whose last contact — a fee paid, a gift received, a
 * check-in — is on or before `today` minus the setting's years. Sorted from the oldest contact.
 * The record's creation is no contact: an import of years of old files creates records today.
 */
export function retentionCandidates(
  input: RetentionInput,
  setting: RetentionSetting,
  today: string,
): RetentionCandidate[] {
  const limit = yearsBefore(today, setting.yearsAfterLastContact);
  const lastFee = new Map<string, string>();
  for (const m of input.memberships) lastFee.set(m.holderId, later(lastFee.get(m.holderId), m.paidOn));
  const lastGift = new Map<string, string>();
  for (const d of input.donations) lastGift.set(d.donorId, later(lastGift.get(d.donorId), d.receivedOn));
  const lastVisit = new Map<string, string>();
  for (const a of input.attendance) {
    if (a.present && a.checkedInAt !== '') {
      lastVisit.set(a.personId, later(lastVisit.get(a.personId), a.checkedInAt.slice(0, 10)));
    }
  }

  const candidates: RetentionCandidate[] = [];
  for (const person of input.people) {
    if (person.erasedOn !== '') continue;
    let last: string | undefined;
    let member = false;
    let donor = false;
    const holders = [...idsOf(person), ...(person.householdId ? [person.householdId] : [])];
    for (const id of holders) {
      const fee = lastFee.get(id);
      if (fee !== undefined) {
        member = true;
        last = later(last, fee);
      }
    }
    for (const id of idsOf(person)) {
      const gift = lastGift.get(id);
      if (gift !== undefined) {
        donor = true;
        last = later(last, gift);
      }
      const visit = lastVisit.get(id);
      if (visit !== undefined) last = later(last, visit);
    }
    if ((member || donor) && last !== undefined && last <= limit) {
      candidates.push({ personId: person.id, lastContact: last, member, donor });
    }
  }
  return candidates.sort(
    (a, b) => a.lastContact.localeCompare(b.lastContact) || a.personId.localeCompare(b.personId),
  );
}

/** A line of the retention assistant's list: the candidate and the person it names. */
export interface RetentionListRow extends RetentionCandidate {
  person: PersonDocument;
}

/** The retention list's columns (RetentionList.tsx), for its export: who, last contact, why. */
export const RETENTION_COLUMNS: readonly ListColumn<RetentionListRow>[] = [
  { id: 'name', label: 'retention.columns.name', cell: (row) => displayName(row.person) },
  { id: 'number', label: 'fields.people.memberNumber', cell: (row) => row.person.memberNumber },
  { id: 'lastContact', label: 'retention.columns.lastContact', cell: (row) => ({ date: row.lastContact }) },
  {
    id: 'kind',
    label: 'retention.columns.kind',
    cell: (row, t) =>
      [row.member ? t('retention.member') : '', row.donor ? t('retention.donor') : '']
        .filter(Boolean)
        .join(', '),
  },
];
