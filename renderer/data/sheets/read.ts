import { asEventId, type EventId, type PersonId } from '@shared/ids';
import { useEffect, useMemo, useState } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { AttendanceDocument } from '@shared/events/attendance';
import { personPresence, presenceOf } from '@shared/events/presence';
import type { PersonPresence, Presence } from '@shared/events/presence';
import type { SheetDocument } from '@shared/events/sheet';
import { sheetTotals } from '@shared/events/sheet-fold';
import { useAttendance, useAttendanceTotals } from '@renderer/data/events/read';
import { useData } from '@renderer/data/context';
import { sheetPeopleIndex } from '@renderer/data/sheets/people-index';
import { useLive } from '@renderer/data/use-live';

/**
 * Reading closed events' sheets (issue 16). Screens ask for « the presence of an event » or « a
 * person's presence » and get the same records whether the event is live or closed.
 */

/** The sheet parts of an event, live (none while the event is open, or on a door device). */
export function useSheet(eventId: EventId | undefined): { loading: boolean; sheets: SheetDocument[] } {
  const query = useMemo<MangoQuery<SheetDocument>>(
    () => ({ selector: { eventId: eventId ?? asEventId('') }, sort: [{ id: 'asc' }] }),
    [eventId],
  );
  const { loading, results } = useLive<SheetDocument>('sheets', query);
  return { loading, sheets: results };
}

/** The query of the sheets a person is on: listed, or added by an amendment. */
export function sheetsOfPersonQuery(personId: PersonId): MangoQuery<SheetDocument> {
  return {
    selector: {
      $or: [
        { rows: { $elemMatch: { personId } } },
        { amendments: { $elemMatch: { 'row.personId': personId } } },
      ],
    },
  };
}

/**
 * The sheets a person is on, live: their ids from the session's index of the sheets' people
 * (people-index.ts), then those sheets by id — never every sheet of the association read again.
 */
export function useSheetsOfPerson(personId: PersonId): { loading: boolean; sheets: SheetDocument[] } {
  const { db } = useData();
  const [found, setFound] = useState<{ personId: PersonId; ids: string } | null>(null);
  useEffect(() => {
    const index = sheetPeopleIndex(db);
    let live = true;
    const subscription = index.version.subscribe(() => {
      void index.ready.then(() => {
        if (live) setFound({ personId, ids: index.sheetIdsOf(personId).join(',') });
      });
    });
    return () => {
      live = false;
      subscription.unsubscribe();
    };
  }, [db, personId]);
  const ids = found?.personId === personId ? found.ids : null;
  const query = useMemo<MangoQuery<SheetDocument>>(
    () => ({ selector: { id: { $in: ids ? ids.split(',') : [] } }, sort: [{ id: 'asc' }] }),
    [ids],
  );
  const { loading, results } = useLive<SheetDocument>('sheets', query);
  return { loading: ids === null || loading, sheets: ids === '' ? [] : results };
}

/** The presence of an event from its live attendance or its sheet, whichever it has. */
export function usePresence(eventId: EventId | undefined): { loading: boolean } & Presence {
  const attendance = useAttendance(eventId);
  const sheet = useSheet(eventId);
  const presence = useMemo(
    () => presenceOf(eventId ?? asEventId(''), attendance.attendance, sheet.sheets),
    [eventId, attendance.attendance, sheet.sheets],
  );
  return { loading: attendance.loading || sheet.loading, ...presence };
}

/** A person's attendance records, live (registrations, presence, proxies), every event. */
function usePersonAttendance(personId: PersonId): { loading: boolean; attendance: AttendanceDocument[] } {
  const query = useMemo<MangoQuery<AttendanceDocument>>(() => ({ selector: { personId } }), [personId]);
  const { loading, results } = useLive<AttendanceDocument>('attendance', query);
  return { loading, attendance: results };
}

/** The events a person is on, from live attendance and sheets alike. */
export function usePersonPresence(personId: PersonId): { loading: boolean; lines: PersonPresence[] } {
  const attendance = usePersonAttendance(personId);
  const sheets = useSheetsOfPerson(personId);
  const lines = useMemo(
    () => personPresence(personId, attendance.attendance, sheets.sheets),
    [personId, attendance.attendance, sheets.sheets],
  );
  return { loading: attendance.loading || sheets.loading, lines };
}

/**
 * Inscrits and présents of each of these events (the list's columns), live: from attendance while
 * an event is open, from its sheet (amendments applied) once closed.
 */
export function useEventTotals(eventIds: readonly string[]): {
  loading: boolean;
  totals: ReadonlyMap<string, { registered: number; present: number }>;
} {
  const live = useAttendanceTotals(eventIds);
  const key = eventIds.join(',');
  const query = useMemo<MangoQuery<SheetDocument>>(
    () => ({ selector: { eventId: { $in: key === '' ? [] : key.split(',') } } }),
    [key],
  );
  const sheets = useLive<SheetDocument>('sheets', query);
  const totals = useMemo(() => {
    const parts = new Map<string, SheetDocument[]>();
    for (const sheet of sheets.results)
      parts.set(sheet.eventId, [...(parts.get(sheet.eventId) ?? []), sheet]);
    const merged = new Map(live.totals);
    for (const [eventId, held] of parts) {
      const { registered, present } = sheetTotals(held);
      merged.set(eventId, { registered, present });
    }
    return merged;
  }, [live.totals, sheets.results]);
  return { loading: live.loading || sheets.loading, totals };
}
