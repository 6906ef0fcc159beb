/**
 * Field errors of events, attendance, donations and receipts (`errors.events.*`,
 * `errors.donations.*`, `errors.receipts.*`): said by the forms and by the server's 422.
 */
export const recordsErrorsFr = {
  events: {
    titleRequired: 'Indiquez le titre de l’événement.',
    timeFormat: 'Saisissez l’heure au format HH:MM (par exemple 20:30).',
    endsBeforeStart: 'La date de fin est avant la date de début.',
    attendanceId: 'Présence mal identifiée (événement ou personne). Mettez Tilleul à jour sur cet appareil.',
    checkInTimeRequired: 'Une personne présente doit avoir une heure d’arrivée.',
    proxyToSelf: 'Une personne ne peut pas se donner procuration à elle-même.',
    dateRequired: 'Indiquez la date de l’événement.',
    seriesLastDateRequired: 'Indiquez la date de la dernière séance.',
    seriesEndBeforeStart: 'La dernière séance est avant la première : vérifiez les dates.',
    seriesTooLong: 'Une série compte 60 séances au plus : choisissez une dernière date plus proche.',
  },
  donations: {
    methodRequired: 'Choisissez le mode de versement (espèces, chèque, virement…).',
    amountRequired: 'Indiquez un montant supérieur à zéro.',
    natureDescriptionRequired: 'Décrivez ce qui a été donné (don en nature).',
    valuationRequired: 'Dites comment le don en nature a été évalué (facture, cote, devis…).',
    bankOnlyForCheque: 'La banque ne s’indique que pour un chèque.',
  },
  receipts: {
    numberFormat: 'Numéro de reçu incorrect : il s’écrit année-série-numéro, par exemple 2026-B-0007.',
    periodOrder: 'La fin de la période est avant son début.',
    totalMismatch: 'Le total du reçu n’est pas la somme de ses dons.',
    lineOutsidePeriod: 'Un don est daté hors de la période du reçu.',
    donationTwice: 'Le même don figure deux fois sur le reçu.',
    articleTwice: 'Le même article du CGI est coché deux fois sur le reçu.',
    cancellationReasonRequired: 'Indiquez le motif de l’annulation.',
    cancellationIncomplete: 'L’annulation doit dire quand et par qui elle a été faite.',
    cancellationOnIssued: 'Un reçu en vigueur ne peut pas porter d’annulation.',
  },
};

/** Spread into `permissions` of fr.ts: why a receipt cannot be changed. */
export const receiptPermissionsFr = {
  receipts: {
    immutable:
      'Un reçu fiscal émis ne peut plus être modifié. S’il est faux, annulez-le (avec le motif) puis émettez-en un nouveau.',
    alreadyCancelled: 'Ce reçu est déjà annulé : il reste tel quel dans le registre.',
    noDeletion:
      'Un reçu fiscal ne se supprime pas : son numéro doit rester dans le registre. Annulez-le plutôt.',
    numberYear:
      'Le numéro {{number}} n’est pas de l’année de la date d’émission : vérifiez la date de cet ordinateur.',
    nothingToReceipt: 'Aucun don à mettre sur ce reçu : choisissez au moins un don.',
    annualOtherYear:
      'Un reçu annuel ne couvre que les dons de l’année {{year}} : retirez les dons d’une autre année.',
    singleOneGift:
      'Un reçu simple couvre un seul don : choisissez un reçu annuel pour en regrouper plusieurs.',
    giftAfterIssue: 'Un don est daté après la date d’émission du reçu : vérifiez les dates.',
    outOfOrder:
      'Le reçu {{number}} de cette série est daté du {{date}} : un nouveau reçu ne peut pas être daté d’avant. Vérifiez la date de cet ordinateur.',
    feeCounterpart:
      'Cette cotisation donne une contrepartie (son tarif le dit) : elle n’ouvre pas droit à un reçu fiscal.',
    feeCancelled: 'Cette cotisation est annulée : elle n’ouvre pas droit à un reçu fiscal.',
    feeHousehold:
      'Une cotisation de foyer n’a pas de donateur unique : le reçu se fait au nom d’une personne.',
    donorAddressMissing_one:
      'Il manque l’adresse de {{names}} : un reçu fiscal porte l’adresse du donateur (rue et commune). Complétez sa fiche (Membres → sa fiche → Modifier), puis émettez le reçu. Aucun reçu n’a été émis.',
    donorAddressMissing_other:
      'Il manque l’adresse de {{count}} donateurs ({{names}}) : un reçu fiscal porte l’adresse du donateur (rue et commune). Complétez leurs fiches (Membres → la fiche → Modifier), puis émettez les reçus. Aucun reçu n’a été émis.',
    donorUnknown: 'Donateur introuvable sur cet appareil : attendez la synchronisation puis réessayez.',
    giftUnknown: 'Un des dons est introuvable ou n’est pas de ce donateur : rechargez la liste et réessayez.',
    alreadyReceipted: 'Ce don figure déjà sur un reçu émis : annulez ce reçu pour en émettre un autre.',
    unknown: 'Reçu introuvable sur cet appareil : attendez la synchronisation puis réessayez.',
  },
  donations: {
    receipted:
      'Ce don figure sur un reçu fiscal émis : il ne peut plus être modifié ni supprimé. Annulez d’abord le reçu (avec le motif), corrigez le don, puis émettez un nouveau reçu.',
  },
  memberships: {
    receipted:
      'Cette cotisation figure sur un reçu fiscal émis : son montant, sa date et son titulaire ne peuvent plus changer, et elle ne peut pas être annulée. Annulez d’abord le reçu (avec le motif), puis corrigez la cotisation.',
  },
};

/** Spread into `journal.collections` of fr.ts. */
export const recordsCollectionsFr = {
  people: 'Personnes',
  households: 'Foyers',
  memberships: 'Cotisations',
  events: 'Événements',
  attendance: 'Présences',
  sheets: 'Feuilles d’émargement clôturées',
  donations: 'Dons',
  receipts: 'Reçus fiscaux',
};
