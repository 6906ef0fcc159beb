/** Texts of the desktop app's own settings (`desktop.*`): the public update feed. */
export const desktopFr = {
  feed: {
    title: 'Source publique des mises à jour',
    intro:
      'Tilleul cherche ses mises à jour au démarrage puis toutes les quatre heures : sur le serveur de l’association quand cet appareil y est inscrit, et à cette adresse sinon ou si ce serveur n’en distribue pas.',
    label: 'Adresse de la source publique',
    placeholder: 'https://mises-a-jour.exemple.fr/tilleul/',
    description: 'Commence par https://. Laissez vide pour n’utiliser que le serveur de l’association.',
    save: 'Enregistrer la source',
    saved: 'Source des mises à jour enregistrée.',
    cleared: 'Source publique retirée : seul le serveur de l’association sera consulté.',
    current: 'Source actuelle : {{url}}',
    none: 'Aucune source publique.',
  },
};
