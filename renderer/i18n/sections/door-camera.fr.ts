/** The camera that reads member cards at the door (renderer/pages/entrance/camera/). */
export const doorCameraFr = {
  open: 'Scanner une carte',
  close: 'Fermer la caméra',
  title: 'Caméra : présentez la carte d’adhérent',
  starting: 'Ouverture de la caméra…',
  ready: 'Présentez le code QR de la carte devant la caméra.',
  read: 'Carte lue : {{name}}',
  unknown: 'Carte {{code}} : personne ne porte ce numéro ici. Cherchez la personne par son nom.',
  insecure:
    'Caméra indisponible : cette adresse n’est pas sécurisée (http). Utilisez la recherche ou une douchette USB.',
  errors: {
    refused:
      'La caméra est refusée. Autorisez-la pour ce site dans les réglages du navigateur, puis rouvrez-la ; la recherche et la douchette USB marchent toujours.',
    missing: 'Aucune caméra trouvée sur cet appareil. Utilisez la recherche ou une douchette USB.',
    busy: 'La caméra est déjà utilisée par une autre application. Fermez-la, puis rouvrez la caméra ici.',
    decoder:
      'Le lecteur de codes QR n’a pas pu démarrer. Rechargez la page ; en attendant, utilisez la recherche.',
    failed: 'La caméra n’a pas pu s’ouvrir. Réessayez, ou utilisez la recherche ou une douchette USB.',
  },
};
