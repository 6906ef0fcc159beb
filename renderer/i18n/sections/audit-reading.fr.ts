/**
 * How the journal and the histories read (`auditReading.*`): sub-fields, values that are codes,
 * and the details column, so that no screen shows a key, an id or a « ∅ ».
 */
export const auditReadingFr = {
  empty: '(vide)',
  masked: '(non affiché)',
  changedList: '(liste modifiée)',
  yes: 'Oui',
  no: 'Non',
  created: '{{field}} : {{value}}',
  change: '{{field}} : {{before}} → {{after}}',
  /** The « Appareil » column: the enrolled device the server saw send the entry. */
  thisDevice: 'Cet appareil',
  deviceNotRecorded: 'Non vérifié',
  deviceNotRecordedHelp:
    'Le serveur n’a pas noté quel appareil a envoyé cette entrée (envoyée avant qu’il ne le note).',
  address: {
    line1: 'Adresse',
    line2: 'Complément d’adresse',
    postalCode: 'Code postal',
    city: 'Ville',
    country: 'Pays',
  },
  consents: {
    imageRights: 'Droit à l’image',
    newsletter: 'Lettre d’information',
    dataProcessing: 'Traitement des données',
    on: '{{consent}} (date)',
  },
  consentStatus: { unknown: 'Non demandé', granted: 'Accordé', refused: 'Refusé' },
  holderKinds: { person: 'Personne', household: 'Foyer' },
  customField: 'Champ « {{name}} »',
  customFieldGone: 'Champ personnalisé supprimé',
  details: {
    locked: 'Compte bloqué après trop d’essais',
    disabled: 'Compte désactivé',
    'wrong-secret': 'Mot de passe ou code erroné',
    manual: 'À la demande',
    idle: 'Après inactivité',
    denied: 'Refusé : {{action}}',
    merge: 'Fusion de la fiche « {{label}} »',
    renewals_one: 'Liste des renouvellements ({{count}} ligne)',
    renewals_other: 'Liste des renouvellements ({{count}} lignes)',
    cards_one: '{{count}} carte d’adhérent',
    cards_other: '{{count}} cartes d’adhérent',
    organisationFile: 'Fichier de l’association (association.json)',
    other: 'Autre détail',
  },
  demo: 'Données de démonstration',
};
