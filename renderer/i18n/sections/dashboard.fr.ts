/** The Accueil dashboard and its demo association card. */
export const dashboardFr = {
  figuresTitle: 'Les adhésions en un coup d’œil',
  noSeasons:
    'Aucune saison n’est définie : créez la saison en cours dans Paramètres → Saisons et tarifs pour voir qui est à jour.',
  noSeasonsAsk:
    'Aucune saison n’est définie : demandez à un administrateur de créer la saison en cours (Paramètres → Saisons et tarifs) pour voir qui est à jour.',
  noSeasonsAction: 'Définir les saisons',
  noCurrentSeason:
    'Aucune saison ne contient la date d’aujourd’hui : ajoutez la nouvelle saison dans Paramètres → Saisons et tarifs.',
  noCurrentSeasonAsk:
    'Aucune saison ne contient la date d’aujourd’hui : demandez à un administrateur d’ajouter la nouvelle saison (Paramètres → Saisons et tarifs).',
  upToDate: 'À jour cette saison',
  upToDateDetail: 'Saison {{season}}',
  lastSeason: 'Saison dernière',
  lastSeasonDetail: 'À jour en {{season}}',
  compared: '{{difference}} de plus que la saison dernière',
  comparedLess: '{{difference}} de moins que la saison dernière',
  comparedSame: 'Autant que la saison dernière',
  renewals: 'Renouvellements attendus',
  renewalsDetail: 'Personnes ou foyers à jour la saison dernière, pas encore cette saison',
  renewalsAction: 'Voir la liste',
  newThisMonth: 'Nouveaux membres ce mois-ci',
  newThisMonthDetail: 'Première cotisation payée en {{month}}',
  noPreviousSeason: 'Pas de saison précédente',
  chartTitle: 'Membres à jour par saison',
  chartSeries: 'Membres à jour',
  chartEmpty: 'Le graphique apparaîtra dès que des cotisations seront enregistrées.',
  demo: {
    title: 'Essayer avec une association de démonstration',
    body: 'Chargez une association imaginaire (des familles, deux saisons de cotisations, des tarifs) pour découvrir Tilleul sans saisir vos membres. Vos propres données ne sont pas touchées, et vous pourrez tout retirer en un clic.',
    size: 'Taille de l’association',
    sizeSmall: '{{people}} personnes',
    sizeLarge: '{{people}} personnes (plus lent)',
    load: 'Essayer avec une association de démonstration',
    loading: 'Chargement de la démonstration…',
    progress: '{{done}} sur {{total}} fiches',
    progressLabel: 'Avancement',
    loaded: 'Association de démonstration chargée : {{people}} personnes.',
    loadedTitle: 'Données de démonstration présentes',
    loadedBody:
      'Les personnes et foyers de démonstration sont imaginaires ; leurs numéros de membre commencent par DEM-. Retirez-les avant de saisir vos vrais membres, ou quand vous voulez.',
    remove: 'Retirer les données de démonstration',
    removing: 'Retrait de la démonstration…',
    confirmTitle: 'Retirer la démonstration ?',
    confirmBody:
      'Toutes les personnes, foyers et cotisations de démonstration seront retirés, ainsi que ses saisons, tarifs et champs personnalisés. Vos propres données restent telles quelles.',
    confirm: 'Retirer',
    cancel: 'Annuler',
    removed: 'Données de démonstration retirées.',
    keptSeasons:
      'Saisons de démonstration conservées parce que vos cotisations les utilisent : {{seasons}}. Renommez-les si besoin dans Paramètres → Saisons et tarifs.',
    failed: 'L’opération n’a pas abouti : {{message}}',
    seasonsTakenTitle: 'La démonstration a besoin de ses propres saisons',
    seasonsTaken:
      'La démonstration apporte trois saisons à elle, jusqu’à la saison en cours, et ne mélange jamais ses tarifs ni ses cotisations aux vôtres. Votre saison {{seasons}} couvre déjà ces dates : essayez la démonstration sur un poste sans saisons (une nouvelle installation ou un autre navigateur).',
    settingsDamaged:
      'Les saisons ou les champs personnalisés enregistrés sont endommagés : corrigez-les dans Paramètres avant de charger la démonstration.',
  },
};
