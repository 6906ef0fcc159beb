/**
 * How a stored field reads to a person (`fields.<collection>.<field>`), in histories, the journal
 * and the values replaced by a sync conflict: « Ville », never `address.city`.
 */
export const fieldsFr = {
  people: {
    kind: 'Type de fiche',
    firstName: 'Prénom',
    lastName: 'Nom',
    birthDate: 'Date de naissance',
    email: 'E-mail',
    phone: 'Téléphone',
    address: 'Adresse',
    householdId: 'Foyer',
    memberNumber: 'Numéro d’adhérent',
    formerMemberNumbers: 'Anciens numéros',
    siren: 'SIREN',
    consents: 'Consentements',
    notes: 'Notes',
    customFields: 'Champs personnalisés',
    origin: 'Saisie',
    mergedIds: 'Fiches fusionnées dans celle-ci',
  },
  households: {
    name: 'Nom du foyer',
    address: 'Adresse',
    payerId: 'Payeur',
    notes: 'Notes',
  },
  memberships: {
    holderKind: 'Adhésion de',
    holderId: 'Adhérent',
    seasonId: 'Saison',
    tariffId: 'Tarif',
    tariffLabel: 'Tarif',
    taxReceiptAllowed: 'Reçu fiscal possible',
    amount: 'Montant',
    paymentMethod: 'Moyen de paiement',
    chequeNumber: 'Numéro de chèque',
    paymentReference: 'Référence du paiement',
    paidOn: 'Payé le',
    receivedBy: 'Reçu par',
    cancelledOn: 'Annulée le',
    cancelReason: 'Motif d’annulation',
    notes: 'Notes',
    origin: 'Saisie',
  },
  users: {
    name: 'Nom',
    role: 'Rôle',
    disabled: 'Compte désactivé',
    secretKind: 'Connexion par',
    secret: 'Mot de passe ou code PIN',
    recovery: 'Code de secours',
    mustChangeSecret: 'Mot de passe à changer à la connexion',
  },
  settings: {
    value: 'Réglage',
  },
  /** A field no label exists for yet: said as such rather than shown as a code. */
  other: 'Autre information',
};
