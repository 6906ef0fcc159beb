import { formatCount, formatMoney } from '@shared/format/intl';
import type { Cents } from '@shared/money/cents';
import type { EventAttendance } from '@shared/reports/attendance';
import type { DonationsReport, YearFigures } from '@shared/reports/donations';
import type { MembersReport } from '@shared/reports/members';

/**
 * Each report as one table of figures, already formatted: what the screen shows under its chart
 * (and reads aloud), what the chart draws, and what the PDF prints — the three cannot disagree.
 * Texts come in filled (`labels`), in the app's language; numbers and money in its locale.
 */

export interface ReportTable {
  id: 'members' | 'donations-months' | 'donations-campaigns' | 'attendance';
  title: string;
  /** How the figures are counted, in a sentence; `''` for none. */
  note: string;
  columns: { label: string; numeric: boolean }[];
  rows: { key: string; cells: string[]; bars: number[] }[];
  /** The last row, in bold; `undefined` when a total means nothing (attendance). */
  total: string[] | undefined;
  /** What each bar of a row stands for (the chart's legend), and whether its values are cents. */
  series: string[];
  money: boolean;
  /** Said instead of the table when there is no row. */
  empty: string;
}

export interface MembersLabels {
  title: string;
  note: string;
  tariff: string;
  fees: string;
  people: string;
  amount: string;
  total: string;
  empty: string;
}

export interface DonationsLabels {
  monthsTitle: string;
  campaignsTitle: string;
  note: string;
  month: string;
  campaign: string;
  noCampaign: string;
  /** « Dons 2026 », « Montant 2026 », the same for the year before. */
  yearCount: string;
  yearAmount: string;
  previousCount: string;
  previousAmount: string;
  total: string;
  empty: string;
  /** « janvier »… for 1 to 12. */
  monthName: (month: number) => string;
}

export interface AttendanceLabels {
  title: string;
  note: string;
  event: string;
  date: string;
  registered: string;
  present: string;
  represented: string;
  sheet: string;
  closed: string;
  open: string;
  empty: string;
  formatDate: (isoDate: string) => string;
}

/** French `Intl` separates thousands with U+202F, which the PDF font lacks: a plain NBSP instead. */
const plainSpaces = (text: string) => text.replace(/\u202f/g, '\u00a0');

export function reportFormats(locale: string) {
  return {
    count: (n: number) => plainSpaces(formatCount(n, locale)),
    money: (cents: number) => plainSpaces(formatMoney(cents as Cents, locale)),
  };
}

export function membersTable(report: MembersReport, labels: MembersLabels, locale: string): ReportTable {
  const f = reportFormats(locale);
  return {
    id: 'members',
    title: labels.title,
    note: labels.note,
    columns: [
      { label: labels.tariff, numeric: false },
      { label: labels.fees, numeric: true },
      { label: labels.people, numeric: true },
      { label: labels.amount, numeric: true },
    ],
    rows: report.tariffs.map((tariff) => ({
      key: tariff.tariffId,
      cells: [tariff.label, f.count(tariff.fees), f.count(tariff.people), f.money(tariff.amount)],
      bars: [tariff.people],
    })),
    total:
      report.tariffs.length > 0
        ? [
            labels.total,
            f.count(report.total.fees),
            f.count(report.total.people),
            f.money(report.total.amount),
          ]
        : undefined,
    series: [labels.people],
    money: false,
    empty: labels.empty,
  };
}

function yearCells(figures: { year: YearFigures; previous: YearFigures }, locale: string): string[] {
  const f = reportFormats(locale);
  return [
    f.count(figures.year.count),
    f.money(figures.year.amount),
    f.count(figures.previous.count),
    f.money(figures.previous.amount),
  ];
}

function donationColumns(first: string, labels: DonationsLabels): ReportTable['columns'] {
  return [
    { label: first, numeric: false },
    ...[labels.yearCount, labels.yearAmount, labels.previousCount, labels.previousAmount].map((label) => ({
      label,
      numeric: true,
    })),
  ];
}

export function donationTables(
  report: DonationsReport,
  labels: DonationsLabels,
  locale: string,
): [ReportTable, ReportTable] {
  const any = report.total.year.count + report.total.previous.count > 0;
  const total = any ? [labels.total, ...yearCells(report.total, locale)] : undefined;
  const shared = { note: labels.note, series: [labels.yearAmount, labels.previousAmount], money: true };
  return [
    {
      id: 'donations-months',
      title: labels.monthsTitle,
      ...shared,
      columns: donationColumns(labels.month, labels),
      rows: any
        ? report.months.map((month) => ({
            key: String(month.month),
            cells: [labels.monthName(month.month), ...yearCells(month, locale)],
            bars: [month.year.amount, month.previous.amount],
          }))
        : [],
      total,
      empty: labels.empty,
    },
    {
      id: 'donations-campaigns',
      title: labels.campaignsTitle,
      ...shared,
      columns: donationColumns(labels.campaign, labels),
      rows: report.campaigns.map((campaign) => ({
        key: campaign.campaign,
        cells: [campaign.campaign || labels.noCampaign, ...yearCells(campaign, locale)],
        bars: [campaign.year.amount, campaign.previous.amount],
      })),
      total,
      empty: labels.empty,
    },
  ];
}

export function attendanceTable(
  rows: readonly EventAttendance[],
  labels: AttendanceLabels,
  locale: string,
): ReportTable {
  const f = reportFormats(locale);
  return {
    id: 'attendance',
    title: labels.title,
    note: labels.note,
    columns: [
      { label: labels.event, numeric: false },
      { label: labels.date, numeric: false },
      { label: labels.registered, numeric: true },
      { label: labels.present, numeric: true },
      { label: labels.represented, numeric: true },
      { label: labels.sheet, numeric: false },
    ],
    rows: rows.map((row) => ({
      key: row.eventId,
      cells: [
        row.title,
        labels.formatDate(row.startsOn),
        f.count(row.registered),
        f.count(row.present),
        f.count(row.represented),
        row.closed ? labels.closed : labels.open,
      ],
      bars: [row.registered, row.present],
    })),
    total: undefined,
    series: [labels.registered, labels.present],
    money: false,
    empty: labels.empty,
  };
}
