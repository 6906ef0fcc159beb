/**
 * Texts of the person form's helpers and the household tab (`personForm.*`): the e-mail
 * suggestion, a draft brought back, the name offered for a new household.
 */
export const personFormFr = {
  emailSuggestion: 'Vouliez-vous dire {{email}} ?',
  applySuggestion: 'Corriger l’adresse',
  consentDateOf: 'Date de la décision : {{consent}}',
  startAgainEmpty: 'Repartir d’une fiche vide',
  /** The name a new household is offered, from the person's last name. */
  householdName: 'Famille {{name}}',
};
