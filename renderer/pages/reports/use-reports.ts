import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localToday } from '@shared/dates/parse-date';
import { reportsFor } from '@shared/reports/access';
import { useWrite } from '@renderer/components/use-write';
import { useCurrentUser } from '@renderer/data/context';
import { useCurrentSeason } from '@renderer/data/members/read';
import {
  useAttendanceReport,
  useDonationsReport,
  useDonationYears,
  useMembersReport,
} from '@renderer/data/reports/read';
import { useSeasons, useSetting } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { printReports, reportTables } from '@renderer/pdf/reports';
import type { ReportsInput } from '@renderer/pdf/reports';
import { usePlatform } from '@renderer/platform/context';

/**
 * What the Rapports page shows: the season and year chosen, the reports this role may read, as
 * tables (the charts draw them), and « Imprimer en PDF ».
 */
export function useReports() {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  const user = useCurrentUser();
  const kinds = useMemo(() => reportsFor(user.role), [user.role]);
  const today = localToday(new Date());
  const seasons = useSeasons();
  const current = useCurrentSeason();
  const [chosenSeason, setSeasonId] = useState<string | null>(null);
  const season = seasons.find((one) => one.id === (chosenSeason ?? current?.id)) ?? current;
  const mayReadDonations = kinds.includes('donations');
  const years = useDonationYears(today);
  const [year, setYear] = useState(Number(today.slice(0, 4)));

  const members = useMembersReport(season);
  const donations = useDonationsReport(year, mayReadDonations);
  const attendance = useAttendanceReport(season);
  const input: ReportsInput = useMemo(
    () => ({
      seasonLabel: season?.label ?? '',
      year,
      members: season && kinds.includes('members') ? members : undefined,
      donations: mayReadDonations ? donations.report : undefined,
      attendance: season && kinds.includes('attendance') ? attendance.rows : undefined,
    }),
    [season, year, members, donations.report, attendance.rows, mayReadDonations, kinds],
  );
  const tables = useMemo(() => reportTables(t, locale, input), [t, locale, input]);

  const platform = usePlatform();
  const organisation = useSetting('organisation');
  const association = organisation.read.state === 'ok' ? organisation.read.value.name : '';
  const { busy, run } = useWrite();
  const print = () =>
    run(() => printReports(platform, t, association, locale, input, today), {
      success: (result) => (result.saved ? t('reports.printed') : undefined),
    });

  return {
    locale,
    seasons,
    season,
    setSeasonId,
    years: mayReadDonations ? years : [],
    year,
    setYear,
    tables,
    loading: donations.loading || attendance.loading,
    busy,
    print,
  };
}
