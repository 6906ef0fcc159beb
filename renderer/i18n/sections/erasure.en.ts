import type { TranslationShape } from '@renderer/i18n/shape';
import type {
  erasureActionsFr,
  erasureFr,
  erasureJournalActionsFr,
  erasurePermissionsFr,
  erasureSettingsTabsFr,
  retentionErrorsFr,
  retentionFr,
} from '@renderer/i18n/sections/erasure.fr';

export const erasureEn: TranslationShape<typeof erasureFr> = {
  open: 'Erase their data (GDPR)',
  title: 'Erase the data of the record « {{name}} »',
  intro:
    'Tilleul erases everything about this person except what the law obliges the association to keep. Erasure is final: it reaches every device and the server at the next sync.',
  back: 'Back to the record',
  erasedBadge: 'Data erased on {{date}}',
  kept: {
    title: 'What is kept, and why',
    receipts_one:
      '{{count, number}} tax receipt, with the name and address frozen on the day it was issued: receipts must be kept 6 years (until the end of {{year}}).',
    receipts_other:
      '{{count, number}} tax receipts, with the name and address frozen on the day they were issued: receipts must be kept 6 years (until the end of {{year}}).',
    noReceipts: 'No tax receipt to keep.',
    donations_one: '{{count, number}} donation: an accounting record, kept unchanged.',
    donations_other: '{{count, number}} donations: accounting records, kept unchanged.',
    statistics:
      'Their memberships ({{memberships}}) and attendance ({{attendance}}) still count in the statistics, attached to an anonymous « Personne effacée » record.',
    journal: 'The journal keeps a trace of each action (who, when, which fields), without the values.',
  },
  removed: {
    title: 'What is erased',
    identity: 'Name, first name, birth date, e-mail, phone, address, member number, SIREN number.',
    notes: 'The record’s notes, custom fields and consents.',
    household: 'The link with the household « {{name}} ».',
    householdRemoved: 'The household « {{name}} », where nobody else lives.',
    freeText: 'The notes of their memberships and attendance.',
    journal_one: 'The values of {{count, number}} journal entry, replaced by « [effacé] ».',
    journal_other: 'The values of {{count, number}} journal entries, replaced by « [effacé] ».',
  },
  confirm: {
    label: 'To confirm, type their name as written: {{name}}',
    mismatch: 'The name typed does not match yet.',
    submit: 'Erase for good',
    cancel: 'Cancel',
    progress: 'Erasing: {{done}} / {{total}}',
    done: 'The data of {{name}} was erased. Receipts and donations are kept.',
  },
  errors: {
    ERASURE_NOT_FOUND: 'This record no longer exists: nothing was erased.',
    ERASURE_NOT_ALLOWED: 'Only an administrator may erase a person’s data.',
    ERASURE_TOO_LARGE:
      'This person has too many documents for one erasure ({{count, number}}). Tell whoever looks after Tilleul.',
    failed: 'The erasure stopped: {{message}} Start it again, it resumes where it stopped.',
  },
};

export const retentionEn: TranslationShape<typeof retentionFr> = {
  title: 'Retention period',
  intro:
    'The CNIL recommends keeping the data of former members and donors only 3 years after the last contact (a fee, a donation, an attendance). Beyond that, offer to erase them.',
  years: 'Offer erasure after (years without contact)',
  yearsHint: 'Between 1 and 10 whole years; 3 by default.',
  save: 'Save',
  saved: 'Retention period saved.',
  listTitle: 'People to erase',
  listIntro_one: '{{count, number}} former member or donor without contact for {{years}} or more.',
  listIntro_other: '{{count, number}} former members or donors without contact for {{years}} or more.',
  empty: 'Nobody has been without contact for {{years}}: nothing to erase.',
  yearsText_one: '{{count, number}} year',
  yearsText_other: '{{count, number}} years',
  columns: { name: 'Name', lastContact: 'Last contact', kind: 'As' },
  member: 'Former member',
  donor: 'Donor',
  selectAll: 'Select all',
  select: 'Select {{name}}',
  erase_one: 'Erase the selected person',
  erase_other: 'Erase the {{count, number}} selected people',
  confirmTitle_one: 'Erase {{count, number}} person?',
  confirmTitle_other: 'Erase {{count, number}} people?',
  confirmText:
    'Their records become anonymous; their tax receipts and donations are kept (a legal obligation), the journal keeps the facts without the values. This is final. Type EFFACER to confirm.',
  confirmWord: 'EFFACER',
  confirmLabel: 'Type EFFACER',
  progress: 'Erasing: {{done}} / {{total}} people',
  done_one: '{{count, number}} person erased.',
  done_other: '{{count, number}} people erased.',
  failed_one: '{{count, number}} erasure did not complete: start it again from this list.',
  failed_other: '{{count, number}} erasures did not complete: start them again from this list.',
};

export const erasureSettingsTabsEn: TranslationShape<typeof erasureSettingsTabsFr> = {
  retention: 'Personal data',
};
export const erasureActionsEn: TranslationShape<typeof erasureActionsFr> = {
  'people.erase': 'erase a person’s data (GDPR)',
};
export const erasureJournalActionsEn: TranslationShape<typeof erasureJournalActionsFr> = {
  erasure: 'GDPR erasure',
};
export const erasurePermissionsEn: TranslationShape<typeof erasurePermissionsFr> = {
  personErased: 'This person was erased: their data cannot be entered again.',
  auditErasureUnknown: 'The journal is erased only by the erasure of a person it is about.',
  auditErasureNotExact: 'The journal can be neither changed nor erased (only an erased person’s values are).',
};
export const retentionErrorsEn: TranslationShape<typeof retentionErrorsFr> = {
  years: 'Enter a whole number of years, between 1 and 10.',
};
