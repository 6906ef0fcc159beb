import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { CheckInOutcome } from '@shared/events/check-in';
import { attendanceCounts } from '@shared/events/check-in';
import { doorTakings } from '@shared/events/door-payment';
import type { EventDocument } from '@shared/events/event';
import { formatTime } from '@shared/format/intl';
import type { DirectoryPerson } from '@shared/search/snapshot';
import { displayName } from '@shared/members/person';
import type { MembershipStatus } from '@shared/members/status';
import { personOfScannedCode } from '@shared/search/scanned-card';
import { useWrite } from '@renderer/components/use-write';
import { notify } from '@renderer/components/notices';
import { useCurrentUser, useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { useAttendance } from '@renderer/data/events/read';
import { checkIn, registerWalkIn, undoCheckIn } from '@renderer/data/events/write';
import { statusDateOf } from '@shared/events/event-status';
import { useStatuses } from '@renderer/data/members/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** Hits shown at the door: enough to pick from, few enough for big cards. */
const SHOWN = 8;

export interface EntranceHit {
  person: DirectoryPerson;
  status: MembershipStatus;
  attendance: AttendanceDocument | undefined;
}

/** Where the door is: the event, who checks in, and how a check-in goes. */
export interface DoorTarget {
  event: EventDocument;
  /** The door's name (the door account's), recorded with each check-in and on the takings. */
  door: string;
  /** After a write that let someone in (or found them in): notices, recent entries, the search. */
  admitted: (person: DirectoryPerson, outcome: CheckInOutcome | undefined) => void;
  /**
   * Where a check-in of `person` is written, with the record shown from a new door's directory
   * seed when this device holds none yet (`checkIn`'s `seeded`).
   */
  where: (person: DirectoryPerson) => {
    eventId: EventDocument['id'];
    personId: DirectoryPerson['id'];
    device: string;
    seeded?: AttendanceDocument;
  };
}

const RECENT = 10;

/**
 * The door's recent entries: the last people this door let in, read from the event's records —
 * a phone that reloads (its battery, a tab the browser dropped) finds them again, with their
 * « Annuler » — and those let in here during this visit whose entry another door made first
 * (offline, both), which say where. Latest first.
 */
function recentIds(
  admittedHere: readonly string[],
  attendance: readonly AttendanceDocument[],
  door: string,
): string[] {
  const at = new Map<string, string>();
  for (const record of attendance)
    if (record.present && (record.checkedInDevice === door || admittedHere.includes(record.personId)))
      at.set(record.personId, record.checkedInAt);
  return [...at]
    .sort(([, a], [, b]) => (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, RECENT)
    .map(([id]) => id);
}

/**
 * The door's work on one event: the search (the people search of the members file, accents,
 * case and word order ignored, member numbers too), checking in with undo, walk-ins, the counters,
 * this door's takings and its recent entries. Everything writes locally first: it works with no
 * network. Payments and cotisations at the door are `use-door-payments`'.
 */
export function useEntrance(
  event: EventDocument,
  onCheckedIn: (person: DirectoryPerson, undo: () => Promise<void>) => void,
) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = localeOf(language);
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const directory = useDirectory();
  // « À jour » for the season of the event's date, not today's (a September loto prepared in June).
  const { statusOf } = useStatuses(statusDateOf(event));
  const { attendance } = useAttendance(event.id);
  const { busy, run } = useWrite();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [recent, setRecent] = useState<string[]>([]);

  const byPerson = useMemo(
    () => new Map(attendance.map((record) => [record.personId, record])),
    [attendance],
  );
  // The records shown from the directory seed (the same objects), not held by this device yet.
  const seededRecords = directory.seededAttendance?.get(event.id);
  const seeded = useMemo(() => new Set(seededRecords), [seededRecords]);
  const hits = useMemo<EntranceHit[]>(() => {
    if (query.trim() === '') return [];
    return directory.index.search(query, { limit: SHOWN }).map(({ person }) => ({
      person,
      status: statusOf(person),
      attendance: byPerson.get(person.id),
    }));
  }, [directory, query, statusOf, byPerson]);
  /** A card the camera read: its holder as a hit, as if picked from the search. */
  const hitOfCode = (code: string): EntranceHit | undefined => {
    const person = personOfScannedCode(directory.index, code);
    return person && { person, status: statusOf(person), attendance: byPerson.get(person.id) };
  };
  const counts = useMemo(() => attendanceCounts(attendance), [attendance]);
  const door = user.name;
  const where = (person: DirectoryPerson) => {
    const record = byPerson.get(person.id);
    return {
      eventId: event.id,
      personId: person.id,
      device: door,
      ...(record && seeded.has(record) ? { seeded: record } : {}),
    };
  };
  const takings = useMemo(() => doorTakings(attendance, door), [attendance, door]);
  const recentEntries = useMemo(
    () =>
      recentIds(recent, attendance, door)
        .map((id) => directory.index.get(id))
        .filter((person): person is DirectoryPerson => person !== undefined)
        .map((person) => ({ person, attendance: byPerson.get(person.id) })),
    [recent, attendance, door, directory, byPerson],
  );
  const time = (instant: string) => formatTime(instant, locale);

  const undo = async (person: DirectoryPerson) => {
    const target = { eventId: event.id, personId: person.id, device: door };
    const outcome = await run(() => undoCheckIn(db, context, target), {
      success: (result) => (result.undone ? t('entrance.undone', { name: displayName(person) }) : undefined),
    });
    if (outcome?.undone) setRecent((ids) => ids.filter((id) => id !== person.id));
    else if (outcome)
      notify('orange', t('entrance.undoElsewhere', { name: displayName(person), door: outcome.device }));
  };

  const admitted = (person: DirectoryPerson, outcome: CheckInOutcome | undefined) => {
    if (!outcome) return;
    setQuery('');
    setSelected(0);
    if (outcome.kind === 'already') {
      notifications.clean();
      notifications.show({
        color: 'orange',
        message: t('entrance.already', { time: time(outcome.at), door: outcome.device }),
      });
      return;
    }
    setRecent((ids) => [person.id, ...ids.filter((id) => id !== person.id)].slice(0, RECENT));
    onCheckedIn(person, () => undo(person));
  };

  const letIn = async (person: DirectoryPerson) => {
    const target = where(person);
    admitted(person, await run(() => checkIn(db, context, target), { success: () => undefined }));
  };

  const walkIn = async (name: { firstName: string; lastName: string }) => {
    const person = await run(() => registerWalkIn(db, context, name), { success: () => undefined });
    if (person) await letIn(person);
    return person;
  };

  return {
    query,
    setQuery: (next: string) => {
      setQuery(next);
      setSelected(0);
    },
    hits,
    selected,
    select: (index: number) => setSelected(Math.max(0, Math.min(index, hits.length - 1))),
    hitOfCode,
    letIn,
    undo,
    walkIn,
    busy,
    counts,
    takings,
    /** Every record of the event, for the live quorum of a general assembly. */
    attendance,
    target: { event, door, admitted, where } satisfies DoorTarget,
    recent: recentEntries,
    time,
  };
}
