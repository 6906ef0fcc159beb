import type {
  depositsActionsFr,
  depositsCollectionsFr,
  depositsErrorsFr,
  depositsFr,
  depositsPermissionsFr,
} from '@renderer/i18n/sections/deposits.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const depositsEn: TranslationShape<typeof depositsFr> = {
  tab: 'Cheque deposits',
  toDeposit: {
    title: 'Cheques to deposit',
    intro:
      'Cheques received (donations, fees, entries) that no slip lists yet. Tick them (Tab then Space), fill in the bank of a cheque taken at the door or for a fee if you have it in hand, then prepare the slip at the bottom of the window (Alt+B).',
    empty: 'No cheque to deposit.',
    selectAll: 'Tick all',
    select: 'Deposit cheque {{number}} from {{payer}}',
    bankOf: 'Bank of cheque {{number}} from {{payer}}',
    bankHint: 'To fill in',
    selected_one: '{{count, number}} cheque ticked · {{total}}',
    selected_other: '{{count, number}} cheques ticked · {{total}}',
    columns: {
      payer: 'Drawer',
      bank: 'Bank',
      number: 'Cheque no.',
      amount: 'Amount',
      receivedOn: 'Received on',
      source: 'From',
    },
    sources: { donation: 'Donation', membership: 'Fee', door: 'Entry' },
  },
  prepare: {
    region: 'Prepare the deposit slip (Alt+B)',
    date: 'Slip date',
    account: 'Account credited',
    accountHint: 'For example: Crédit Mutuel, FR76 1027 8021 …',
    cash: 'Cash deposited (optional)',
    submit: 'Prepare the slip',
    nothing: 'Tick at least one cheque, or enter cash.',
    done_one: 'Slip {{number}} prepared: {{count, number}} cheque, {{total}}.',
    done_other: 'Slip {{number}} prepared: {{count, number}} cheques, {{total}}.',
  },
  clash: {
    title: 'A cheque is on two slips',
    message:
      'Cheque {{cheque}} from {{payer}} ({{amount}}) on your slip {{slip}} is already on slip {{other}}, made on another device: the server refused yours. Take this cheque off the slip (undo it, then prepare another without this cheque) or undo the other slip.',
  },
  slips: {
    title: 'Slips',
    empty: 'No slip.',
    columns: {
      number: 'Number',
      date: 'Date',
      count: 'Cheques',
      total: 'Total',
      status: 'Status',
      actions: 'Actions',
      depositedOn: 'Deposited on',
    },
    statuses: { prepared: 'Prepared', deposited: 'Deposited' },
    prepared: 'Prepared',
    deposited: 'Deposited on {{date}}',
    print: 'Print',
    printLabel: 'Print slip {{number}}',
    markDeposited: 'Mark deposited',
    markLabel: 'Mark slip {{number}} deposited at the bank',
    undo: 'Undo',
    undoLabel: 'Undo slip {{number}}',
    marked: 'Slip {{number}} marked deposited at the bank.',
    undone: 'Slip {{number}} undone: its cheques are to deposit again.',
    printed: 'Slip {{number}} saved as PDF.',
  },
  pdf: {
    heading: 'Cheque deposit slip no. {{number}}',
    documentTitle: 'Cheque deposit slip {{number}}',
    date: 'Date: {{date}}',
    account: 'Account credited: {{account}}',
    preparedBy: 'Prepared by: {{name}}',
    deposited: 'Deposited at the bank on {{date}}',
    columns: {
      line: 'No.',
      payer: 'Drawer',
      bank: 'Bank',
      number: 'Cheque no.',
      receivedOn: 'Received',
      amount: 'Amount',
    },
    count: 'Number of cheques: {{count, number}}',
    chequesTotal: 'Cheques total',
    cash: 'Cash',
    total: 'Total deposited',
    signature: 'Depositor’s signature',
    bankStamp: 'Bank stamp',
    fileName: 'deposit-slip-{{number}}',
    fileFilter: 'PDF document',
  },
};

export const depositsErrorsEn: TranslationShape<typeof depositsErrorsFr> = {
  deposits: {
    payerRequired: 'The cheque’s drawer is unknown: check the record it comes from.',
    empty: 'A slip lists at least one cheque or some cash: tick some cheques.',
    chequeTwice: 'The same cheque is twice on this slip.',
    totalMismatch: 'The total or the number of cheques does not match the cheques listed.',
    depositedOn: 'Enter the day of the deposit (only once the slip is deposited).',
    depositedBefore: 'A slip cannot be deposited before its date: check the deposit date.',
  },
};

export const depositsPermissionsEn: TranslationShape<typeof depositsPermissionsFr> = {
  deposits: {
    deposited:
      'This slip was deposited at the bank: it can no longer be changed or undone. For a mistake, see the bank.',
    frozen: 'A prepared slip is not edited (it may already be printed): undo it, then prepare another.',
    alreadyOnSlip:
      'One of the ticked cheques is already on slip {{number}}: a cheque is deposited once. Reload the list.',
    unknown: 'Slip not found on this device: wait for the sync, then try again.',
  },
};

export const depositsActionsEn: TranslationShape<typeof depositsActionsFr> = {
  'deposits.read': 'see cheque deposits',
  'deposits.manage': 'prepare and deposit cheque slips',
};

export const depositsCollectionsEn: TranslationShape<typeof depositsCollectionsFr> = {
  deposits: 'Deposit slips',
};
