/** Member cards (PDF): the texts printed on the cards and the save dialog. */
export const memberCardsFr = {
  cardTitle: 'Carte d’adhérent',
  number: 'N°',
  season: 'Saison',
  documentTitle: 'Cartes d’adhérent {{season}}',
  fileName: 'cartes-adherent-{{season}}',
  fileFilter: 'Document PDF',
  refusedOne: 'Pas de carte pour {{name}} : {{reason}}',
  refusal: {
    'not-covered':
      '« {{status}} », sans cotisation pour la saison {{season}}. Une carte n’est imprimée que pour une personne à jour.',
    'no-number': 'cette fiche n’a pas de numéro d’adhérent (la carte porte ce numéro).',
  },
  noneCovered:
    'Aucune des personnes affichées n’est à jour pour la saison {{season}} : pas de carte à imprimer. Choisissez une autre saison dans le filtre « Saison ».',
  printed_one: '{{count, number}} carte de la saison {{season}} enregistrée.',
  printed_other: '{{count, number}} cartes de la saison {{season}} enregistrées.',
  leftOut_one:
    '{{count, number}} personne affichée n’est pas à jour pour la saison {{season}} (ou n’a pas de numéro) : pas de carte pour elle.',
  leftOut_other:
    '{{count, number}} personnes affichées ne sont pas à jour pour la saison {{season}} (ou n’ont pas de numéro) : pas de carte pour elles.',
  capped: 'Seules les 500 premières cartes ont été faites : affinez la liste pour les suivantes.',
};
