/** « Rapports »: the charts, their tables and their PDF (issue 18). */
export const reportsFr = {
  title: 'Rapports',
  intro:
    'Les chiffres de l’association en graphiques, chacun avec son tableau. Choisissez la saison et l’année, puis imprimez le tout en PDF.',
  season: 'Saison',
  year: 'Année des dons',
  noSeasons:
    'Aucune saison n’est définie : créez-en une dans Paramètres → Saisons et tarifs pour voir les membres et la fréquentation.',
  noSeasonsAsk:
    'Aucune saison n’est définie : demandez à un administrateur d’en créer une (Paramètres → Saisons et tarifs) pour voir les membres et la fréquentation.',
  loading: 'Calcul des chiffres…',
  figures: 'Tableau des chiffres : {{title}}',
  chart: 'Graphique : {{title}}',
  print: 'Imprimer en PDF',
  printed: 'Rapport PDF enregistré.',
  members: {
    title: 'Membres par tarif — saison {{season}}',
    note: 'Une cotisation famille compte une fois et couvre chaque personne du foyer ; une personne couverte par deux cotisations compte une fois dans le total. Les cotisations annulées ne comptent pas.',
    tariff: 'Tarif',
    fees: 'Cotisations',
    people: 'Personnes couvertes',
    amount: 'Montant',
    total: 'Total',
    empty: 'Aucune cotisation pour cette saison.',
  },
  donations: {
    monthsTitle: 'Dons par mois — {{year}} comparé à {{previous}}',
    campaignsTitle: 'Dons par campagne — {{year}} comparé à {{previous}}',
    note: 'Montants des dons reçus (date de réception), reçus fiscaux annulés ou non : un don compte une fois.',
    month: 'Mois',
    campaign: 'Campagne',
    noCampaign: 'Sans campagne',
    count: 'Dons {{year}}',
    amount: 'Montant {{year}}',
    total: 'Total',
    empty: 'Aucun don en {{year}} ni en {{previous}}.',
  },
  attendance: {
    title: 'Fréquentation par événement — saison {{season}}',
    note: 'Représentés : absents ayant donné pouvoir à une personne présente. Un événement clos est compté sur sa feuille, corrections comprises.',
    event: 'Événement',
    date: 'Date',
    registered: 'Inscrits',
    present: 'Présents',
    represented: 'Représentés',
    sheet: 'Feuille',
    closed: 'close',
    open: 'en cours',
    empty: 'Aucun événement pendant cette saison.',
  },
  pdf: {
    heading: 'Rapports — saison {{season}}, dons {{year}}',
    headingNoDonations: 'Rapports — saison {{season}}',
    documentTitle: 'Rapports {{season}}',
    generated: 'Établi le {{date}}',
    page: 'Page {{page}} / {{count, number}}',
    fileName: 'rapports-{{season}}',
    fileFilter: 'Document PDF',
  },
};

/** Spread into `permissions.actions` of fr.ts. */
export const reportsActionsFr = { 'reports.read': 'consulter les rapports' };
