import { asEventId, type EventId } from '@shared/ids';
import { statusDateOf } from '@shared/events/event-status';
import { useMemo } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { EventDocument } from '@shared/events/event';
import type { QuorumFigures } from '@shared/events/quorum';
import { quorumFigures } from '@shared/events/quorum';
import type { RollEntry } from '@shared/events/roll';
import { eventRoll } from '@shared/events/roll';
import type { DirectoryPerson } from '@shared/search/snapshot';
import { createStatusResolver } from '@shared/members/status';
import { useDirectory, useSeededAttendance } from '@renderer/data/context';
import { useSeasons } from '@renderer/data/settings/read';
import { useLive } from '@renderer/data/use-live';
import { useReadByIds } from '@renderer/data/read-by-ids';

/** Every event, soonest first (cancelled ones included: the list says so). */
export function useEvents(): { loading: boolean; events: EventDocument[] } {
  const query = useMemo<MangoQuery<EventDocument>>(() => ({ selector: {}, sort: [{ startsOn: 'asc' }] }), []);
  const { loading, results } = useLive<EventDocument>('events', query);
  return { loading, events: results };
}

export interface CheckInTarget {
  personId: string;
  eventId: string;
}
const checkInTarget = (record: AttendanceDocument): CheckInTarget => ({
  personId: record.personId,
  eventId: record.eventId,
});

/**
 * Whom and which event each of these check-in records is about, for those this device holds
 * (read by id when the list of ids changes, not followed live): the journal's « Sur » column.
 */
export function useCheckInTargets(ids: readonly string[]): ReadonlyMap<string, CheckInTarget> {
  return useReadByIds('attendance', ids, checkInTarget);
}

/** The events an import created (a HelloAsso ticketing file), live: none once it is undone. */
export function useImportedEvents(importId: string): EventDocument[] {
  const query = useMemo<MangoQuery<EventDocument>>(
    () => ({ selector: { importId }, sort: [{ startsOn: 'asc' }] }),
    [importId],
  );
  return useLive<EventDocument>('events', query).results;
}

/** One event, live; `undefined` while loading or when there is none with this id. */
export function useEvent(id: EventId | undefined): { loading: boolean; event: EventDocument | undefined } {
  const query = useMemo<MangoQuery<EventDocument>>(
    () => ({ selector: { id: id ?? asEventId('') }, limit: 1 }),
    [id],
  );
  const { loading, results } = useLive<EventDocument>('events', query);
  return { loading, event: results[0] };
}

/**
 * `held` and the records of `seeded` this device does not hold yet (a new door device's directory
 * seed, `DirectoryView.seededAttendance`): what is held is newer, or written here.
 */
export function withSeeded(
  held: AttendanceDocument[],
  seeded: readonly AttendanceDocument[] | undefined,
): AttendanceDocument[] {
  if (!seeded || seeded.length === 0) return held;
  const ids = new Set(held.map((record) => record.id));
  const missing = seeded.filter((record) => !ids.has(record.id));
  return missing.length === 0 ? held : [...held, ...missing];
}

/**
 * The attendance records of an event (registrations, presence, door payments), live; on a new
 * door device, with those of its directory seed not pulled yet.
 */
export function useAttendance(eventId: EventId | undefined): {
  loading: boolean;
  attendance: AttendanceDocument[];
} {
  const query = useMemo<MangoQuery<AttendanceDocument>>(
    () => ({ selector: { eventId: eventId ?? asEventId('') } }),
    [eventId],
  );
  const { loading, results } = useLive<AttendanceDocument>('attendance', query);
  const seeded = useSeededAttendance()?.get(eventId ?? '');
  const attendance = useMemo(() => withSeeded(results, seeded), [results, seeded]);
  return { loading, attendance };
}

/** Inscrits and présents of each of these events (the list's columns), live. */
export function useAttendanceTotals(eventIds: readonly string[]): {
  loading: boolean;
  totals: ReadonlyMap<string, { registered: number; present: number }>;
} {
  const key = eventIds.join(',');
  const ids = useMemo(() => (key === '' ? [] : key.split(',')), [key]);
  const query = useMemo<MangoQuery<AttendanceDocument>>(
    () => ({ selector: { eventId: { $in: ids } } }),
    [ids],
  );
  const { loading, results } = useLive<AttendanceDocument>('attendance', query);
  const seededAttendance = useSeededAttendance();
  const totals = useMemo(() => {
    const byEvent = new Map<string, { registered: number; present: number }>();
    const seeded = ids.flatMap((id) => seededAttendance?.get(id) ?? []);
    for (const record of withSeeded(results, seeded)) {
      const total = byEvent.get(record.eventId) ?? { registered: 0, present: 0 };
      if (record.registered) total.registered += 1;
      if (record.present) total.present += 1;
      byEvent.set(record.eventId, total);
    }
    return byEvent;
  }, [results, seededAttendance, ids]);
  return { loading, totals };
}

/**
 * The event's roll (the people its sheet lists, numbered in the sheet's order, with their
 * status at the event's date) and, for a general assembly, its live quorum figures. Read from
 * the directory's index and statuses, which every device holds (a door device holds nothing
 * else of the people), and which the entrance has from the start.
 */
export function useEventRoll(
  event: EventDocument | undefined,
  attendance: readonly AttendanceDocument[],
): { roll: RollEntry<DirectoryPerson>[]; quorum: QuorumFigures | undefined } {
  const directory = useDirectory();
  const seasons = useSeasons();
  const startsOn = event ? statusDateOf(event) : '';
  const assembly = event?.kind === 'assembly' ? event.assembly : undefined;
  const statusOf = useMemo(
    () => createStatusResolver(directory.statusMemberships.values(), seasons, startsOn),
    [directory, seasons, startsOn],
  );
  const roll = useMemo(
    () => eventRoll({ people: directory.index, attendance, statusOf, voters: assembly?.voters }),
    [directory, attendance, statusOf, assembly?.voters],
  );
  const quorum = useMemo(() => {
    if (!assembly) return undefined;
    const voters = new Set(roll.filter((entry) => entry.voter).map((entry) => entry.person.id));
    return quorumFigures(attendance, (id) => voters.has(id), voters.size, assembly);
  }, [roll, attendance, assembly]);
  return { roll, quorum };
}
