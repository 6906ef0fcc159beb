import { AMOUNT_ERROR_KEYS } from '@shared/money/parse-amount';

/**
 * Every message key the members schemas and parsers can produce, so a test can check both
 * languages translate them. The `errors.common.*` and `errors.organisation.siren*` keys they
 * also use are already in the main translation files.
 */
export const MEMBERS_ERROR_KEYS = [
  ...AMOUNT_ERROR_KEYS,
  'errors.members.amountZeroNotFree',
  'errors.members.birthDateTooOld',
  'errors.members.cancelReasonRequired',
  'errors.members.cancelledBeforePaid',
  'errors.members.chequeNumberOnlyForCheque',
  'errors.members.chequeNumberRequired',
  'errors.members.cityRequired',
  'errors.members.consentDateRequired',
  'errors.members.consentStatusRequired',
  'errors.members.customFieldBoolean',
  'errors.members.customFieldChoice',
  'errors.members.customFieldChoiceRequired',
  'errors.members.customFieldChoicesDuplicate',
  'errors.members.customFieldChoicesOnlyForChoice',
  'errors.members.customFieldChoicesRequired',
  'errors.members.customFieldIdDuplicate',
  'errors.members.customFieldIdFormat',
  'errors.members.customFieldLabelRequired',
  'errors.members.customFieldNumber',
  'errors.members.customFieldRequired',
  'errors.members.customFieldTypeRequired',
  'errors.members.emailFormat',
  'errors.members.householdNameRequired',
  'errors.members.lastNameRequired',
  'errors.members.memberNumberFormat',
  'errors.members.organisationNoBirthDate',
  'errors.members.organisationNoFirstName',
  'errors.members.paidOnRequired',
  'errors.members.paymentMethodRequired',
  'errors.members.phoneFormat',
  'errors.members.postalCodeFormat',
  'errors.members.seasonDuplicate',
  'errors.members.seasonEndsBeforeStart',
  'errors.members.seasonLabelRequired',
  'errors.members.seasonOverlap',
  'errors.members.sirenOnlyForOrganisations',
  'errors.members.legalFormOnlyForOrganisations',
  'errors.members.tariffDuplicate',
  'errors.members.tariffLabelRequired',
  'errors.members.taxReceiptRule',
] as const;
export type MembersErrorKey = (typeof MEMBERS_ERROR_KEYS)[number];
