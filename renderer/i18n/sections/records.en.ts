import type {
  receiptPermissionsFr,
  recordsCollectionsFr,
  recordsErrorsFr,
} from '@renderer/i18n/sections/records.fr';
import type { TranslationShape as Shape } from '@renderer/i18n/shape';

export const recordsErrorsEn: Shape<typeof recordsErrorsFr> = {
  events: {
    titleRequired: 'Enter the event’s title.',
    timeFormat: 'Enter the time as HH:MM (for example 20:30).',
    endsBeforeStart: 'The end date is before the start date.',
    attendanceId: 'Attendance record badly identified (event or person). Update Tilleul on this device.',
    checkInTimeRequired: 'A person who is present must have an arrival time.',
    proxyToSelf: 'A person cannot give a proxy to themselves.',
    dateRequired: 'Enter the event’s date.',
    seriesLastDateRequired: 'Enter the date of the last session.',
    seriesEndBeforeStart: 'The last session is before the first: check the dates.',
    seriesTooLong: 'A series has 60 sessions at most: choose a closer last date.',
  },
  donations: {
    methodRequired: 'Choose how it was paid (cash, cheque, transfer…).',
    amountRequired: 'Enter an amount above zero.',
    natureDescriptionRequired: 'Describe what was given (gift in kind).',
    valuationRequired: 'Say how the gift in kind was valued (invoice, quotation, estimate…).',
    bankOnlyForCheque: 'A bank is only given for a cheque.',
  },
  receipts: {
    numberFormat: 'Incorrect receipt number: it reads year-series-number, for example 2026-B-0007.',
    periodOrder: 'The end of the period is before its start.',
    totalMismatch: 'The receipt’s total is not the sum of its donations.',
    lineOutsidePeriod: 'A donation is dated outside the receipt’s period.',
    donationTwice: 'The same donation appears twice on the receipt.',
    articleTwice: 'The same article of the tax code is ticked twice on the receipt.',
    cancellationReasonRequired: 'Give the reason for the cancellation.',
    cancellationIncomplete: 'The cancellation must say when and by whom it was made.',
    cancellationOnIssued: 'A receipt in force cannot carry a cancellation.',
  },
};

export const receiptPermissionsEn: Shape<typeof receiptPermissionsFr> = {
  receipts: {
    immutable:
      'An issued tax receipt can no longer be changed. If it is wrong, cancel it (with the reason) and issue a new one.',
    alreadyCancelled: 'This receipt is already cancelled: it stays as it is in the register.',
    noDeletion: 'A tax receipt is never deleted: its number must stay in the register. Cancel it instead.',
    numberYear: 'Number {{number}} is not of the year of issue: check this computer’s date.',
    nothingToReceipt: 'No donation to put on this receipt: choose at least one.',
    annualOtherYear: 'An annual receipt only covers the donations of {{year}}: remove those of another year.',
    singleOneGift: 'A single receipt covers one donation: choose an annual receipt to group several.',
    giftAfterIssue: 'A donation is dated after the receipt’s date of issue: check the dates.',
    outOfOrder:
      'Receipt {{number}} of this series is dated {{date}}: a new receipt cannot be dated earlier. Check this computer’s date.',
    feeCounterpart: 'This fee gives a counterpart (its tariff says so): it gives no right to a tax receipt.',
    feeCancelled: 'This fee is cancelled: it gives no right to a tax receipt.',
    feeHousehold: 'A household fee has no single donor: the receipt is made out to a person.',
    donorAddressMissing_one:
      'The address of {{names}} is missing: a tax receipt shows the donor’s address (street and town). Complete their record (Members → the record → Edit), then issue the receipt. No receipt was issued.',
    donorAddressMissing_other:
      'The addresses of {{count}} donors are missing ({{names}}): a tax receipt shows the donor’s address (street and town). Complete their records (Members → the record → Edit), then issue the receipts. No receipt was issued.',
    donorUnknown: 'Donor not found on this device: wait for the sync and try again.',
    giftUnknown: 'A donation is missing or is not this donor’s: reload the list and try again.',
    alreadyReceipted: 'This donation is already on an issued receipt: cancel that receipt to issue another.',
    unknown: 'Receipt not found on this device: wait for the sync and try again.',
  },
  donations: {
    receipted:
      'This donation is on an issued tax receipt: it can no longer be changed or deleted. Cancel the receipt first (with the reason), correct the donation, then issue a new receipt.',
  },
  memberships: {
    receipted:
      'This membership fee is on an issued tax receipt: its amount, date and holder can no longer change, and it cannot be cancelled. Cancel the receipt first (with the reason), then correct the fee.',
  },
};

export const recordsCollectionsEn: Shape<typeof recordsCollectionsFr> = {
  people: 'People',
  households: 'Households',
  memberships: 'Memberships',
  events: 'Events',
  attendance: 'Attendance',
  sheets: 'Closed attendance sheets',
  donations: 'Donations',
  receipts: 'Tax receipts',
};
