/** Texts of the merge of two records of the same person (renderer/pages/members/MergePeoplePage). */
export const mergeFr = {
  open: 'Fusionner avec une autre fiche',
  title: 'Fusionner deux fiches',
  intro:
    'Quand une même personne a deux fiches, la fusion n’en garde qu’une : les adhésions, le foyer et l’historique de l’autre fiche y sont rattachés, et son numéro de membre reste reconnu (les cartes déjà imprimées restent valables).',
  back: 'Retour à la fiche',
  notFound: 'Cette fiche n’existe pas (ou plus).',
  otherNotFound: 'La fiche choisie n’existe plus. Choisissez-en une autre.',
  pick: {
    title: 'Avec quelle fiche ?',
    search: 'Chercher l’autre fiche',
    searchPlaceholder: 'Nom, prénom, numéro ou e-mail',
    likely: 'Doublons probables',
    results: 'Résultats',
    none: 'Aucune autre fiche ne correspond.',
    choose: 'Choisir',
    change: 'Choisir une autre fiche',
  },
  side: {
    survivor: 'Fiche conservée',
    absorbed: 'Fiche absorbée',
    keep: 'Conserver cette fiche',
    keepHint:
      'Par défaut, la fiche au numéro le plus ancien est conservée : c’est celui des cartes déjà imprimées.',
    number: 'N° {{number}}',
    noNumber: 'sans numéro',
    created: 'Créée le {{date}}',
    memberships_one: '{{count, number}} adhésion',
    memberships_other: '{{count, number}} adhésions',
  },
  conflicts: {
    title: 'Valeurs différentes : laquelle garder ?',
    none: 'Aucune valeur ne diffère : les informations manquantes d’une fiche sont complétées par l’autre.',
    empty: '(vide)',
  },
  fields: {
    kind: 'Type',
    firstName: 'Prénom',
    lastName: 'Nom',
    birthDate: 'Date de naissance',
    email: 'E-mail',
    phone: 'Téléphone',
    address: 'Adresse',
    householdId: 'Foyer',
    siren: 'SIREN',
    customField: 'Champ « {{name}} »',
  },
  kinds: { person: 'Personne', organisation: 'Organisation' },
  summary: {
    title: 'Ce qui change',
    memberships_one: '{{count, number}} adhésion passe sur la fiche conservée :',
    memberships_other: '{{count, number}} adhésions passent sur la fiche conservée :',
    noMemberships: 'Aucune adhésion à déplacer.',
    households: 'Payeur du foyer « {{name}} » : la fiche conservée.',
    formerNumber: 'Le numéro {{number}} restera associé à la fiche conservée.',
    notes:
      'Les notes des deux fiches sont mises bout à bout ; pour chaque consentement, la décision la plus récente est gardée.',
    paidTwice:
      'Les deux fiches ont une adhésion pour : {{seasons}}. C’est peut-être un double paiement : après la fusion, annulez l’adhésion en trop et remboursez si besoin.',
  },
  submit: 'Fusionner',
  confirm: {
    title: 'Fusionner ces deux fiches ?',
    body: 'La fiche « {{absorbed}} » disparaîtra de la liste : ses adhésions et son historique passent sur la fiche « {{survivor}} ». Une fusion ne peut pas être défaite.',
    cancel: 'Annuler',
    submit: 'Fusionner',
  },
  done: 'Fiches fusionnées : « {{name}} ».',
  errors: {
    notFound:
      'L’une des deux fiches n’existe plus (elle vient peut-être d’être fusionnée ou supprimée). Rien n’a été modifié.',
    stale:
      'Une des deux fiches a changé pendant que vous regardiez (autre fenêtre ou synchronisation). Rien n’a été modifié : vérifiez ce qui est affiché, puis fusionnez de nouveau.',
    incomplete:
      'La fusion s’est arrêtée en cours de route ({{step}}) : les deux fiches existent encore et rien n’est perdu. Relancez la fusion pour la terminer. Détail : {{message}}',
    auditFailed:
      'Les fiches sont fusionnées, mais la fusion n’a pas pu être notée dans l’historique. Détail : {{message}}',
    steps: {
      memberships: 'déplacement des adhésions',
      households: 'changement du payeur du foyer',
      survivor: 'mise à jour de la fiche conservée',
      absorbed: 'suppression de la fiche absorbée',
      audit: 'historique',
    },
  },
  history: {
    merged:
      'Le {{date}}, {{user}} a fusionné la fiche « {{label}} » dans celle-ci : son historique figure ci-dessous.',
    mergedInto: 'Cette fiche a été fusionnée dans une autre le {{date}}.',
    openSurvivor: 'Ouvrir la fiche conservée',
  },
};
