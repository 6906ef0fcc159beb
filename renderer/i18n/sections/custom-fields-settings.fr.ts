/** Paramètres → Champs personnalisés. */
export const customFieldsSettingsFr = {
  intro:
    'Ajoutez aux fiches des membres les informations propres à votre association : taille de tee-shirt, date du certificat médical, bénévole… Un champ n’est jamais supprimé : archivez-le, les valeurs déjà saisies sont conservées.',
  empty: 'Aucun champ personnalisé pour l’instant.',
  add: 'Ajouter un champ',
  newField: 'Nouveau champ',
  edit: 'Modifier',
  editNamed: 'Modifier le champ {{field}}',
  editTitle: 'Modifier le champ',
  archive: 'Archiver',
  archiveNamed: 'Archiver le champ {{field}}',
  unarchive: 'Réactiver',
  unarchiveNamed: 'Réactiver le champ {{field}}',
  archived: 'Archivé',
  required: 'Obligatoire',
  columns: {
    label: 'Champ',
    type: 'Type',
    details: 'Détails',
    actions: 'Actions',
  },
  types: {
    text: 'Texte',
    number: 'Nombre',
    date: 'Date',
    boolean: 'Oui / non',
    choice: 'Liste de choix',
  },
  fields: {
    label: 'Nom du champ',
    labelPlaceholder: 'Taille de tee-shirt',
    type: 'Type',
    typeLocked:
      'Le type ne change plus une fois le champ créé : les valeurs déjà saisies ne s’y prêteraient pas.',
    required: 'Obligatoire sur chaque fiche',
    choices: 'Valeurs proposées',
    choicesDescription: 'Une valeur par ligne, au moins deux.',
    choicesPlaceholder: 'S\nM\nL',
  },
  save: 'Enregistrer',
  cancel: 'Annuler',
  saved: 'Champs personnalisés enregistrés.',
  invalid: 'Certaines valeurs sont à corriger : voyez les messages sous les champs.',
  saveFailed: 'L’enregistrement a échoué : {{message}}',
  damaged:
    'Les champs personnalisés enregistrés sont endommagés. Ils ne peuvent pas être modifiés ici tant qu’ils ne sont pas réparés : demandez de l’aide à la personne qui gère Tilleul.',
};
