import { useMemo } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import { localToday } from '@shared/dates/parse-date';
import type { AttendanceDocument } from '@shared/events/attendance';
import { receiptKeptUntil } from '@shared/members/erasure';
import type { PersonDocument } from '@shared/members/person';
import { idsOf } from '@shared/members/person';
import { DEFAULT_RETENTION_YEARS, retentionCandidates } from '@shared/members/retention';
import type { RetentionListRow } from '@shared/members/retention';
import { useHistory } from '@renderer/data/audit/read';
import { useDirectory } from '@renderer/data/context';
import { useLive } from '@renderer/data/use-live';
import { useDonations, useReceipts } from '@renderer/data/donations/read';
import { useSetting } from '@renderer/data/settings/read';

/** Attendance records matching `selector`, live, as plain data. */
function useAttendanceWhere(selector: MangoQuery<AttendanceDocument>['selector']): AttendanceDocument[] {
  const key = JSON.stringify(selector);
  const query = useMemo<MangoQuery<AttendanceDocument>>(
    () => ({ selector: JSON.parse(key) as never }),
    [key],
  );
  return useLive<AttendanceDocument>('attendance', query).results;
}

/** What an erasure of `person` keeps and removes, counted from this device's data (the confirmation screen). */
export function useErasurePreview(person: PersonDocument) {
  const directory = useDirectory();
  const ids = idsOf(person);
  const { donations } = useDonations(person.id);
  const { receipts } = useReceipts();
  const attendance = useAttendanceWhere({ personId: { $in: ids } });
  const memberships = [...directory.memberships.values()].filter(
    (m) => m.holderKind === 'person' && ids.includes(m.holderId),
  );
  const household = person.householdId ? directory.households.get(person.householdId) : undefined;
  const householdAlone =
    household !== undefined &&
    ![...directory.people.values()].some((p) => p.householdId === household.id && !ids.includes(p.id));
  const journal = useHistory([...ids, ...memberships.map((m) => m.id), ...attendance.map((a) => a.id)]);
  const kept = receipts.filter((r) => ids.includes(r.donorId));
  return {
    receipts: kept.length,
    receiptsUntil: Math.max(0, ...kept.map((r) => receiptKeptUntil(r.issuedOn))),
    donations: donations.length,
    memberships: memberships.length,
    attendance: attendance.length,
    household: household ? { name: household.name, removed: householdAlone } : null,
    journal: journal.filter((entry) => entry.action !== 'erasure' && entry.erasedBy === undefined).length,
  };
}

/** A line of the retention list (its columns and export: shared/members/retention.ts). */
export type RetentionRow = RetentionListRow;

/** The retention assistant's list: former members and donors past the association's period. */
export function useRetention(): { loading: boolean; years: number; rows: RetentionRow[] } {
  const directory = useDirectory();
  const setting = useSetting('retention');
  const { donations, loading } = useDonations();
  const attendance = useAttendanceWhere({ present: true });
  const years =
    setting.read.state === 'ok' ? setting.read.value.yearsAfterLastContact : DEFAULT_RETENTION_YEARS;
  const rows = useMemo(() => {
    const candidates = retentionCandidates(
      {
        people: directory.people.values(),
        memberships: directory.memberships.values(),
        donations,
        attendance,
      },
      { yearsAfterLastContact: years },
      localToday(new Date()),
    );
    return candidates.flatMap((candidate) => {
      const person = directory.people.get(candidate.personId);
      return person ? [{ ...candidate, person }] : [];
    });
  }, [directory, donations, attendance, years]);
  return { loading: loading || setting.loading, years, rows };
}
