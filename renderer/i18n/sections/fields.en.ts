import type { fieldsFr } from '@renderer/i18n/sections/fields.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const fieldsEn: TranslationShape<typeof fieldsFr> = {
  people: {
    kind: 'Record type',
    firstName: 'First name',
    lastName: 'Last name',
    birthDate: 'Date of birth',
    email: 'E-mail',
    phone: 'Phone',
    address: 'Address',
    householdId: 'Household',
    memberNumber: 'Member number',
    formerMemberNumbers: 'Former numbers',
    siren: 'SIREN',
    consents: 'Consents',
    notes: 'Notes',
    customFields: 'Custom fields',
  },
  households: {
    name: 'Household name',
    address: 'Address',
    payerId: 'Payer',
    notes: 'Notes',
  },
  memberships: {
    holderKind: 'Membership of',
    holderId: 'Member',
    seasonId: 'Season',
    tariffId: 'Rate',
    tariffLabel: 'Rate',
    taxReceiptAllowed: 'Tax receipt possible',
    amount: 'Amount',
    paymentMethod: 'Payment method',
    chequeNumber: 'Cheque number',
    paymentReference: 'Payment reference',
    paidOn: 'Paid on',
    receivedBy: 'Received by',
    cancelledOn: 'Cancelled on',
    cancelReason: 'Reason for cancellation',
    notes: 'Notes',
  },
  users: {
    name: 'Name',
    role: 'Role',
    disabled: 'Account disabled',
  },
  settings: {
    value: 'Setting',
  },
  other: 'Other information',
};
