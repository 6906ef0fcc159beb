import type { TranslationShape } from '@renderer/i18n/shape';
import type { reportsActionsFr, reportsFr } from '@renderer/i18n/sections/reports.fr';

export const reportsEn: TranslationShape<typeof reportsFr> = {
  title: 'Reports',
  intro:
    'The association’s figures as charts, each with its table. Choose the season and the year, then print it all as a PDF.',
  season: 'Season',
  year: 'Donations year',
  noSeasons: 'No season is defined: create one in Settings → Seasons and fees to see members and attendance.',
  noSeasonsAsk:
    'No season is defined: ask an administrator to create one (Settings → Seasons and fees) to see members and attendance.',
  loading: 'Working out the figures…',
  figures: 'Table of figures: {{title}}',
  chart: 'Chart: {{title}}',
  print: 'Print as PDF',
  printed: 'PDF report saved.',
  members: {
    title: 'Members per fee — season {{season}}',
    note: 'A family fee counts once and covers each person of the household; a person covered by two fees counts once in the total. Cancelled fees do not count.',
    tariff: 'Fee',
    fees: 'Fees',
    people: 'People covered',
    amount: 'Amount',
    total: 'Total',
    empty: 'No fee for this season.',
  },
  donations: {
    monthsTitle: 'Donations per month — {{year}} against {{previous}}',
    campaignsTitle: 'Donations per campaign — {{year}} against {{previous}}',
    note: 'Amounts of the donations received (date received), whether or not a tax receipt was cancelled: a donation counts once.',
    month: 'Month',
    campaign: 'Campaign',
    noCampaign: 'No campaign',
    count: 'Donations {{year}}',
    amount: 'Amount {{year}}',
    total: 'Total',
    empty: 'No donation in {{year}} or {{previous}}.',
  },
  attendance: {
    title: 'Attendance per event — season {{season}}',
    note: 'Represented: absent people who gave their proxy to someone present. A closed event is counted from its sheet, corrections included.',
    event: 'Event',
    date: 'Date',
    registered: 'Registered',
    present: 'Present',
    represented: 'Represented',
    sheet: 'Sheet',
    closed: 'closed',
    open: 'open',
    empty: 'No event during this season.',
  },
  pdf: {
    heading: 'Reports — season {{season}}, donations {{year}}',
    headingNoDonations: 'Reports — season {{season}}',
    documentTitle: 'Reports {{season}}',
    generated: 'Made on {{date}}',
    page: 'Page {{page}} / {{count, number}}',
    fileName: 'reports-{{season}}',
    fileFilter: 'PDF document',
  },
};

export const reportsActionsEn: TranslationShape<typeof reportsActionsFr> = {
  'reports.read': 'read the reports',
};
