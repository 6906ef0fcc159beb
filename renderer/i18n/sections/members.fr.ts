/**
 * French texts of the `errors.members.*` keys produced by `shared/members` and
 * `shared/money/parse-amount` (list: `MEMBERS_ERROR_KEYS`). Each says what is wrong and what to do.
 */
export const membersFr = {
  amountRequired: 'Indiquez un montant.',
  amountInvalid: 'Ce montant n’est pas lisible : saisissez par exemple 15 ou 15,50.',
  amountNegative: 'Le montant ne peut pas être négatif.',
  amountTooManyDecimals: 'Un montant a au plus deux chiffres après la virgule (les centimes).',
  amountTooLarge: 'Ce montant est trop élevé : vérifiez la position de la virgule.',
  amountZeroNotFree:
    'Ce tarif n’est pas gratuit : indiquez le montant payé (0 € seulement pour un tarif à 0 € dans Paramètres → Saisons et tarifs).',
  birthDateTooOld: 'Cette date de naissance est trop ancienne : vérifiez l’année.',
  cancelReasonRequired: 'Indiquez le motif de l’annulation (par exemple : chèque refusé, remboursement).',
  cancelledBeforePaid: 'L’annulation ne peut pas précéder la date de paiement.',
  chequeNumberOnlyForCheque: 'Le numéro de chèque ne concerne que les paiements par chèque.',
  chequeNumberRequired: 'Indiquez le numéro du chèque (il figure en bas du chèque).',
  cityRequired: 'Indiquez la commune.',
  consentDateRequired: 'Indiquez la date à laquelle la personne a donné sa réponse.',
  consentStatusRequired: 'Indiquez si la personne a accepté ou refusé.',
  customFieldBoolean: 'Choisissez oui ou non.',
  customFieldChoice: 'Choisissez une des valeurs proposées.',
  customFieldChoiceRequired: 'Une valeur de la liste est vide : complétez-la ou supprimez-la.',
  customFieldChoicesDuplicate: 'Deux valeurs de la liste sont identiques.',
  customFieldChoicesOnlyForChoice: 'Seul un champ de type « liste de choix » a des valeurs proposées.',
  customFieldChoicesRequired: 'Une liste de choix doit proposer au moins deux valeurs.',
  customFieldIdDuplicate: 'Deux champs personnalisés ont le même identifiant.',
  customFieldIdFormat:
    'L’identifiant d’un champ ne contient que des minuscules sans accents, des chiffres et des tirets.',
  customFieldLabelRequired: 'Donnez un nom à ce champ.',
  customFieldNumber: 'Saisissez un nombre.',
  customFieldRequired: 'Ce champ est obligatoire.',
  customFieldTypeRequired: 'Choisissez le type du champ.',
  emailFormat: 'Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).',
  householdNameRequired: 'Donnez un nom au foyer (par exemple : Famille Martin).',
  lastNameRequired: 'Indiquez le nom (ou la raison sociale pour une organisation).',
  memberNumberFormat: 'Un numéro de membre s’écrit comme A-0042 : une lettre, un tiret, des chiffres.',
  organisationNoBirthDate: 'Une organisation n’a pas de date de naissance.',
  organisationNoFirstName: 'Une organisation n’a pas de prénom : mettez son nom dans « Raison sociale ».',
  paidOnRequired: 'Indiquez la date du paiement (JJ/MM/AAAA).',
  paymentMethodRequired: 'Choisissez le moyen de paiement.',
  phoneFormat: 'Un numéro de téléphone ne contient que des chiffres, espaces, points, tirets et « + ».',
  postalCodeFormat: 'Le code postal comporte 5 chiffres (pour une adresse à l’étranger, indiquez le pays).',
  seasonDuplicate: 'Cette saison existe déjà.',
  seasonEndsBeforeStart: 'La fin de la saison doit être après son début.',
  seasonLabelRequired: 'Donnez un nom à la saison (par exemple : 2025-2026).',
  seasonOverlap:
    'Cette saison chevauche une autre saison : une date ne peut appartenir qu’à une seule saison.',
  sirenOnlyForOrganisations: 'Le numéro SIREN ne concerne que les organisations.',
  tariffDuplicate: 'Ce tarif existe déjà pour cette saison.',
  tariffLabelRequired: 'Donnez un nom au tarif (par exemple : Adulte).',
  taxReceiptRule:
    'Un reçu fiscal n’est possible que si la cotisation ne donne droit à aucune contrepartie (accès aux activités, revue, cadeau…). Si ce tarif en donne une, décochez « reçu fiscal ».',
};
