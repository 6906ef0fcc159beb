/** Closing an event into its sheet (issue 16): errors, refusals and the event page's texts. */
export const closingErrorsFr = {
  reasonRequired: 'Indiquez la raison de la correction.',
  part: 'Partie de feuille incorrecte : mettez Tilleul à jour sur cet appareil.',
  id: 'Feuille mal identifiée (événement ou partie) : mettez Tilleul à jour sur cet appareil.',
  personTwice: 'La même personne figure deux fois sur la feuille.',
  amendmentTwice: 'La même correction figure deux fois sur la feuille.',
  hashMismatch:
    'Le contenu de la feuille ne correspond pas à son empreinte : elle a été altérée. Rien n’a été enregistré ; prévenez l’administrateur.',
  autoCloseDays: 'Indiquez un nombre entier de jours entre 0 et 365 (0 : jamais).',
};

/** Spread into `permissions` of fr.ts: why a closed event's sheet cannot be changed. */
export const closingPermissionsFr = {
  sheets: {
    immutable:
      'La feuille d’un événement clôturé ne se modifie plus : ajoutez une correction (qui, quand, pourquoi).',
    amendmentsKept: 'Une correction déjà enregistrée sur la feuille ne peut être ni modifiée ni retirée.',
    noDeletion:
      'La feuille d’un événement clôturé ne se supprime pas : c’est la trace légale de la présence.',
  },
};

export const closingActionsFr = {
  'events.close': 'clôturer un événement',
  'sheets.read': 'voir les feuilles des événements clôturés',
};

/** The screens of closing (event page, correction, person page, Paramètres). */
export const closingFr = {
  close: 'Clôturer l’événement',
  dialog: {
    title: 'Clôturer « {{event}} » ?',
    frozen:
      'La liste de présence est figée dans une feuille : la trace de l’événement, comme une feuille papier signée, avec son empreinte.',
    amendments:
      'Une correction faite ensuite s’ajoute à la feuille comme une correction : qui, quand et pourquoi restent notés.',
    door: 'L’entrée ne peut plus enregistrer de présence pour cet événement.',
    records_one: '{{count, number}} fiche de présence sera regroupée dans la feuille puis supprimée.',
    records_other: '{{count, number}} fiches de présence seront regroupées dans la feuille puis supprimées.',
    keep: 'Ne pas clôturer',
    confirm: 'Clôturer',
    progress: 'Clôture en cours : {{done}} / {{total}} fiches regroupées',
    done: 'Événement clôturé : la feuille est enregistrée.',
  },
  closedBadge: 'Clôturé',
  closedOn: 'Clôturé le {{date}} à {{time}} par {{name}} ({{device}}). La présence se lit sur la feuille.',
  thisDevice: 'Ce poste',
  someone: 'un compte supprimé',
  correct: 'Corriger la feuille',
  amend: {
    title: 'Corriger la feuille de « {{event}} »',
    search: 'Personne',
    searchDescription: 'Nom, prénom ou numéro de membre ; ↓ ↑ choisissent, Entrée prend celle en vert.',
    none: 'Personne ne correspond.',
    choose: 'Choisir {{name}}',
    chosen: 'Correction pour {{name}}',
    change: 'Changer de personne',
    presence: 'Sur la feuille',
    present: 'Présent',
    absent: 'Absent',
    reason: 'Raison de la correction',
    reasonHint: 'Obligatoire : elle reste sur la feuille avec votre nom et l’heure.',
    choosePerson: 'Choisissez la personne à corriger.',
    save: 'Ajouter la correction',
    cancel: 'Annuler',
    done: 'Correction ajoutée à la feuille.',
  },
  amendmentsTitle: 'Corrections après clôture',
  amendmentLine: '{{date}} à {{time}}, {{by}} : {{person}} {{presence}} — {{reason}}',
  presentWord: 'présent',
  absentWord: 'absent',
  pdf: {
    note: 'Feuille clôturée le {{date}} à {{time}} par {{name}} — empreinte SHA-256 {{hash}}',
    presentAt: 'Présent, arrivée à {{time}}',
    present: 'Présent',
    absent: 'Absent',
  },
  person: {
    title: 'Présences',
    none: 'Aucune inscription ni présence.',
    event: 'Événement',
    date: 'Date',
    registered: 'Inscrit',
    present: 'Présent',
    presentAt: 'à {{time}}',
    represented: 'Représenté',
    closed: 'feuille clôturée',
    missing: 'Événement absent de cet appareil',
  },
  settings: {
    title: 'Clôture automatique des événements',
    intro:
      'Un événement passé est clôturé automatiquement ce nombre de jours après sa fin : sa présence est figée dans une feuille, ce qui allège chaque appareil.',
    days: 'Jours après l’événement',
    daysHint: 'De 0 à 365 ; 0 : jamais de clôture automatique.',
    save: 'Valider le délai',
    saved: 'Délai de clôture automatique enregistré.',
    autoClosed_one: '{{count, number}} événement passé clôturé automatiquement.',
    autoClosed_other: '{{count, number}} événements passés clôturés automatiquement.',
    autoCloseFailed:
      'La clôture automatique des événements passés a échoué ({{message}}). Nouvel essai dans une heure ; vous pouvez aussi clôturer un événement depuis sa page.',
  },
};
