/** French texts of the desktop's automatic backups (`backup.auto.*`, Paramètres → Sauvegardes). */
export const autoBackupsFr = {
  title: 'Sauvegardes automatiques',
  intro:
    'Sur ce PC, Tilleul sauvegarde tout chaque jour dans son dossier de données, et fait une copie complète avant chaque mise à jour qui change la forme des données. Il garde 7 sauvegardes quotidiennes, 4 hebdomadaires et 12 mensuelles.',
  last: 'Dernière sauvegarde automatique : {{date}} ({{size}}).',
  none: 'Aucune sauvegarde automatique pour l’instant : la première se fait au démarrage.',
  failedTitle: 'La dernière sauvegarde automatique a échoué',
  failed:
    'Le {{date}} : {{message}} Vérifiez la place libre sur le disque, puis cliquez « Sauvegarder maintenant ».',
  beforeUpdateFailed:
    'La copie des données avant la mise à jour n’a pas pu être faite. Elle sera retentée au prochain démarrage ; faites en attendant une sauvegarde avec « Exporter une sauvegarde ».',
  listFailed: 'La liste des sauvegardes automatiques n’a pas pu être lue : {{message}}',
  now: 'Sauvegarder maintenant',
  listLabel: 'Sauvegardes automatiques',
  date: 'Date',
  kind: 'Type',
  size: 'Taille',
  file: 'Fichier',
  action: 'Action',
  kinds: {
    daily: 'Quotidienne',
    weekly: 'Hebdomadaire',
    monthly: 'Mensuelle',
    beforeUpdate: 'Avant mise à jour',
  },
  restore: 'Restaurer…',
  restoreOne: 'Restaurer la sauvegarde du {{date}}',
  wholeCopy: 'Copie complète, dans le dossier des sauvegardes',
  revert: 'Revenir à cette copie…',
  revertOne: 'Revenir à la copie du {{date}}',
  revertTitle: 'Revenir à la copie d’avant la mise à jour ?',
  revertText:
    'Tilleul va redémarrer et remettre les données de ce PC telles qu’elles étaient le {{date}}, juste avant la mise à jour. Les données actuelles ne sont pas effacées : elles sont mises de côté dans le dossier de données, dans un dossier « IndexedDB-remplacee-… ». Ce qui a été saisi depuis sur ce PC sans être synchronisé ne sera plus visible ; si ce PC est synchronisé, le serveur lui renverra ensuite ce qui a changé depuis.',
  revertConfirm: 'Revenir à cette copie et redémarrer',
  revertCancel: 'Ne rien changer',
  reverting: 'Tilleul redémarre pour remettre la copie en place…',
  revertFailed: 'La copie n’a pas pu être choisie : {{message}}',
  secretLabel: 'Mot de passe administrateur ou code de secours',
  secretHelp:
    'Les sauvegardes automatiques sont chiffrées pour les administrateurs de ce PC : tapez votre mot de passe (ou celui d’un administrateur du jour de la sauvegarde), ou votre code de secours.',
  restoreCopyFailed:
    'La copie d’avant mise à jour choisie n’a pas pu être remise en place : les données sont restées telles qu’elles étaient. Vérifiez la place libre sur le disque, puis recommencez.',
};
