/**
 * Texts of the RGPD erasure (renderer/pages/members/erasure/) and of the retention assistant
 * (Paramètres → Données personnelles, renderer/pages/settings/retention/).
 */
export const erasureFr = {
  open: 'Effacer ses données (RGPD)',
  title: 'Effacer les données de la fiche « {{name}} »',
  intro:
    'Tilleul efface tout ce qui concerne cette personne, sauf ce que la loi oblige l’association à garder. L’effacement est définitif : il part sur tous les postes et sur le serveur à la prochaine synchronisation.',
  back: 'Retour à la fiche',
  erasedBadge: 'Données effacées le {{date}}',
  kept: {
    title: 'Ce qui est gardé, et pourquoi',
    receipts_one:
      '{{count, number}} reçu fiscal, avec le nom et l’adresse figés le jour où il a été émis : la loi impose de garder les reçus 6 ans (jusqu’à fin {{year}}).',
    receipts_other:
      '{{count, number}} reçus fiscaux, avec le nom et l’adresse figés le jour où ils ont été émis : la loi impose de garder les reçus 6 ans (jusqu’à fin {{year}}).',
    noReceipts: 'Aucun reçu fiscal à garder.',
    donations_one: '{{count, number}} don : c’est une pièce comptable, gardée sans changement.',
    donations_other: '{{count, number}} dons : ce sont des pièces comptables, gardées sans changement.',
    statistics:
      'Ses cotisations ({{memberships}}) et présences ({{attendance}}) restent comptées dans les statistiques, rattachées à une fiche anonyme « Personne effacée ».',
    journal: 'Le journal garde la trace de chaque action (qui, quand, quels champs), sans les valeurs.',
  },
  removed: {
    title: 'Ce qui est effacé',
    identity: 'Nom, prénom, date de naissance, e-mail, téléphone, adresse, numéro de membre, numéro SIREN.',
    notes: 'Notes, champs personnalisés et consentements de la fiche.',
    household: 'Le lien avec le foyer « {{name}} ».',
    householdRemoved: 'Le foyer « {{name}} », où plus personne ne vit.',
    freeText: 'Les notes de ses cotisations et de ses présences.',
    journal_one: 'Les valeurs de {{count, number}} entrée du journal, remplacées par « [effacé] ».',
    journal_other: 'Les valeurs de {{count, number}} entrées du journal, remplacées par « [effacé] ».',
  },
  confirm: {
    label: 'Pour confirmer, tapez son nom tel qu’il est écrit : {{name}}',
    mismatch: 'Le nom tapé ne correspond pas encore.',
    submit: 'Effacer définitivement',
    cancel: 'Annuler',
    progress: 'Effacement en cours : {{done}} / {{total}}',
    done: 'Les données {{name, de}} ont été effacées. Reçus et dons restent gardés.',
  },
  errors: {
    ERASURE_NOT_FOUND: 'Cette fiche n’existe plus : rien n’a été effacé.',
    ERASURE_NOT_ALLOWED: 'Seul un administrateur peut effacer les données d’une personne.',
    ERASURE_TOO_LARGE:
      'Cette personne a trop de documents pour un seul effacement ({{count, number}}). Prévenez la personne qui gère Tilleul.',
    failed: 'L’effacement s’est arrêté : {{message}} Relancez-le, il reprendra là où il s’est arrêté.',
  },
};

export const retentionFr = {
  title: 'Durée de conservation',
  intro:
    'La CNIL recommande de ne garder les données des anciens membres et donateurs que 3 ans après le dernier contact (une cotisation, un don, une présence). Au-delà, proposez-leur l’effacement.',
  years: 'Proposer l’effacement après (années sans contact)',
  yearsHint: 'Entre 1 et 10 années entières ; 3 par défaut.',
  save: 'Enregistrer',
  saved: 'Durée de conservation enregistrée.',
  listTitle: 'Personnes à effacer',
  listIntro_one: '{{count, number}} ancien membre ou donateur sans contact depuis {{years}} ou plus.',
  listIntro_other: '{{count, number}} anciens membres ou donateurs sans contact depuis {{years}} ou plus.',
  empty: 'Personne n’est sans contact depuis {{years}} : rien à effacer.',
  yearsText_one: '{{count, number}} an',
  yearsText_other: '{{count, number}} ans',
  columns: { name: 'Nom', lastContact: 'Dernier contact', kind: 'Qualité' },
  member: 'Ancien membre',
  donor: 'Donateur',
  selectAll: 'Tout sélectionner',
  select: 'Sélectionner {{name}}',
  erase_one: 'Effacer la personne sélectionnée',
  erase_other: 'Effacer les {{count, number}} personnes sélectionnées',
  confirmTitle_one: 'Effacer {{count, number}} personne ?',
  confirmTitle_other: 'Effacer {{count, number}} personnes ?',
  confirmText:
    'Leurs fiches deviennent anonymes ; leurs reçus fiscaux et dons restent gardés (obligation légale), le journal garde les faits sans les valeurs. C’est définitif. Tapez EFFACER pour confirmer.',
  confirmWord: 'EFFACER',
  confirmLabel: 'Tapez EFFACER',
  progress: 'Effacement : {{done}} / {{total}} personnes',
  done_one: '{{count, number}} personne effacée.',
  done_other: '{{count, number}} personnes effacées.',
  failed_one: '{{count, number}} effacement n’a pas abouti : relancez-le depuis cette liste.',
  failed_other: '{{count, number}} effacements n’ont pas abouti : relancez-les depuis cette liste.',
};

export const erasureSettingsTabsFr = { retention: 'Données personnelles' };
export const erasureActionsFr = { 'people.erase': 'effacer les données d’une personne (RGPD)' };
export const erasureJournalActionsFr = { erasure: 'Effacement RGPD' };
export const erasurePermissionsFr = {
  personErased: 'Cette personne a été effacée : ses données ne peuvent plus être saisies à nouveau.',
  auditErasureUnknown: 'Le journal ne s’efface que par l’effacement d’une personne qu’il concerne.',
  auditErasureNotExact:
    'Le journal ne peut être ni modifié ni effacé (seules les valeurs d’une personne effacée le sont).',
};
export const retentionErrorsFr = { years: 'Indiquez un nombre entier d’années, entre 1 et 10.' };
