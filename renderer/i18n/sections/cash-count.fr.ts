/** The doors' cash counts (comptage de caisse): the door's dialog, the event page, refusals. */
export const cashCountPermissionsFr = {
  events: {
    cashCountsKept:
      'Un comptage de caisse enregistré ne se modifie pas et ne se retire pas : comptez à nouveau pour en ajouter un.',
  },
  doorEvent: 'Depuis l’entrée, un événement ne se modifie que pour y ajouter le comptage de caisse.',
  doorPerson:
    'Depuis l’entrée, une fiche ne se modifie que pour renuméroter une personne inscrite à l’entrée : le secrétariat complète les fiches.',
};

export const cashCountActionsFr = {
  'events.countCash': 'enregistrer le comptage de caisse de l’entrée',
};

export const cashCountFr = {
  open: 'Compter la caisse',
  title: 'Comptage de caisse : {{door}}',
  hint: 'Comptez les espèces de la caisse et tapez le total. Le comptage va au trésorier avec la feuille.',
  counted: 'Espèces comptées',
  recorded: 'Espèces enregistrées : {{amount}}',
  difference: 'Écart : {{amount}}',
  even: 'Écart : aucun, la caisse est juste.',
  over: 'Écart : {{amount}} de plus que les entrées enregistrées.',
  under: 'Écart : {{amount}} de moins que les entrées enregistrées.',
  card: 'Carte : {{amount}}',
  cheques_zero: 'Aucun chèque.',
  cheques_one: '1 chèque, {{total}} :',
  cheques_other: '{{count, number}} chèques, {{total}} :',
  cheque: 'n° {{number}} : {{amount}}',
  save: 'Enregistrer le comptage',
  cancel: 'Annuler',
  saved: 'Comptage de caisse enregistré : il part au trésorier avec la feuille.',
  savedAt: 'Caisse comptée à {{time}} : {{counted}} en espèces ({{difference}}).',
  countedRequired: 'Tapez le montant des espèces comptées, par exemple 123,50 (0 s’il n’y en a pas).',
  section: 'Comptages de caisse',
  none: 'Aucune porte n’a enregistré de comptage de caisse.',
  line: '{{door}}, {{date}} à {{time}} : espèces comptées {{counted}}, enregistrées {{recorded}} ({{difference}}) ; chèques {{cheques}} ; carte {{card}}',
  differenceNone: 'caisse juste',
  differenceOver: '{{amount}} en trop',
  differenceUnder: '{{amount}} manquant',
};
