/** French texts of the first sync's progress (`firstSync.*`, issue 19). */
export const firstSyncFr = {
  title: 'Première synchronisation',
  intro:
    'Cet appareil reçoit les données de l’association : chaque écran fonctionne dès que ses données sont arrivées (la liste des membres et la recherche à l’entrée d’abord).',
  remaining_one: 'Encore {{count, number}} document · environ {{time}}',
  remaining_other: 'Encore {{count, number}} documents · environ {{time}}',
  remainingUnknown_one: 'Encore {{count, number}} document',
  remainingUnknown_other: 'Encore {{count, number}} documents',
  finishing: 'Enregistrement des dernières données…',
  minutes: '{{count, number}} min',
  seconds: '{{count, number}} s',
  offline:
    'Hors ligne : le réseau est coupé. Rien de ce qui est arrivé n’est perdu ; la synchronisation reprendra d’elle-même, là où elle s’est arrêtée.',
  resumed: 'Le réseau est revenu : la synchronisation a repris là où elle s’était arrêtée.',
  searchable_one: 'La recherche à l’entrée est prête : {{shown}} personne (reçue du serveur en un envoi).',
  searchable_other:
    'La recherche à l’entrée est prête : {{shown}} personnes (reçues du serveur en un envoi).',
  waiting: 'en attente',
  done: 'reçu',
  nothing: '{{what}} : rien à recevoir',
  line: '{{received}} sur {{expected}} {{what}}',
  lineUnknown: '{{received}} {{what}} reçus',
  megabytes: '{{value}} Mo',
  collections: {
    people: 'personnes',
    households: 'foyers',
    settings: 'réglages',
    users: 'comptes',
    events: 'événements',
    attendance: 'présences',
    memberships: 'adhésions',
    sheets: 'feuilles d’émargement',
    donations: 'dons',
    receipts: 'reçus fiscaux',
    audit: 'entrées du journal',
    deposits: 'remises de chèques',
  },
};
