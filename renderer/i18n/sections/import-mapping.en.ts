import type { importMappingFr } from '@renderer/i18n/sections/import-mapping.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

/** Texts of the column mapping of an ordinary CSV or Excel file (renderer/pages/import/MappingStep). */
export const importMappingEn: TranslationShape<typeof importMappingFr> = {
  title: 'Column mapping',
  intro:
    'This file is not a HelloAsso export: tell Tilleul what each column holds. Each row of the file is a person; a membership fee or a donation may come with it.',
  remembered: 'Mapping taken from the last import of a file with the same columns.',
  proposed: 'Mapping proposed from the column names: check it.',
  column: 'File column',
  samples: 'Examples',
  field: 'Tilleul field',
  fieldFor: 'Tilleul field for the column “{{header}}”',
  empty: '(empty)',
  untitled: 'Column {{number}} (no title)',
  confirm: 'See what the import would do',
  change: 'Change the mapping',
  kind: 'Table (columns chosen)',
  groups: { ignore: 'Do not import', person: 'Person', membership: 'Membership fee', donation: 'Donation' },
  fields: {
    ignore: 'Ignore this column',
    person: {
      civility: 'Title',
      firstName: 'First name',
      lastName: 'Last name',
      email: 'E-mail',
      phone: 'Phone',
      line1: 'Address (line 1)',
      line2: 'Address (line 2)',
      postalCode: 'Postcode',
      city: 'Town',
      birthDate: 'Date of birth',
      memberNumber: 'Member number',
      notes: 'Notes',
      imageRights: 'Image rights consent',
      newsletter: 'Newsletter consent',
    },
    membership: {
      season: 'Fee: season',
      tariff: 'Fee: tariff',
      amount: 'Fee: amount',
      paidOn: 'Fee: date paid',
      method: 'Fee: payment method',
      chequeNumber: 'Fee: cheque number',
    },
    donation: {
      amount: 'Donation: amount',
      date: 'Donation: date',
      method: 'Donation: payment method',
      campaign: 'Donation: campaign',
    },
  },
};
