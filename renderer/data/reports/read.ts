import { useMemo } from 'react';
import type { MangoQuery } from 'rxdb/plugins/core';
import type { DonationDocument } from '@shared/donations/donation';
import type { AttendanceDocument } from '@shared/events/attendance';
import type { SheetDocument } from '@shared/events/sheet';
import type { Season } from '@shared/members/season';
import { attendanceReport, seasonEvents } from '@shared/reports/attendance';
import type { EventAttendance } from '@shared/reports/attendance';
import { donationsReport, donationsReportRange, reportYears } from '@shared/reports/donations';
import type { DonationsReport } from '@shared/reports/donations';
import { membersReport } from '@shared/reports/members';
import type { MembersReport } from '@shared/reports/members';
import { useDirectory } from '@renderer/data/context';
import { useEvents } from '@renderer/data/events/read';
import { useLive } from '@renderer/data/use-live';

/**
 * The reports' figures (« Rapports »), live: a fee, a gift or a check-in recorded here, in another
 * tab or by the sync changes them at once. The sums themselves are shared/reports/'s.
 */

/** Members per tariff of `season`, from the directory (people and fees are already in memory). */
export function useMembersReport(season: Season | undefined): MembersReport | undefined {
  const directory = useDirectory();
  return useMemo(
    () =>
      season ? membersReport(directory.people.values(), directory.memberships.values(), season) : undefined,
    [directory, season],
  );
}

/** The years a donations report may show, newest first (this year at least). */
export function useDonationYears(today: string): number[] {
  const query = useMemo<MangoQuery<DonationDocument>>(
    () => ({ selector: {}, sort: [{ receivedOn: 'asc' }], limit: 1 }),
    [],
  );
  const { results } = useLive<DonationDocument>('donations', query);
  const oldest = results[0]?.receivedOn;
  return useMemo(() => reportYears(oldest, today), [oldest, today]);
}

/** The donations a report of `year` reads: that year and the one before; none when not `allowed`. */
export function donationsReportQuery(year: number, allowed: boolean): MangoQuery<DonationDocument> {
  if (!allowed) return { selector: { id: { $in: [] } } };
  const { from, to } = donationsReportRange(year);
  return { selector: { receivedOn: { $gte: from, $lte: to } } };
}

/**
 * Donations of `year` beside the year before, per month and per campaign. `allowed` false reads
 * nothing: an office PC shared by the treasurer holds donations the secretary may not see.
 */
export function useDonationsReport(
  year: number,
  allowed: boolean,
): { loading: boolean; report: DonationsReport } {
  const query = useMemo(() => donationsReportQuery(year, allowed), [year, allowed]);
  const { loading, results } = useLive<DonationDocument>('donations', query);
  const report = useMemo(() => donationsReport(results, year), [results, year]);
  return { loading, report };
}

/** Registered, present and represented at each event of `season`, live or from closed sheets. */
export function useAttendanceReport(season: Season | undefined): {
  loading: boolean;
  rows: EventAttendance[];
} {
  const { loading: eventsLoading, events } = useEvents();
  const shown = useMemo(() => (season ? seasonEvents(events, season) : []), [events, season]);
  const key = shown.map((event) => event.id).join(',');
  const byEvent = useMemo(
    () => ({ selector: { eventId: { $in: key === '' ? [] : key.split(',') } } }),
    [key],
  );
  const attendance = useLive<AttendanceDocument>('attendance', byEvent as MangoQuery<AttendanceDocument>);
  const sheets = useLive<SheetDocument>('sheets', byEvent as MangoQuery<SheetDocument>);
  const rows = useMemo(
    () => (season ? attendanceReport(shown, season, attendance.results, sheets.results) : []),
    [shown, season, attendance.results, sheets.results],
  );
  return { loading: eventsLoading || attendance.loading || sheets.loading, rows };
}
