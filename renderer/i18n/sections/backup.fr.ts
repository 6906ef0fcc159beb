import { autoBackupsFr } from '@renderer/i18n/sections/auto-backups.fr';
/** French texts of Paramètres → Sauvegardes (`backup.*`): export a backup, restore one. */
export const backupSettingsTabsFr = { backup: 'Sauvegardes' };
export const backupActionsFr = { 'data.backup': 'sauvegarder et restaurer toutes les données' };

export const backupFr = {
  export: {
    title: 'Exporter une sauvegarde',
    intro:
      'Un seul fichier avec toutes les données de l’association : personnes, cotisations, événements, dons, reçus, paramètres, comptes et journal. Gardez-le en lieu sûr, hors de ce PC.',
    password: 'Mot de passe (facultatif)',
    passwordHelp:
      'Avec un mot de passe, le fichier est chiffré : sans lui, personne ne peut le lire ni le restaurer. Il ne peut pas être retrouvé s’il est perdu.',
    confirm: 'Mot de passe, encore une fois',
    mismatch: 'Les deux mots de passe diffèrent : tapez le même deux fois.',
    confirmMissing: 'Tapez le mot de passe une deuxième fois ici, pour être sûr de ne pas s’être trompé.',
    tooShort: 'Au moins 8 caractères, ou aucun pour un fichier non chiffré.',
    button: 'Exporter une sauvegarde',
    progress: 'Sauvegarde : {{written, number}} documents sur {{total, number}}',
    done: 'Sauvegarde enregistrée : {{name}}',
    failed: 'La sauvegarde n’a pas pu être faite : {{message}}',
  },
  restore: {
    title: 'Restaurer une sauvegarde',
    intro:
      'Remet chaque document du fichier tel qu’il était lors de la sauvegarde. Ce qui a été créé depuis est gardé. Les modifications partent ensuite vers le serveur comme les autres.',
    file: 'Fichier de sauvegarde (.tilleul)',
    filePlaceholder: 'Choisir un fichier',
    password: 'Mot de passe de la sauvegarde',
    check: 'Ouvrir la sauvegarde',
    checking: 'Vérification du fichier : {{read, number}} documents lus',
    preview: 'Contenu de la sauvegarde',
    association: 'Association',
    noName: '(sans nom)',
    createdAt: 'Faite le',
    appVersion: 'Par Tilleul',
    encrypted: 'Chiffrée',
    yes: 'Oui',
    no: 'Non',
    collection: 'Données',
    count: 'Nombre',
    confirmWord: 'RESTAURER',
    confirmLabel: 'Pour confirmer, tapez RESTAURER',
    button: 'Restaurer',
    staging: 'Préparation : {{done, number}} documents sur {{total, number}}',
    applying: 'Restauration : {{done, number}} lots sur {{total, number}}',
    done: 'Restauration terminée : {{restored, number}} documents remis, {{unchanged, number}} déjà à jour, {{kept, number}} gardés tels quels.',
    keptHelp:
      'Gardés tels quels : les documents que les règles protègent (un reçu annulé depuis reste annulé, le journal n’est jamais réécrit).',
    failed: 'Rien n’a été restauré : {{message}}',
    failedHalfway:
      'La restauration s’est arrêtée en cours de route. Ce qui était déjà remis reste en place, et rien n’est perdu : redémarrez Tilleul, il terminera la restauration au démarrage. Cause : {{message}}',
    firstRunActor: 'Restauration au premier démarrage',
    resumed: 'Une restauration interrompue (sauvegarde du {{date}}) a été terminée au démarrage.',
  },
  auto: autoBackupsFr,
  errors: {
    notABackup:
      'Ce fichier n’est pas une sauvegarde Tilleul. Choisissez un fichier .tilleul fait par « Exporter une sauvegarde ».',
    newerFormat:
      'Cette sauvegarde a été faite par une version plus récente de Tilleul. Mettez Tilleul à jour, puis recommencez.',
    newerSchema:
      'Cette sauvegarde vient d’une version plus récente de Tilleul (« {{collection}} »). Mettez Tilleul à jour, puis recommencez.',
    unknownCollection:
      'Cette sauvegarde contient des données que cette version de Tilleul ne connaît pas (« {{collection}} »). Mettez Tilleul à jour, puis recommencez.',
    badHeader:
      'L’en-tête de la sauvegarde est abîmé : le fichier ne peut pas être restauré. Essayez une autre sauvegarde.',
    badDocument:
      'La ligne {{line}} de la sauvegarde ({{collection}}) est invalide : le fichier a été modifié ou abîmé. Essayez une autre sauvegarde.',
    badTrailer: 'La fin de la sauvegarde est abîmée (ligne {{line}}). Essayez une autre sauvegarde.',
    countMismatch:
      'Il manque des documents dans la sauvegarde ({{collection}}) : le fichier est incomplet. Essayez une autre sauvegarde.',
    checksumMismatch:
      'La sauvegarde a été modifiée ou abîmée depuis qu’elle a été faite (empreinte différente). Essayez une autre copie.',
    truncated:
      'La sauvegarde est incomplète : le fichier a été coupé (copie interrompue ?). Essayez une autre copie.',
    notUtf8: 'Ce fichier n’est pas une sauvegarde Tilleul (texte illisible). Choisissez un fichier .tilleul.',
    lineTooLong: 'Ce fichier n’est pas une sauvegarde Tilleul. Choisissez un fichier .tilleul.',
    passwordRequired: 'Cette sauvegarde est chiffrée : tapez son mot de passe.',
    wrongPassword:
      'Mot de passe incorrect pour cette sauvegarde. Vérifiez-le (majuscules, accents) et réessayez.',
    noWebCrypto:
      'Le chiffrement n’est pas disponible sur cette adresse (connexion non sécurisée). Ouvrez Tilleul sur le PC du bureau ou en https.',
    duplicateDocument:
      'La sauvegarde contient deux fois le même document (ligne {{line}}, {{collection}}) : elle a été modifiée. Essayez une autre sauvegarde.',
    restoreInProgress:
      'Une restauration est déjà en cours sur cet appareil. Attendez qu’elle se termine, ou redémarrez Tilleul pour qu’il la termine.',
    wrongAdminSecret:
      'Ce mot de passe n’ouvre pas cette sauvegarde automatique. Tapez le mot de passe d’un administrateur tel qu’il était le jour de la sauvegarde, ou son code de secours.',
    noAdminKey:
      'Sauvegarde automatique non faite : aucun administrateur ne s’est encore connecté sur ce PC, et elle ne doit pas être écrite en clair. Connectez-vous une fois en administrateur, puis cliquez « Sauvegarder maintenant ».',
  },
};
