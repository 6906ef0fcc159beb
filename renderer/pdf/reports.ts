import type { TFunction } from 'i18next';
import { formatDate } from '@shared/format/intl';
import type { SaveFileResult } from '@shared/ipc/contract';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import { pdfFileName } from '@shared/pdf/member-cards';
import { reportsDocument } from '@shared/pdf/reports';
import type { EventAttendance } from '@shared/reports/attendance';
import type { DonationsReport } from '@shared/reports/donations';
import type { MembersReport } from '@shared/reports/members';
import { attendanceTable, donationTables, membersTable } from '@shared/reports/tables';
import type { ReportTable } from '@shared/reports/tables';
import type { Platform } from '@renderer/platform/platform';
import { renderPdf } from '@renderer/pdf/render-pdf';

/**
 * The reports' tables in the app's language (the screen shows them under the charts) and their
 * PDF, saved like every other document: a save dialog on the desktop, a download in a browser.
 * A report the role may not read is absent (`undefined`), not empty.
 */
export interface ReportsInput {
  seasonLabel: string;
  year: number;
  members: MembersReport | undefined;
  donations: DonationsReport | undefined;
  attendance: readonly EventAttendance[] | undefined;
}

export function monthName(month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

export function reportTables(t: TFunction, locale: string, input: ReportsInput): ReportTable[] {
  const season = input.seasonLabel;
  const years = { year: input.year, previous: input.year - 1 };
  const tables: ReportTable[] = [];
  if (input.members) {
    const label = (key: 'tariff' | 'fees' | 'people' | 'amount' | 'total' | 'note' | 'empty') =>
      t(`reports.members.${key}`);
    tables.push(
      membersTable(
        input.members,
        {
          title: t('reports.members.title', { season }),
          note: label('note'),
          tariff: label('tariff'),
          fees: label('fees'),
          people: label('people'),
          amount: label('amount'),
          total: label('total'),
          empty: label('empty'),
        },
        locale,
      ),
    );
  }
  if (input.donations) {
    tables.push(
      ...donationTables(
        input.donations,
        {
          monthsTitle: t('reports.donations.monthsTitle', years),
          campaignsTitle: t('reports.donations.campaignsTitle', years),
          note: t('reports.donations.note'),
          month: t('reports.donations.month'),
          campaign: t('reports.donations.campaign'),
          noCampaign: t('reports.donations.noCampaign'),
          yearCount: t('reports.donations.count', { year: years.year }),
          yearAmount: t('reports.donations.amount', { year: years.year }),
          previousCount: t('reports.donations.count', { year: years.previous }),
          previousAmount: t('reports.donations.amount', { year: years.previous }),
          total: t('reports.donations.total'),
          empty: t('reports.donations.empty', years),
          monthName: (month) => monthName(month, locale),
        },
        locale,
      ),
    );
  }
  if (input.attendance) {
    const label = (
      key: 'event' | 'date' | 'registered' | 'present' | 'represented' | 'sheet' | 'closed' | 'open',
    ) => t(`reports.attendance.${key}`);
    tables.push(
      attendanceTable(
        input.attendance,
        {
          title: t('reports.attendance.title', { season }),
          note: t('reports.attendance.note'),
          event: label('event'),
          date: label('date'),
          registered: label('registered'),
          present: label('present'),
          represented: label('represented'),
          sheet: label('sheet'),
          closed: label('closed'),
          open: label('open'),
          empty: t('reports.attendance.empty'),
          formatDate: (date) => date.split('-').reverse().join('/'),
        },
        locale,
      ),
    );
  }
  return tables;
}

export function reportsPdfDocument(
  t: TFunction,
  organisation: string,
  locale: string,
  input: ReportsInput,
  today: string,
): PdfDocDefinition {
  const season = input.seasonLabel;
  return reportsDocument({
    organisation,
    heading: input.donations
      ? t('reports.pdf.heading', { season, year: input.year })
      : t('reports.pdf.headingNoDonations', { season }),
    generated: t('reports.pdf.generated', { date: formatDate(today, locale) }),
    documentTitle: t('reports.pdf.documentTitle', { season }),
    page: (page, count) => t('reports.pdf.page', { page, count }),
    tables: reportTables(t, locale, input),
  });
}

export async function printReports(
  platform: Platform,
  t: TFunction,
  organisation: string,
  locale: string,
  input: ReportsInput,
  today: string,
): Promise<SaveFileResult> {
  const data = await renderPdf(reportsPdfDocument(t, organisation, locale, input, today));
  return platform.saveFile({
    suggestedName: pdfFileName(t('reports.pdf.fileName', { season: input.seasonLabel }), 'rapports'),
    filterName: t('reports.pdf.fileFilter'),
    extensions: ['pdf'],
    mimeType: 'application/pdf',
    data,
  });
}
