/** Closing an event into its sheet (issue 16): errors, refusals and the event page's texts. */
export const closingErrorsFr = {
  reasonRequired: 'Indiquez la raison de la correction.',
  part: 'Partie de feuille incorrecte : mettez Tilleul à jour sur cet appareil.',
  id: 'Feuille mal identifiée (événement ou partie) : mettez Tilleul à jour sur cet appareil.',
  personTwice: 'La même personne figure deux fois sur la feuille.',
  amendmentTwice: 'La même correction figure deux fois sur la feuille.',
  hashMismatch:
    'Le contenu de la feuille ne correspond pas à son empreinte : elle a été altérée. Rien n’a été enregistré ; prévenez l’administrateur.',
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
