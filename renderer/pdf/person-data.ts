import type { TFunction } from 'i18next';
import { formatFrenchDate } from '@shared/dates/parse-date';
import { formatAddress } from '@shared/members/address';
import { CONSENT_KINDS } from '@shared/members/person';
import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import type { PersonDataLabels, PersonDataWords } from '@shared/pdf/person-data';
import { personDataDocument } from '@shared/pdf/person-data';
import type { PersonData } from '@shared/rgpd/person-data';
import type { personDataFr } from '@renderer/i18n/sections/person-data.fr';
import { renderPdf } from '@renderer/pdf/render-pdf';

/** The PDF's texts in the app's language. */
export function personDataLabels(t: TFunction, data: PersonData, name: string): PersonDataLabels {
  const c = (key: keyof typeof personDataFr.columns) => t(`personData.columns.${key}`);
  return {
    title: t('personData.title', { name }),
    intro: t('personData.intro', {
      association: data.association,
      date: formatFrenchDate(data.exportedAt.slice(0, 10)),
    }),
    none: t('personData.none'),
    identity: t('personData.identity'),
    consents: t('personData.consents'),
    household: t('personData.household'),
    memberships: t('personData.memberships'),
    attendance: t('personData.attendance'),
    donations: t('personData.donations'),
    receipts: t('personData.receipts'),
    audit: t('personData.audit'),
    field: t('personData.field'),
    value: t('personData.value'),
    date: c('date'),
    amount: c('amount'),
    yes: t('personData.yes'),
    membershipColumns: [c('paidOn'), c('tariff'), c('amount'), c('cancelledOn')],
    attendanceColumns: [c('event'), c('registered'), c('presentOn')],
    donationColumns: [c('receivedOn'), c('amount'), c('method'), c('campaign')],
    receiptColumns: [c('number'), c('issuedOn'), c('amount'), c('status')],
    auditColumns: [c('date'), c('action'), c('record'), c('by')],
    page: (page, count) => t('personData.page', { page, count }),
  };
}

/** How coded values read, in the app's language. */
export function personDataWords(t: TFunction, eventTitles: ReadonlyMap<string, string>): PersonDataWords {
  const r = (key: keyof typeof personDataFr.rows) => t(`personData.rows.${key}`);
  return {
    identityRows: ({ person }) => [
      [r('lastName'), person.lastName],
      [r('firstName'), person.firstName],
      [r('birthDate'), formatFrenchDate(person.birthDate)],
      [r('memberNumber'), person.memberNumber],
      [r('email'), person.email],
      [r('phone'), person.phone],
      [r('address'), formatAddress(person.address)],
      [r('notes'), person.notes],
      [r('createdAt'), formatFrenchDate(person.createdAt.slice(0, 10))],
    ],
    consentRows: ({ person }) =>
      CONSENT_KINDS.map((kind) => {
        const consent = person.consents[kind];
        const status = t(`auditReading.consentStatus.${consent.status}`);
        return [
          t(`auditReading.consents.${kind}`),
          consent.on ? `${status} (${formatFrenchDate(consent.on)})` : status,
        ];
      }),
    eventTitle: (id) => eventTitles.get(id) ?? t('personData.unknownEvent'),
    method: (method) => t(`donations.methods.${method as 'cheque'}`),
    receiptStatus: (status) => t(`donations.register.${status as 'issued'}`),
    auditAction: (action) => t(`journal.actions.${action as 'update'}`),
    collection: (name) => t(`journal.collections.${name as 'people'}`, { defaultValue: name }),
  };
}

export function personDataPdfDocument(
  t: TFunction,
  data: PersonData,
  eventTitles: ReadonlyMap<string, string>,
  name: string,
): PdfDocDefinition {
  return personDataDocument(data, personDataLabels(t, data, name), personDataWords(t, eventTitles));
}

export function renderPersonDataPdf(
  t: TFunction,
  data: PersonData,
  eventTitles: ReadonlyMap<string, string>,
  name: string,
): Promise<Uint8Array<ArrayBuffer>> {
  return renderPdf(personDataPdfDocument(t, data, eventTitles, name));
}
