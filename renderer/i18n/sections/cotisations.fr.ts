/** Texts of a recorded cotisation: its table, its correction and cancellation, a second one. */
export const cotisationsFr = {
  columns: {
    season: 'Saison',
    tariff: 'Tarif',
    amount: 'Montant',
    method: 'Paiement',
    paidOn: 'Payé le',
    notes: 'Remarques',
    actions: 'Actions',
  },
  shortcuts: 'Entrée pour enregistrer, Échap pour abandonner la saisie',
  correct: 'Corriger',
  correctNamed: 'Corriger la cotisation {{tariff}} {{season}} payée le {{date}}',
  correctTitle: 'Corriger la cotisation',
  correctSave: 'Enregistrer la correction',
  corrected: 'Cotisation corrigée.',
  close: 'Fermer',
  cancel: 'Annuler',
  cancelNamed: 'Annuler la cotisation {{tariff}} {{season}} payée le {{date}}',
  cancelTitle: 'Annuler la cotisation',
  cancelIntro:
    'La cotisation {{tariff}} de {{amount}} payée le {{date}} reste dans l’historique et la comptabilité, avec son motif ; elle ne rend plus personne à jour.',
  cancelReason: 'Motif de l’annulation',
  cancelReasonHint: 'Par exemple : chèque refusé par la banque, remboursement, saisie en double.',
  cancelConfirm: 'Annuler la cotisation',
  cancelKeep: 'Ne pas annuler',
  cancelledNotice: 'Cotisation annulée.',
  cancelledOn: 'Annulée le {{date}} : {{reason}}',
  duplicate: {
    title: 'Deuxième cotisation ?',
    body: '{{holder}} a déjà une cotisation « {{tariff}} » pour la saison {{season}} : {{amount}}, payée le {{date}}.',
    question: 'Enregistrer une deuxième cotisation pour la même saison et le même tarif ?',
    confirm: 'Enregistrer quand même',
    dismiss: 'Ne pas enregistrer',
  },
  errors: {
    MEMBERSHIP_NOT_FOUND:
      'Cette cotisation n’existe plus (elle a peut-être été fusionnée). Rouvrez la fiche.',
    MEMBERSHIP_CANCELLED: 'Cette cotisation est annulée : elle ne peut plus être corrigée ni annulée.',
  },
};
