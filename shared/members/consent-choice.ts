import type { Consent } from '@shared/members/person';

/**
 * A consent after the form's choice changes to `status`: a decision keeps the date it has, or
 * is dated `today`; « not asked » has no date (consentSchema refuses anything else).
 */
export function chooseConsent(consent: Consent, status: Consent['status'], today: string): Consent {
  return { status, on: status === 'unknown' ? '' : consent.on || today };
}
