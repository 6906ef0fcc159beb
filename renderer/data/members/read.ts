import { useMemo, useState } from 'react';
import type { CustomFieldDefinition } from '@shared/members/custom-fields';
import { currentOrLatestSeason } from '@shared/members/current-season';
import type { HouseholdDocument } from '@shared/members/household';
import type { MembershipDocument } from '@shared/members/membership';
import type { MergeRecord } from '@shared/members/merge-record';
import { mergeDetail, mergesIn } from '@shared/members/merge-record';
import type { Season } from '@shared/members/season';
import type { MembershipStatus, StatusPerson } from '@shared/members/status';
import { coversPerson, createStatusResolver } from '@shared/members/status';
import type { PersonDocument } from '@shared/members/person';
import { useHistory, useLatestEntryWithDetail } from '@renderer/data/audit/read';
import { useDirectory } from '@renderer/data/context';
import { useSeasons, useSetting } from '@renderer/data/settings/read';
import { localToday } from '@shared/dates/parse-date';
import type { HouseholdId, PersonId } from '@shared/ids';

/**
 * Everybody's derived status today (or `on`, an event's date: shared/events/event-status.ts),
 * recomputed when the members file or the seasons change.
 */
export function useStatuses(on?: string): {
  statusOf: (person: StatusPerson) => MembershipStatus;
  seasons: Season[];
} {
  const directory = useDirectory();
  const seasons = useSeasons();
  const statusOf = useMemo(
    () => createStatusResolver(directory.statusMemberships.values(), seasons, on ?? localToday(new Date())),
    [directory, seasons, on],
  );
  return { statusOf, seasons };
}

/** A person, live; `undefined` while there is none with this id (deleted, merged, a bad link). */
export function usePerson(id: PersonId | undefined): PersonDocument | undefined {
  const directory = useDirectory();
  return id ? directory.people.get(id) : undefined;
}

/** A household, live; `undefined` for `''` (no household) or one that is gone. */
export function useHousehold(id: HouseholdId | ''): HouseholdDocument | undefined {
  return useDirectory().households.get(id);
}

/** The people of a household, in file order. */
export function useHouseholdMembers(householdId: HouseholdId): PersonDocument[] {
  const directory = useDirectory();
  return useMemo(
    () => [...directory.people.values()].filter((person) => person.householdId === householdId),
    [directory, householdId],
  );
}

/** The memberships covering `person` (theirs and their household's), last paid first. */
export function usePersonMemberships(person: PersonDocument): MembershipDocument[] {
  const directory = useDirectory();
  return useMemo(
    () =>
      [...directory.memberships.values()]
        .filter((membership) => coversPerson(membership, person))
        .sort((a, b) => (a.paidOn < b.paidOn ? 1 : -1)),
    [directory, person],
  );
}

/** The custom fields of people, archived ones included (their values still show). */
export function useCustomFields(): CustomFieldDefinition[] {
  const setting = useSetting('custom-fields');
  return useMemo(() => (setting.read.state === 'ok' ? setting.read.value.fields : []), [setting.read]);
}

/** The season a screen starts on: today's, else the latest. */
export function useCurrentSeason(): Season | undefined {
  return currentOrLatestSeason(useSeasons(), localToday(new Date()));
}

const NONE: readonly string[] = [];

/**
 * The records merged into a person, and into those, merge after merge, read from the journal:
 * their ids (whose history is the person's too) and the merges themselves, newest first.
 */
export function useMergedRecords(personId: PersonId): {
  absorbedIds: readonly string[];
  merges: MergeRecord[];
} {
  const [discovered, setDiscovered] = useState<{ personId: string; ids: readonly string[] }>({
    personId,
    ids: [],
  });
  const absorbedIds = discovered.personId === personId ? discovered.ids : NONE;
  const merges = mergesIn(useHistory([personId, ...absorbedIds]));
  // A record merged into an absorbed one shows up once the absorbed one's entries are read:
  // widen the query (state adjusted while rendering, as React recommends for derived state).
  const missing = merges.filter((merge) => !absorbedIds.includes(merge.absorbedId));
  if (missing.length > 0) {
    setDiscovered({ personId, ids: [...absorbedIds, ...new Set(missing.map((merge) => merge.absorbedId))] });
  }
  return { absorbedIds, merges };
}

/** Where a merged record went: the record it was merged into, if that one still exists, and when. */
export function useMergedInto(id: string): { survivorId: PersonId; at: string } | undefined {
  const directory = useDirectory();
  // Rare (an old link, the back button): a scan of the journal is acceptable here.
  const entry = useLatestEntryWithDetail(mergeDetail(id));
  const survivor = entry ? directory.people.get(entry.documentId) : undefined;
  if (!entry || !survivor) return undefined;
  return { survivorId: survivor.id, at: entry.createdAt };
}
