import type { TranslationShape } from '@renderer/i18n/shape';
import type { mergeFr } from '@renderer/i18n/sections/merge.fr';

/** English texts of the merge of two records of the same person. */
export const mergeEn: TranslationShape<typeof mergeFr> = {
  open: 'Merge with another record',
  title: 'Merge two records',
  intro:
    'When one person has two records, merging keeps only one: the other record’s memberships, household and history move onto it, and its member number is still recognised (cards already printed remain valid).',
  back: 'Back to the record',
  notFound: 'This record does not exist (any more).',
  otherNotFound: 'The chosen record no longer exists. Choose another one.',
  pick: {
    title: 'With which record?',
    search: 'Search for the other record',
    searchPlaceholder: 'Name, first name, number or e-mail',
    likely: 'Likely duplicates',
    results: 'Results',
    none: 'No other record matches.',
    choose: 'Choose',
    change: 'Choose another record',
  },
  side: {
    survivor: 'Record kept',
    absorbed: 'Record merged away',
    keep: 'Keep this record',
    keepHint: 'By default the record with the oldest number is kept: it is the one on cards already printed.',
    number: 'No. {{number}}',
    noNumber: 'no number',
    created: 'Created on {{date}}',
    memberships_one: '{{count, number}} membership',
    memberships_other: '{{count, number}} memberships',
  },
  conflicts: {
    title: 'Different values: which one to keep?',
    none: 'No value differs: what one record lacks is filled in from the other.',
    empty: '(empty)',
  },
  fields: {
    kind: 'Type',
    firstName: 'First name',
    lastName: 'Last name',
    birthDate: 'Date of birth',
    email: 'E-mail',
    phone: 'Phone',
    address: 'Address',
    householdId: 'Household',
    siren: 'SIREN',
    customField: 'Field “{{name}}”',
  },
  kinds: { person: 'Person', organisation: 'Organisation' },
  summary: {
    title: 'What changes',
    memberships_one: '{{count, number}} membership moves to the record kept:',
    memberships_other: '{{count, number}} memberships move to the record kept:',
    noMemberships: 'No membership to move.',
    households: 'Payer of the household “{{name}}”: the record kept.',
    formerNumber: 'Number {{number}} will stay attached to the record kept.',
    notes: 'The notes of both records are put end to end; for each consent the most recent decision is kept.',
    paidTwice:
      'Both records have a membership for: {{seasons}}. It may be a double payment: after the merge, cancel the extra membership and refund if needed.',
  },
  submit: 'Merge',
  confirm: {
    title: 'Merge these two records?',
    body: 'The record “{{absorbed}}” will disappear from the list: its memberships and history move to the record “{{survivor}}”. A merge cannot be undone.',
    cancel: 'Cancel',
    submit: 'Merge',
  },
  done: 'Records merged: “{{name}}”.',
  errors: {
    notFound:
      'One of the two records no longer exists (it may just have been merged or deleted). Nothing was changed.',
    stale:
      'One of the two records changed while you were looking (another window or the sync). Nothing was changed: check what is shown, then merge again.',
    incomplete:
      'The merge stopped partway ({{step}}): both records still exist and nothing is lost. Run the merge again to finish it. Detail: {{message}}',
    auditFailed:
      'The records are merged, but the merge could not be noted in the history. Detail: {{message}}',
    steps: {
      memberships: 'moving the memberships',
      households: 'changing the household payer',
      survivor: 'updating the record kept',
      absorbed: 'removing the merged record',
      audit: 'history',
    },
  },
  history: {
    merged: 'On {{date}}, {{user}} merged the record “{{label}}” into this one: its history is shown below.',
    mergedInto: 'This record was merged into another one on {{date}}.',
    openSurvivor: 'Open the record kept',
  },
};
