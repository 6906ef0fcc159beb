import {
  cashCountActionsFr,
  cashCountFr,
  cashCountPermissionsFr,
} from '@renderer/i18n/sections/cash-count.fr';
import { reportsFr, reportsActionsFr } from '@renderer/i18n/sections/reports.fr';
import { desktopFr } from '@renderer/i18n/sections/desktop.fr';
import { backupFr, backupActionsFr, backupSettingsTabsFr } from '@renderer/i18n/sections/backup.fr';
import {
  erasureFr,
  erasureActionsFr,
  erasureJournalActionsFr,
  erasurePermissionsFr,
  erasureSettingsTabsFr,
  retentionFr,
  retentionErrorsFr,
} from '@renderer/i18n/sections/erasure.fr';
import { peopleFr } from '@renderer/i18n/sections/people.fr';
import { customFieldsSettingsFr } from '@renderer/i18n/sections/custom-fields-settings.fr';
import { dashboardFr } from '@renderer/i18n/sections/dashboard.fr';
import { memberCardsFr } from '@renderer/i18n/sections/member-cards.fr';
import { seasonsSettingsFr } from '@renderer/i18n/sections/seasons-settings.fr';
import { membersFr } from '@renderer/i18n/sections/members.fr';
import { mergeFr } from '@renderer/i18n/sections/merge.fr';
import { importFr } from '@renderer/i18n/sections/import.fr';
import {
  receiptPermissionsFr,
  recordsCollectionsFr,
  recordsErrorsFr,
} from '@renderer/i18n/sections/records.fr';
import { firstSyncFr } from '@renderer/i18n/sections/first-sync.fr';
import { syncErrorsFr, syncFr, syncSettingsTabsFr } from '@renderer/i18n/sections/sync.fr';
import { dateFieldFr, datesFr } from '@renderer/i18n/sections/dates.fr';
import { fieldsFr } from '@renderer/i18n/sections/fields.fr';
import { auditReadingFr } from '@renderer/i18n/sections/audit-reading.fr';
import { unsavedFr } from '@renderer/i18n/sections/unsaved.fr';
import { entranceFr } from '@renderer/i18n/sections/entrance.fr';
import { doorCameraFr } from '@renderer/i18n/sections/door-camera.fr';
import { cotisationsFr } from '@renderer/i18n/sections/cotisations.fr';
import { tablesFr } from '@renderer/i18n/sections/tables.fr';
import { personDataFr } from '@renderer/i18n/sections/person-data.fr';
import { personFormFr } from '@renderer/i18n/sections/person-form.fr';
import { eventsFr } from '@renderer/i18n/sections/events.fr';
import {
  doorPaymentFr,
  doorPaymentErrorsFr,
  doorPaymentPermissionsFr,
} from '@renderer/i18n/sections/door-payment.fr';
import { eventSheetsFr } from '@renderer/i18n/sections/event-sheets.fr';
import {
  closingActionsFr,
  closingErrorsFr,
  closingFr,
  closingPermissionsFr,
} from '@renderer/i18n/sections/closing.fr';
import { recoveryFr } from '@renderer/i18n/sections/recovery.fr';
import { donationsFr } from '@renderer/i18n/sections/donations.fr';
import {
  depositsFr,
  depositsActionsFr,
  depositsCollectionsFr,
  depositsErrorsFr,
  depositsPermissionsFr,
} from '@renderer/i18n/sections/deposits.fr';
/** French, the reference language: every key exists here first (English must match it). */
export const fr = {
  app: {
    name: 'Tilleul',
    tagline: 'Le back-office des associations, même sans réseau',
    /** A label and its value, the French way (a space before the colon). */
    labelValue: '{{label}} : {{value}}',
    listSeparator: ' ; ',
    close: 'Fermer',
    loadingPage: 'Ouverture de la page…',
    loadingDirectory: 'Lecture du fichier des membres… (l’entrée d’un évènement est déjà utilisable)',
    pageFailed: {
      title: 'Cette page n’a pas pu s’ouvrir',
      offline:
        'Tilleul n’a pas pu charger cette page : la connexion avec le serveur de l’association est coupée. Vos données ne sont pas touchées. Revenez à l’accueil, ou réessayez quand le réseau revient.',
      body: 'Une erreur inattendue a empêché cette page de s’afficher. Vos données ne sont pas touchées. Revenez à l’accueil ou réessayez.',
      retry: 'Réessayer',
      home: 'Revenir à l’accueil',
    },
    startFailed: {
      title: 'Tilleul n’a pas pu ouvrir sa base de données',
      reload: 'Recharger',
      details: 'Détail technique, pour la personne qui vous aide',
      cause: {
        'no-storage':
          'Ce navigateur ne laisse pas Tilleul enregistrer de données : c’est le cas en navigation privée, ou quand le stockage des sites est désactivé. Ouvrez Tilleul dans une fenêtre normale, ou autorisez ce site à enregistrer des données, puis rechargez.',
        'storage-full':
          'L’espace de stockage de cet appareil est plein. Vos données sont intactes. Libérez de la place (photos, vidéos, fichiers téléchargés, autres applications), puis rechargez la page.',
        'newer-version':
          'Une autre fenêtre ou un autre onglet utilise une version plus récente de Tilleul, ou met la base à jour en ce moment. Fermez les autres fenêtres de Tilleul, attendez quelques secondes, puis rechargez ; après une mise à jour, rechargez aussi les autres appareils de ce navigateur.',
        'insecure-origin':
          'Cette adresse n’est pas sécurisée (http) et ce navigateur y refuse les fonctions dont Tilleul a besoin. Ouvrez Tilleul par l’adresse https du serveur de l’association, ou demandez à l’administrateur de l’activer (serve --https).',
        unknown:
          'Vos données n’ont pas été modifiées. Fermez les autres fenêtres de Tilleul, puis rechargez la page. Si le problème continue, notez le détail technique pour la personne qui vous aide.',
      },
    },
    toggleSecretVisibility: 'Afficher ou masquer le secret saisi',
    skipToContent: 'Aller au contenu',
    toggleNavigation: 'Afficher ou masquer le menu',
  },
  webUpdate: {
    badge: 'Nouvelle version',
    title: 'Une nouvelle version de Tilleul est prête',
    body: 'Elle est déjà sur cet appareil, et fonctionnera même sans réseau. Elle s’ouvre quand la page est rechargée : il faudra se reconnecter. Terminez d’abord ce qui est en cours de saisie.',
    later: 'Plus tard',
    apply: 'Recharger maintenant',
    locked: 'Elle est déjà sur cet appareil. Personne n’est connecté : rien ne se perd en rechargeant.',
  },
  offline: {
    door: {
      noReload:
        'Sans connexion, ne rechargez pas cette page : ce navigateur ne garde pas Tilleul pour un usage hors ligne sur cette adresse.',
    },
    admin: {
      title: 'Ce navigateur ne garde pas tout pour travailler sans réseau',
      appShell: {
        'insecure-origin':
          'L’adresse n’est pas sécurisée (http) : le navigateur refuse d’y garder l’application, et une page rechargée sans réseau ne s’ouvre plus. Lancez le serveur avec « tilleul-server serve --https » (ou derrière Caddy ou nginx avec un certificat), puis ouvrez son adresse en https.',
        unsupported:
          'Ce navigateur ne sait pas garder l’application pour un usage hors ligne. Utilisez un navigateur récent (Chrome, Firefox, Safari, Edge) pour l’entrée.',
        failed:
          'Le navigateur a refusé de garder l’application pour un usage hors ligne (certificat non reconnu, ou stockage bloqué). Utilisez un certificat reconnu par l’appareil, puis rechargez cette page avec le réseau.',
      },
      storageMayBeCleared:
        'Le navigateur n’a pas accordé un stockage durable : il peut effacer les données de Tilleul s’il manque de place (Safari sur iPhone efface aussi les sites inutilisés depuis une semaine). Synchronisez souvent, et installez Tilleul sur l’écran d’accueil.',
    },
  },
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    members: 'Membres',
    events: 'Événements',
    entrance: 'Entrée',
    donations: 'Dons & reçus',
    reports: 'Rapports',
    settings: 'Paramètres',
    shortcutHint: 'Alt+{{key}}',
  },
  pages: {
    home: {
      title: 'Accueil',
      setupTitle: 'Pour commencer',
      setupBody:
        'Renseignez l’identité de votre association : elle figurera sur les reçus fiscaux et les cartes de membre.',
      setupAction: 'Renseigner l’association',
      setupAsk: 'Demandez-le à un administrateur (Paramètres → Association).',
      setupDone: 'Identité de l’association renseignée : {{name}}.',
    },
    donations: {
      title: 'Dons & reçus',
    },
    notFound: {
      title: 'Page introuvable',
      body: 'Cette adresse ne correspond à aucune page de Tilleul.',
      back: 'Revenir à l’accueil',
    },
  },
  settings: {
    title: 'Paramètres',
    tabs: {
      ...syncSettingsTabsFr,
      ...backupSettingsTabsFr,
      ...erasureSettingsTabsFr,
      organisation: 'Association',
      seasons: 'Saisons et tarifs',
      customFields: 'Champs personnalisés',
      users: 'Comptes',
      security: 'Sécurité',
      journal: 'Journal',
      general: 'Langue',
      about: 'À propos',
    },
    general: {
      languageLabel: 'Langue de l’application',
      languageDescription: 'S’applique à cet appareil.',
      saved: 'Langue enregistrée.',
    },
    about: {
      version: 'Version',
      platform: 'Plateforme',
      desktop: 'Application de bureau (Electron {{version}})',
      web: 'Navigateur web',
      dataDir: 'Dossier des données',
      dataDirWeb: 'Dans le stockage de ce navigateur',
      deviceId: 'Identifiant de cet appareil',
      series: 'Série de reçus de cet appareil',
      openDataDir: 'Ouvrir le dossier',
      updates: 'Mises à jour',
      checkUpdate: 'Rechercher une mise à jour',
      update: {
        idle: 'Pas encore recherchée depuis le démarrage.',
        noFeed:
          'Aucune source de mises à jour : inscrivez cet appareil sur le serveur de l’association (Paramètres → Synchronisation), qui les distribue, ou demandez à un administrateur d’indiquer une source publique ci-dessous.',
        checking: 'Recherche en cours…',
        upToDate: 'Tilleul est à jour (vérifié à {{time}}).',
        downloading: 'Version {{version}} en téléchargement, en arrière-plan.',
        ready:
          'Version {{version}} prête : elle s’installera quand vous quitterez Tilleul. Rien n’est interrompu d’ici là.',
        refused:
          'Version {{version}} refusée : elle n’est pas signée par l’équipe de Tilleul. Rien n’a été installé ; prévenez la personne qui gère le serveur.',
        error: 'La recherche a échoué : {{message}}. Vérifiez le réseau, puis réessayez.',
      },
    },
  },
  organisation: {
    intro:
      'Ces informations figurent sur les reçus fiscaux (Cerfa 11580) et les cartes de membre. Les champs marqués d’un astérisque sont obligatoires.',
    sections: {
      identity: 'Identité',
      address: 'Adresse du siège',
      category: 'Catégorie d’organisme',
      signatory: 'Signataire des reçus',
      images: 'Logo et signature (facultatifs)',
    },
    fields: {
      name: 'Nom de l’association',
      rna: 'Numéro RNA',
      rnaDescription: 'W suivi de 9 caractères, par exemple W751234567.',
      siren: 'Numéro SIREN',
      sirenDescription: '9 chiffres, si l’association en a un.',
      line1: 'Adresse',
      line2: 'Complément d’adresse',
      postalCode: 'Code postal',
      city: 'Commune',
      object: 'Objet de l’association',
      objectDescription: 'Tel qu’il figure dans les statuts.',
      category: 'Catégorie',
      categoryPlaceholder: 'Choisissez la catégorie',
      categoryOther: 'Précisez la catégorie',
      rupDecreeDate: 'Date du décret de reconnaissance d’utilité publique',
      signatoryName: 'Nom du signataire',
      signatoryTitle: 'Qualité du signataire',
      signatoryTitlePlaceholder: 'Présidente, trésorier…',
      logo: 'Logo',
      signature: 'Signature scannée',
      imagePlaceholder: 'Choisir une image PNG ou JPEG',
      imageRemove: 'Retirer',
    },
    categories: {
      rup: 'Association ou fondation reconnue d’utilité publique',
      'fondation-universitaire': 'Fondation universitaire ou fondation partenariale',
      'fondation-entreprise': 'Fondation d’entreprise',
      'interet-general': 'Œuvre ou organisme d’intérêt général',
      'musee-de-france': 'Musée de France',
      enseignement:
        'Établissement d’enseignement supérieur ou artistique, d’intérêt général, à but non lucratif',
      'creation-entreprises': 'Organisme ayant pour objet exclusif de participer à la création d’entreprises',
      'cultuelle-alsace-moselle':
        'Association cultuelle ou de bienfaisance, établissement public des cultes d’Alsace-Moselle',
      festivals: 'Organisme ayant pour activité principale l’organisation de festivals',
      'aide-personnes-en-difficulte':
        'Association d’aide gratuite aux personnes en difficulté (repas, soins, logement)',
      'fondation-patrimoine': 'Fondation du patrimoine, ou organisme qui lui reverse les dons',
      recherche: 'Établissement de recherche d’intérêt général, à but non lucratif',
      insertion: 'Entreprise, association ou atelier d’insertion, entreprise adaptée',
      autre: 'Autre organisme',
    },
    save: 'Enregistrer',
    saveShortcut: 'Ctrl+S',
    cancel: 'Annuler les modifications',
    saved: 'Identité de l’association enregistrée.',
    saveFailed: 'L’enregistrement a échoué : {{message}}',
    invalid: 'Certains champs sont à corriger : voyez les messages en rouge.',
    lastSaved: 'Dernière modification : {{date}}',
    damaged:
      'Les informations enregistrées sont incomplètes ou endommagées. Elles sont affichées telles quelles : corrigez-les puis enregistrez.',
    export: 'Exporter (JSON)',
    exported: 'Fichier enregistré.',
    exportedTo: 'Fichier enregistré : {{path}}',
    exportFailed: 'L’export a échoué : {{message}}',
  },
  dateField: dateFieldFr,
  fields: fieldsFr,
  unsaved: unsavedFr,
  desktop: desktopFr,
  entrance: entranceFr,
  tables: tablesFr,
  personData: personDataFr,
  personForm: personFormFr,
  auditReading: auditReadingFr,
  errors: {
    date: datesFr,
    ...syncErrorsFr,
    doorPayment: doorPaymentErrorsFr,
    retention: retentionErrorsFr,
    sheets: closingErrorsFr,
    ...recordsErrorsFr,
    ...depositsErrorsFr,
    common: {
      invalid: 'Valeur incorrecte.',
      tooLong: 'Ce texte est trop long : {{max}} caractères au plus.',
      isoDate: 'Cette date n’existe pas : saisissez-la au format JJ/MM/AAAA.',
      isoDateTime: 'Date et heure incorrectes.',
      unexpected:
        'Une erreur inattendue s’est produite. Réessayez ; si elle revient, notez ce message : {{message}}',
    },
    organisation: {
      nameRequired: 'Indiquez le nom de l’association.',
      rnaFormat: 'Le numéro RNA commence par W suivi de 9 caractères (par exemple W751234567).',
      sirenFormat: 'Le numéro SIREN comporte 9 chiffres.',
      sirenChecksum: 'Ce numéro SIREN n’est pas valide : vérifiez les chiffres.',
      rnaOrSirenRequired:
        'Indiquez le numéro RNA ou le numéro SIREN de l’association (au moins l’un des deux).',
      addressRequired: 'Indiquez l’adresse du siège.',
      postalCodeFormat: 'Le code postal comporte 5 chiffres.',
      cityRequired: 'Indiquez la commune.',
      objectRequired: 'Indiquez l’objet de l’association.',
      categoryRequired: 'Choisissez la catégorie d’organisme.',
      categoryOtherRequired: 'Précisez la catégorie d’organisme.',
      rupDecreeDateRequired: 'Indiquez la date du décret de reconnaissance d’utilité publique.',
      signatoryNameRequired: 'Indiquez le nom de la personne qui signe les reçus.',
      signatoryTitleRequired: 'Indiquez la qualité du signataire (par exemple : présidente).',
      imageFormat: 'Choisissez une image PNG ou JPEG.',
      imageTooLarge: 'Cette image dépasse 300 Ko : réduisez-la puis réessayez.',
      imageUnreadable: 'Cette image n’a pas pu être lue. Essayez un autre fichier.',
    },
    members: membersFr,
    users: {
      nameRequired: 'Indiquez le nom de la personne.',
      roleRequired: 'Choisissez un rôle.',
      pinFormat: 'Le code PIN comporte au moins 6 chiffres (et seulement des chiffres).',
      passwordTooShort: 'Le mot de passe comporte au moins 8 caractères.',
      confirmMismatch: 'Les deux saisies ne sont pas identiques.',
      secretKindMismatch: 'Les bénévoles à l’entrée ont un code PIN, les autres rôles un mot de passe.',
    },
    security: {
      autoLockRange: 'Choisissez un délai entre 0,25 et 1 440 minutes.',
    },
    ipc: {
      badFileName: 'Ce nom de fichier n’est pas autorisé.',
      fileTooLarge: 'Ce fichier est trop volumineux pour être enregistré.',
      badSender: 'Demande refusée : elle ne vient pas de Tilleul.',
      badPayload: 'Demande refusée : données incorrectes.',
      unknownChannel: 'Cette action n’existe pas dans cette version de Tilleul.',
      writeFailed:
        'Le fichier n’a pas pu être écrit. Vérifiez que le dossier existe et que vous pouvez y écrire, puis réessayez.',
      internal: 'Une erreur interne s’est produite. Réessayez.',
      badAddress: 'Saisissez l’adresse complète du serveur, commençant par https://.',
      unreachable:
        'Le serveur ne répond pas à cette adresse. Vérifiez l’adresse et le réseau (Wi-Fi, câble), puis réessayez.',
      pinFailed: 'Ce certificat n’a pas pu être enregistré sur cet appareil. Réessayez.',
      openFolderFailed:
        'Le dossier n’a pas pu être ouvert. Ouvrez-le depuis l’explorateur de fichiers, à l’adresse affichée.',
      badFeedUrl:
        'Saisissez l’adresse complète de la source, commençant par https:// (http:// seulement pour localhost), sans identifiant ni mot de passe.',
      backupNotFound:
        'Cette sauvegarde n’est plus dans le dossier des sauvegardes. Actualisez la liste et choisissez-en une autre.',
    },
  },
  roles: {
    admin: 'Administrateur',
    secretary: 'Secrétaire',
    treasurer: 'Trésorier',
    door: 'Bénévole à l’entrée',
  },
  auth: {
    firstRun: {
      title: 'Bienvenue dans Tilleul',
      body: 'Créez le compte administrateur de cette installation. Vous pourrez ensuite ajouter les comptes des secrétaires, trésoriers et bénévoles, et renseigner l’identité de l’association.',
      name: 'Votre nom',
      submit: 'Créer le compte administrateur',
      create: 'Démarrer l’association sur ce poste',
      join: 'Rejoindre le serveur de l’association',
      restore: 'Restaurer une sauvegarde sur ce poste',
      restoreBody:
        'Sur un nouveau PC, ou après une panne : choisissez une sauvegarde de l’association (fichier .tilleul). Tout revient tel qu’au jour de la sauvegarde, comptes et mots de passe compris. Si l’association a un serveur, rejoignez-le plutôt : tout en arrive.',
      restored: 'Les comptes de la sauvegarde sont revenus : connectez-vous avec le vôtre, comme avant.',
      toSignIn: 'Continuer vers la connexion',
      how: 'Comment démarrer sur ce poste',
      autoFound: 'Ce PC garde des sauvegardes automatiques de Tilleul',
      autoFoundBody:
        'La dernière date du {{date}}. Si les données de Tilleul ont disparu de ce PC, restaurez-la plutôt que de tout ressaisir : les comptes reviennent avec elle.',
      autoFoundAction: 'Restaurer une sauvegarde automatique',
      autoList: 'Sauvegardes automatiques de ce PC',
      orFile: 'Ou un fichier de sauvegarde (une clé USB, un autre PC) :',
      fileInstead: 'Choisir un fichier à la place',
      waitingForAccounts:
        'Cet appareil a rejoint « {{org}} ». Les comptes arrivent du serveur : la liste des personnes s’affichera dès qu’ils seront là.',
      emptyServer:
        'Le serveur de « {{org}} » n’a encore aucun compte : ce poste est le premier de l’association. Créez ici le compte administrateur ; il sera envoyé au serveur, et les autres postes le recevront.',
      noDoorAccount:
        'Cet appareil a rejoint « {{org}} », mais le serveur n’a encore aucun compte « Bénévole à l’entrée ». Un administrateur le crée sur le poste du bureau (Paramètres → Comptes) : il arrivera ici de lui-même, sans rien refaire.',
      done: 'Compte administrateur créé. Bienvenue, {{name}} !',
    },
    lock: {
      title: 'Tilleul est verrouillé',
      whoAreYou: 'Qui utilise Tilleul ?',
      noUsers: 'Aucun compte actif sur cet appareil. Demandez à un administrateur.',
      back: 'Changer de compte',
      submit: 'Se connecter',
      pin: 'Code PIN',
      password: 'Mot de passe',
      wrongSecret: 'Code ou mot de passe incorrect. Vérifiez que c’est bien votre compte.',
      locked: 'Trop d’essais pour ce compte : réessayez dans {{seconds}} s.',
      disabled: 'Ce compte est désactivé. Demandez à un administrateur.',
      unknownUser: 'Ce compte n’existe plus. Choisissez-en un autre.',
    },
    lockNow: 'Verrouiller',
    lockShortcut: 'Ctrl+Maj+L',
    signedInAs: '{{name}} · {{role}}',
    locked: 'Tilleul a été verrouillé.',
  },
  users: {
    title: 'Comptes',
    intro:
      'Chaque personne qui utilise ce PC a son propre compte. Les bénévoles à l’entrée se connectent avec un code PIN d’au moins 6 chiffres ; les autres avec un mot de passe d’au moins 8 caractères.',
    add: 'Ajouter un compte',
    name: 'Nom',
    role: 'Rôle',
    secretPassword: 'Mot de passe',
    secretPin: 'Code PIN (6 chiffres ou plus)',
    confirm: 'Confirmer',
    create: 'Créer le compte',
    created: 'Compte « {{name}} » créé.',
    reset: 'Nouveau mot de passe ou PIN',
    resetTitle: 'Nouveau secret pour {{name}}',
    resetDone: 'Le mot de passe ou PIN de « {{name}} » a été changé.',
    disable: 'Désactiver',
    enable: 'Réactiver',
    disabledBadge: 'Désactivé',
    active: 'Actif',
    state: 'État',
    you: 'vous',
    cannotDisableSelf: 'Vous ne pouvez pas désactiver votre propre compte.',
    save: 'Enregistrer',
    cancel: 'Annuler',
  },
  security: {
    autoLock: 'Verrouillage automatique après (minutes d’inactivité)',
    autoLockDescription:
      'Sur un PC partagé, Tilleul se verrouille seul quand personne ne s’en sert. De 0,25 (15 secondes) à 1 440 minutes.',
    save: 'Enregistrer',
    saved: 'Réglages de sécurité enregistrés.',
  },
  journal: {
    title: 'Journal',
    intro:
      'Tout ce qui a été fait dans Tilleul, par qui, quand et sur quel appareil. Le journal ne peut être ni modifié ni effacé.',
    filterUser: 'Personne',
    filterAction: 'Action',
    filterAll: 'Toutes',
    when: 'Quand',
    time: 'Heure',
    who: 'Qui',
    what: 'Action',
    target: 'Sur',
    details: 'Détails',
    device: 'Appareil',
    empty: 'Aucune entrée ne correspond.',
    count: '{{count, number}} entrées (les 500 plus récentes au plus)',
    actions: {
      create: 'Création',
      update: 'Modification',
      delete: 'Suppression',
      'check-in': 'Pointage',
      'receipt-issue': 'Reçu émis',
      'receipt-cancel': 'Reçu annulé',
      import: 'Import',
      export: 'Export',
      login: 'Connexion',
      'login-failed': 'Échec de connexion',
      logout: 'Déconnexion',
      lock: 'Verrouillage',
      'permission-denied': 'Action refusée',
      'conflict-merged': 'Conflit fusionné',
      ...erasureJournalActionsFr,
    },
    collections: {
      ...recordsCollectionsFr,
      ...depositsCollectionsFr,
      settings: 'Paramètres',
      users: 'Comptes',
      audit: 'Journal',
      backups: 'Sauvegardes',
    },
  },
  permissions: {
    ...receiptPermissionsFr,
    ...closingPermissionsFr,
    ...erasurePermissionsFr,
    ...doorPaymentPermissionsFr,
    ...cashCountPermissionsFr,
    ...depositsPermissionsFr,
    denied: 'Votre rôle ({{role}}) ne permet pas cette action : {{action}}. Elle est réservée à : {{roles}}.',
    systemOnly: 'Cette donnée n’est modifiée que par Tilleul lui-même.',
    notLoggedIn: 'Tilleul est verrouillé : connectez-vous d’abord.',
    auditAppendOnly: 'Le journal ne peut être ni modifié ni effacé.',
    pageTitle: 'Accès réservé',
    actions: {
      'people.search': 'rechercher des personnes',
      'people.readDetails': 'voir les coordonnées et les notes',
      'people.create': 'créer une fiche',
      'people.registerWalkIn': 'inscrire quelqu’un à l’entrée',
      'people.update': 'modifier une fiche',
      'people.delete': 'supprimer une fiche',
      'people.merge': 'fusionner deux fiches',
      'memberships.read': 'voir les cotisations',
      'memberships.create': 'enregistrer une cotisation',
      'memberships.takeAtDoor': 'encaisser à l’entrée',
      'memberships.update': 'modifier une cotisation',
      'memberships.delete': 'supprimer une cotisation',
      'events.read': 'voir les événements',
      'events.manage': 'gérer les événements',
      'attendance.checkIn': 'pointer une présence',
      'attendance.manage': 'gérer les présences',
      ...closingActionsFr,
      ...cashCountActionsFr,
      'donations.read': 'voir les dons',
      'donations.manage': 'gérer les dons',
      'receipts.read': 'voir les reçus fiscaux',
      'receipts.issue': 'émettre un reçu fiscal',
      'receipts.cancel': 'annuler un reçu fiscal',
      'settings.read': 'voir les paramètres de l’association',
      'settings.manage': 'modifier les paramètres de l’association',
      'users.manage': 'gérer les comptes',
      'audit.read': 'consulter le journal',
      'data.import': 'importer des données',
      'data.export': 'exporter des données',
      'data.exportPerson': 'exporter les données d’une personne',
      ...backupActionsFr,
      ...erasureActionsFr,
      ...depositsActionsFr,
      ...reportsActionsFr,
    },
  },
  people: peopleFr,
  sync: syncFr,
  firstSync: firstSyncFr,
  backup: backupFr,
  memberCards: memberCardsFr,
  dashboard: dashboardFr,
  seasonsSettings: seasonsSettingsFr,
  customFieldsSettings: customFieldsSettingsFr,
  merge: mergeFr,
  erasure: erasureFr,
  retention: retentionFr,
  imports: importFr,
  cotisations: cotisationsFr,
  events: eventsFr,
  doorPayment: doorPaymentFr,
  doorCamera: doorCameraFr,
  eventSheets: eventSheetsFr,
  closing: closingFr,
  cashCount: cashCountFr,
  recovery: recoveryFr,
  donations: donationsFr,
  deposits: depositsFr,
  reports: reportsFr,
  language: {
    fr: 'Français',
    en: 'English',
  },
};
