import type { TranslationShape } from '@renderer/i18n/shape';
import type { cotisationsFr } from '@renderer/i18n/sections/cotisations.fr';

export const cotisationsEn: TranslationShape<typeof cotisationsFr> = {
  columns: {
    season: 'Season',
    tariff: 'Tariff',
    amount: 'Amount',
    method: 'Payment',
    paidOn: 'Paid on',
    notes: 'Remarks',
    receipt: 'Tax receipt',
    actions: 'Actions',
  },
  shortcuts: 'Enter to save, Escape to abandon',
  correct: 'Correct',
  correctNamed: 'Correct the {{tariff}} {{season}} fee paid on {{date}}',
  correctTitle: 'Correct the membership fee',
  correctSave: 'Save the correction',
  corrected: 'Membership fee corrected.',
  close: 'Close',
  cancel: 'Cancel',
  cancelNamed: 'Cancel the {{tariff}} {{season}} fee paid on {{date}}',
  cancelTitle: 'Cancel the membership fee',
  cancelIntro:
    'The {{tariff}} fee of {{amount}} paid on {{date}} stays in the history and the accounts, with its reason; it no longer makes anyone up to date.',
  cancelReason: 'Reason for cancellation',
  cancelReasonHint: 'For example: bounced cheque, refund, entered twice.',
  cancelConfirm: 'Cancel the fee',
  cancelKeep: 'Keep it',
  cancelledNotice: 'Membership fee cancelled.',
  cancelledOn: 'Cancelled on {{date}}: {{reason}}',
  duplicate: {
    title: 'A second fee?',
    body: '{{holder}} already has a “{{tariff}}” fee for the {{season}} season: {{amount}}, paid on {{date}}.',
    question: 'Record a second fee for the same season and tariff?',
    coveredPerson: '{{name}} is already up to date for this season. Record this fee anyway?',
    coveredHousehold:
      'Members of the household are already up to date for this season. Record the household fee anyway?',
    confirm: 'Record it anyway',
    dismiss: 'Do not record',
  },
  receipt: {
    issue: 'Issue the receipt',
    issueNamed: 'Issue the tax receipt for the {{tariff}} {{season}} fee',
    number: 'no. {{number}}',
    cancelNamed: 'Cancel receipt {{number}}',
    cancel: 'Cancel the receipt',
    locked: 'Locked by its tax receipt: to correct it, cancel the receipt first.',
    lockedShort: 'Locked (tax receipt)',
    not: {
      feeCounterpart: 'No: its tariff gives a counterpart',
      feeCancelled: 'No: cancelled fee',
      feeHousehold: 'No: household fee (no single donor)',
    },
  },
  errors: {
    MEMBERSHIP_NOT_FOUND: 'This fee no longer exists (it may have been merged). Open the record again.',
    MEMBERSHIP_CANCELLED: 'This fee is cancelled: it can no longer be corrected or cancelled.',
  },
};
