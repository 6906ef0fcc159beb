import { formatFrenchDate } from '@shared/dates/parse-date';
import { pdfMoney } from '@shared/pdf/money';
import type { PdfCell, PdfContent, PdfDocDefinition } from '@shared/pdf/doc-definition';
import { MM } from '@shared/pdf/doc-definition';
import type { PersonData } from '@shared/rgpd/person-data';

/**
 * A person's data (RGPD, droit d'accès) as a document they can read: one section per kind of
 * data, a table each, « Aucun » where Tilleul holds nothing. The JSON file beside it is the
 * complete, machine-readable copy; this is its reading.
 */
export interface PersonDataLabels {
  title: string;
  intro: string;
  none: string;
  identity: string;
  consents: string;
  household: string;
  memberships: string;
  attendance: string;
  donations: string;
  receipts: string;
  audit: string;
  field: string;
  value: string;
  date: string;
  amount: string;
  yes: string;
  /** Headers of each table, in order. */
  membershipColumns: [string, string, string, string];
  attendanceColumns: [string, string, string];
  donationColumns: [string, string, string, string];
  receiptColumns: [string, string, string, string];
  auditColumns: [string, string, string, string];
  page: (page: number, count: number) => string;
}

/** How coded values read (a consent, a method, an action): the caller's translation. */
export interface PersonDataWords {
  identityRows: (data: PersonData) => [string, string][];
  consentRows: (data: PersonData) => [string, string][];
  eventTitle: (eventId: string) => string;
  method: (method: string) => string;
  receiptStatus: (status: string) => string;
  auditAction: (action: string) => string;
  collection: (name: string) => string;
}

const head = (text: string): PdfCell => ({ text, bold: true, fillColor: '#eeeeee' });
const cell = (text: string): PdfCell => ({ text });
const dateOf = (instant: string) => formatFrenchDate(instant.slice(0, 10));

function section(title: string, headers: string[], rows: string[][], none: string): PdfContent[] {
  const heading: PdfContent = { text: title, fontSize: 14, bold: true, margin: [0, 14, 0, 6] };
  if (rows.length === 0) return [heading, { text: none, italics: true, color: '#555555' }];
  return [
    heading,
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: headers.map(() => '*'),
        body: [headers.map(head), ...rows.map((row) => row.map(cell))],
      },
      fontSize: 9,
    },
  ];
}

export function personDataDocument(
  data: PersonData,
  labels: PersonDataLabels,
  words: PersonDataWords,
): PdfDocDefinition {
  const pair = (rows: [string, string][]) => rows.map(([field, value]) => [field, value]);
  return {
    pageSize: 'A4',
    pageMargins: [18 * MM, 18 * MM, 18 * MM, 20 * MM],
    info: { title: labels.title, creator: 'Tilleul' },
    footer: (page, count) => ({
      text: labels.page(page, count),
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
    }),
    content: [
      { text: labels.title, fontSize: 18, bold: true, margin: [0, 0, 0, 6] },
      { text: labels.intro, fontSize: 10, color: '#333333', lineHeight: 1.2 },
      ...section(labels.identity, [labels.field, labels.value], pair(words.identityRows(data)), labels.none),
      ...section(labels.consents, [labels.field, labels.value], pair(words.consentRows(data)), labels.none),
      ...section(
        labels.household,
        [labels.field, labels.value],
        data.household ? [[labels.household, data.household.name]] : [],
        labels.none,
      ),
      ...section(
        labels.memberships,
        labels.membershipColumns,
        data.memberships.map((m) => [
          formatFrenchDate(m.paidOn),
          m.tariffLabel,
          pdfMoney(m.amount),
          m.cancelledOn ? formatFrenchDate(m.cancelledOn) : '',
        ]),
        labels.none,
      ),
      ...section(
        labels.attendance,
        labels.attendanceColumns,
        data.attendance.map((a) => [
          words.eventTitle(a.eventId),
          a.registered ? labels.yes : '',
          a.present ? dateOf(a.checkedInAt) : '',
        ]),
        labels.none,
      ),
      ...section(
        labels.donations,
        labels.donationColumns,
        data.donations.map((d) => [
          formatFrenchDate(d.receivedOn),
          pdfMoney(d.amount),
          words.method(d.method),
          d.campaign,
        ]),
        labels.none,
      ),
      ...section(
        labels.receipts,
        labels.receiptColumns,
        data.receipts.map((r) => [
          r.number,
          formatFrenchDate(r.issuedOn),
          pdfMoney(r.total),
          words.receiptStatus(r.status),
        ]),
        labels.none,
      ),
      ...section(
        labels.audit,
        labels.auditColumns,
        data.audit.map((entry) => [
          dateOf(entry.createdAt),
          words.auditAction(entry.action),
          words.collection(entry.collectionName),
          entry.userName,
        ]),
        labels.none,
      ),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
  };
}
