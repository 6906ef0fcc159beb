/** Member cards (PDF): the texts printed on the cards and the save dialog. */
export const memberCardsFr = {
  cardTitle: 'Carte d’adhérent',
  number: 'N°',
  season: 'Saison',
  documentTitle: 'Cartes d’adhérent {{season}}',
  fileName: 'cartes-adherent-{{season}}',
  fileFilter: 'Document PDF',
};
