import type { auditReadingFr } from '@renderer/i18n/sections/audit-reading.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const auditReadingEn: TranslationShape<typeof auditReadingFr> = {
  empty: '(empty)',
  masked: '(not shown)',
  changedList: '(list changed)',
  yes: 'Yes',
  no: 'No',
  created: '{{field}}: {{value}}',
  change: '{{field}}: {{before}} → {{after}}',
  thisDevice: 'This device',
  deviceNotRecorded: 'Not verified',
  deviceNotRecordedHelp:
    'The server did not record which device sent this entry (sent before it recorded this).',
  address: {
    line1: 'Address',
    line2: 'Address line 2',
    postalCode: 'Postcode',
    city: 'Town',
    country: 'Country',
  },
  consents: {
    imageRights: 'Image rights',
    newsletter: 'Newsletter',
    dataProcessing: 'Data processing',
    on: '{{consent}} (date)',
  },
  consentStatus: { unknown: 'Not asked', granted: 'Granted', refused: 'Refused' },
  holderKinds: { person: 'Person', household: 'Household' },
  customField: 'Field “{{name}}”',
  customFieldGone: 'Deleted custom field',
  details: {
    locked: 'Account locked after too many attempts',
    disabled: 'Account disabled',
    'wrong-secret': 'Wrong password or PIN',
    manual: 'On request',
    idle: 'After inactivity',
    denied: 'Refused: {{action}}',
    merge: 'Merged record “{{label}}”',
    renewals_one: 'Renewal list ({{count}} line)',
    renewals_other: 'Renewal list ({{count}} lines)',
    cards_one: '{{count}} member card',
    cards_other: '{{count}} member cards',
    organisationFile: 'Association file (association.json)',
    other: 'Other detail',
  },
  demo: 'Demo data',
};
