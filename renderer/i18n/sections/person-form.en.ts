import type { personFormFr } from '@renderer/i18n/sections/person-form.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const personFormEn: TranslationShape<typeof personFormFr> = {
  emailSuggestion: 'Did you mean {{email}}?',
  applySuggestion: 'Fix the address',
  consentDateOf: 'Date of the decision: {{consent}}',
  startAgainEmpty: 'Start again from an empty record',
  householdName: 'The {{name}} family',
};
