/** French, the reference language: every key exists here first (English must match it). */
export const fr = {
  app: {
    name: 'Tilleul',
    tagline: 'Le back-office des associations, même sans réseau',
    loading: 'Ouverture de la base de données…',
    startFailed: {
      title: 'Tilleul n’a pas pu ouvrir sa base de données',
      body: 'Vos données n’ont pas été modifiées. Fermez les autres fenêtres de Tilleul, puis rechargez la page. Si le problème continue, notez le message ci-dessous pour la personne qui vous aide.',
      reload: 'Recharger',
    },
    skipToContent: 'Aller au contenu',
    toggleNavigation: 'Afficher ou masquer le menu',
  },
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    members: 'Membres',
    events: 'Événements',
    entrance: 'Entrée',
    donations: 'Dons & reçus',
    settings: 'Paramètres',
    shortcutHint: 'Alt+{{key}}',
  },
  pages: {
    home: {
      title: 'Accueil',
      intro:
        'Le tableau de bord des adhésions et des renouvellements s’affichera ici dès que les membres seront gérés dans Tilleul.',
      setupTitle: 'Pour commencer',
      setupBody:
        'Renseignez l’identité de votre association : elle figurera sur les reçus fiscaux et les cartes de membre.',
      setupAction: 'Renseigner l’association',
      setupDone: 'Identité de l’association renseignée : {{name}}.',
    },
    members: {
      title: 'Membres',
      intro: 'La gestion des membres, des foyers et des cotisations arrive dans une prochaine version.',
    },
    events: {
      title: 'Événements',
      intro:
        'Les événements, les assemblées générales et les feuilles d’émargement arrivent dans une prochaine version.',
    },
    entrance: {
      title: 'Entrée',
      intro:
        'L’accueil à l’entrée (recherche, pointage, paiement sur place) arrive dans une prochaine version.',
    },
    donations: {
      title: 'Dons & reçus',
      intro: 'Les dons et les reçus fiscaux (Cerfa 11580 et 16216) arrivent dans une prochaine version.',
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
      organisation: 'Association',
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
  errors: {
    common: {
      invalid: 'Valeur incorrecte.',
      tooLong: 'Ce texte est trop long.',
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
    ipc: {
      badFileName: 'Ce nom de fichier n’est pas autorisé.',
      fileTooLarge: 'Ce fichier est trop volumineux pour être enregistré.',
      badSender: 'Demande refusée : elle ne vient pas de Tilleul.',
      badPayload: 'Demande refusée : données incorrectes.',
      unknownChannel: 'Cette action n’existe pas dans cette version de Tilleul.',
      writeFailed:
        'Le fichier n’a pas pu être écrit. Vérifiez que le dossier existe et que vous pouvez y écrire, puis réessayez.',
      internal: 'Une erreur interne s’est produite. Réessayez.',
    },
  },
  language: {
    fr: 'Français',
    en: 'English',
  },
};
