/**
 * French texts of the synchronisation screens (`sync.*`) and of the error keys the sync server
 * sends in its field errors (`errors.sync.*`). Each error says what happened and what to do.
 */
export const syncFr = {
  status: {
    label: 'État de la synchronisation : {{status}}',
    standalone: 'Sans serveur',
    connecting: 'Connexion…',
    offline: 'Hors ligne',
    syncing: 'Synchronisation…',
    upToDate: 'À jour',
    upToDateAt: 'À jour · {{time}}',
    refused: 'Appareil refusé',
    otherTab: 'Synchronisé par un autre onglet',
    appOutdated: 'Mettez Tilleul à jour',
    serverOutdated: 'Serveur à mettre à jour',
    pending: 'Modifications pas encore envoyées : {{count, number}}',
    andJournal_one: '(et {{count, number}} entrée du journal)',
    andJournal_other: '(et {{count, number}} entrées du journal)',
    journalPending_one: 'Seul le journal attend d’être envoyé : {{count, number}} entrée.',
    journalPending_other: 'Seul le journal attend d’être envoyé : {{count, number}} entrées.',
    nothingPending: 'Toutes les modifications de cet appareil sont envoyées.',
    lastSynced: 'Dernière synchronisation complète : {{time}}',
    neverSynced: 'Pas encore synchronisé avec le serveur.',
    standaloneHelp:
      'Cet appareil fonctionne seul, sans serveur : ses données restent ici. Pour les partager avec les autres appareils de l’association, inscrivez-le dans Paramètres → Synchronisation.',
    standaloneHelpAsk:
      'Cet appareil fonctionne seul, sans serveur : ses données restent ici. Pour les partager avec les autres appareils de l’association, un administrateur peut l’inscrire (Paramètres → Synchronisation).',
    offlineHelp:
      'Le serveur est injoignable. Vos modifications sont bien enregistrées sur cet appareil et partiront d’elles-mêmes au retour du réseau.',
    refusedHelp:
      'Le serveur n’accepte plus cet appareil. Demandez un nouveau code d’inscription à un administrateur, puis quittez ce serveur et inscrivez l’appareil à nouveau.',
    appOutdatedHelp:
      'Le serveur de l’association a une version de Tilleul plus récente que cet appareil : plus rien n’est échangé, pour ne rien abîmer. Vos modifications restent ici. Mettez Tilleul à jour (Paramètres → À propos), la synchronisation reprendra au redémarrage.',
    serverOutdatedHelp:
      'Cet appareil a une version de Tilleul plus récente que le serveur de l’association : plus rien n’est échangé, pour ne rien abîmer. Vos modifications restent ici. Demandez à la personne qui gère le serveur de le mettre à jour, puis redémarrez Tilleul.',
    otherTabHelp:
      'Tilleul est ouvert dans un autre onglet de ce navigateur : c’est lui qui échange avec le serveur, y compris les modifications faites ici. Si vous le fermez, cet onglet prend le relais.',
    problems: 'Dernières erreurs',
    noProblems: 'Aucune erreur récente.',
    openSettings: 'Paramètres de synchronisation',
  },
  certificate: {
    title: 'Vérifier le certificat du serveur',
    why: 'Le serveur {{host}} utilise un certificat qu’il a créé lui-même : aucune autorité ne le garantit. Son empreinte (SHA-256) :',
    fingerprint: 'Empreinte du certificat',
    compare:
      'Comparez-la, caractère par caractère, avec celle que le serveur affiche à son démarrage (ou dans Paramètres → Synchronisation d’un appareil déjà inscrit). Si elles diffèrent, n’allez pas plus loin et prévenez l’administrateur.',
    refuse: 'Elles diffèrent : annuler',
    trust: 'Elles sont identiques : faire confiance',
  },
  panel: {
    title: 'Synchronisation',
    intro:
      'Inscrivez cet appareil sur le serveur de l’association pour partager les membres, les pointages et les reçus avec les autres postes. Un administrateur vous donne l’adresse du serveur et un code d’inscription à usage unique.',
    address: 'Adresse du serveur',
    addressPlaceholder: '192.168.1.20:8787',
    addressHelp:
      'Par exemple 192.168.1.20:8787 sur le Wi-Fi de l’association, ou https://tilleul.mon-asso.fr.',
    code: 'Code d’inscription',
    codeHelp: 'Le code donné par l’administrateur (les tirets et les espaces ne comptent pas).',
    deviceName: 'Nom de cet appareil',
    deviceNameHelp: 'Pour le reconnaître dans la liste des appareils : « PC du bureau », « Porte 1 »…',
    required: 'Ce champ est obligatoire.',
    enrol: 'Inscrire cet appareil',
    enrolled:
      'Appareil inscrit auprès de « {{org}} ». Tilleul redémarre pour prendre sa nouvelle identité ; reconnectez-vous ensuite.',
    association: 'Association',
    device: 'Cet appareil',
    scope: 'Rôle de l’appareil',
    series: 'Série des reçus',
    server: 'Serveur',
    enrolledAt: 'Inscrit le',
    certificate: 'Certificat du serveur (SHA-256)',
    certificateHint:
      'Comparez-la avec l’empreinte que le serveur affiche à son démarrage : si elles diffèrent, ne continuez pas et prévenez l’administrateur.',
    noCertificate: 'Aucun (http) : lancez le serveur avec --https',
    certificateUnknown: 'Inconnu : le serveur ne répond pas',
    status: 'État',
    leave: 'Quitter ce serveur',
    leaveTitle: 'Quitter ce serveur ?',
    leaveBody:
      'Cet appareil arrêtera d’échanger avec le serveur. Ses données restent ici et il continue de fonctionner seul. Les modifications pas encore envoyées ({{count, number}}) ne partiront pas. Pour revenir, il faudra un nouveau code d’inscription.',
    leaveConfirm: 'Quitter le serveur',
    cancel: 'Annuler',
    left: 'Cet appareil a quitté le serveur. Il fonctionne désormais seul.',
    scopes: {
      office: 'Poste de bureau (toutes les données)',
      door: 'Poste d’entrée (pointages et adhésions à la porte)',
    },
  },
  problems: {
    NETWORK: 'Serveur injoignable : vérifiez le réseau (Wi-Fi) et que le serveur est allumé.',
    BAD_RESPONSE:
      'Le serveur a répondu de façon incompréhensible : vérifiez que l’adresse est bien celle du serveur Tilleul.',
    INVALID_ADDRESS:
      'Adresse incorrecte : saisissez par exemple 192.168.1.20:8787 ou https://tilleul.mon-asso.fr.',
    BAD_REQUEST: 'Le serveur n’a pas compris la demande. Mettez Tilleul à jour sur cet appareil.',
    UNAUTHENTICATED:
      'Le serveur ne reconnaît pas cet appareil. Quittez ce serveur puis inscrivez l’appareil avec un nouveau code.',
    DEVICE_REVOKED:
      'Cet appareil a été retiré de l’association. Demandez un nouveau code d’inscription à un administrateur.',
    SCOPE_FORBIDDEN:
      'Le rôle de cet appareil ne permet pas cette modification sur le serveur. Faites-la depuis un poste de bureau.',
    ENROLMENT_CODE_UNKNOWN: 'Code d’inscription inconnu. Vérifiez-le, ou demandez-en un nouveau.',
    ENROLMENT_CODE_USED:
      'Ce code a déjà servi : chaque code n’inscrit qu’un appareil. Demandez-en un nouveau.',
    ENROLMENT_CODE_EXPIRED: 'Ce code a expiré. Demandez-en un nouveau à un administrateur.',
    NOT_FOUND: 'Cette adresse ne répond pas comme un serveur Tilleul. Vérifiez-la.',
    UNKNOWN_COLLECTION:
      'Le serveur ne connaît pas encore certaines données de cette version : mettez le serveur à jour.',
    PAYLOAD_TOO_LARGE: 'Un document est trop volumineux pour le serveur (image trop lourde ?) : réduisez-le.',
    UNSUPPORTED_MEDIA_TYPE: 'Le serveur a refusé le format de l’envoi. Mettez Tilleul à jour.',
    INVALID_DOCUMENT: 'Le serveur a refusé des données incorrectes. Corrigez la fiche concernée.',
    DUPLICATE_NUMBER:
      'Un reçu de cet appareil porte un numéro déjà attribué sur le serveur (appareil restauré d’une ancienne sauvegarde ?) : il n’a pas été envoyé. Prévenez le trésorier.',
    HELD_ELSEWHERE:
      'Un chèque de ce bordereau est déjà sur un autre bordereau : celui-ci n’a pas été envoyé. Retirez ce chèque du bordereau ou annulez l’autre bordereau.',
    QUOTA_EXCEEDED:
      'L’espace sur le serveur est plein (celui de l’association, ou la part de cet appareil) : les modifications restent sur cet appareil. Prévenez la personne qui gère le serveur.',
    APP_OUTDATED:
      'Le serveur a une version de Tilleul plus récente : mettez Tilleul à jour sur cet appareil. Rien n’a été échangé.',
    SERVER_OUTDATED:
      'Le serveur a une version de Tilleul plus ancienne que cet appareil : mettez Tilleul à jour sur le serveur. Rien n’a été échangé.',
    RATE_LIMITED: 'Trop de tentatives : patientez une minute avant de réessayer.',
    SERVICE_UNAVAILABLE: 'Le serveur redémarre : la synchronisation reprendra d’elle-même.',
    HELLOASSO_FAILED:
      'HelloAsso a refusé ou n’a pas répondu : le message dit quoi faire ; rien n’a été importé.',
    INTERNAL:
      'Erreur sur le serveur. La synchronisation réessaie seule ; si cela dure, prévenez la personne qui gère le serveur.',
    DOCUMENT_SKIPPED:
      'Une donnée reçue du serveur ({{collection}}) était incorrecte : elle a été ignorée. Prévenez la personne qui gère le serveur.',
    WRITE_REFUSED:
      'Une modification ({{collection}}) a été refusée par le serveur : elle reste sur cet appareil seulement.',
    AUDIT_FAILED:
      'Une fusion de modifications n’a pas pu être notée dans le journal ({{collection}}). Les données, elles, sont à jour.',
    MEMBER_RENUMBERED: 'Le numéro {{taken}} était déjà pris sur un autre poste : {{name}} a reçu {{given}}.',
    REDIRECT_FAILED:
      'Des données d’une fiche fusionnée n’ont pas pu être rattachées à la fiche conservée : nouvel essai à la prochaine synchronisation.',
    LATE_FOLD_FAILED:
      'Une entrée reçue pour un événement clôturé n’a pas pu être ajoutée à sa feuille : elle est gardée, nouvel essai à la prochaine synchronisation.',
    unexpected: 'Erreur inattendue : {{message}}',
  },
  scope: {
    doorEvent: 'Un poste d’entrée ne modifie un événement que pour y ajouter son comptage de caisse.',
    doorPerson:
      'Un poste d’entrée ne modifie une fiche que pour donner un autre numéro à une personne qu’il a inscrite à l’entrée.',
    appendOnly: 'Le journal ne peut qu’être complété : ses entrées ne se modifient pas.',
  },
  replaced: {
    badge_one: '{{count, number}} modification remplacée',
    badge_other: '{{count, number}} modifications remplacées',
    title: 'Modifications remplacées par la synchronisation',
    intro:
      'Ces valeurs ont été modifiées en même temps sur deux appareils : la plus récente a été gardée. Vérifiez chacune ; si l’autre était la bonne, remettez-la.',
    empty: 'Aucune modification remplacée.',
    lost: 'Remplacée : {{value}}',
    kept: 'Gardée : {{value}}',
    by: 'par {{user}}, le {{date}}, sur {{device}}',
    thisDevice: 'cet appareil',
    otherDevice: 'un autre appareil',
    unknownUser: 'une personne inconnue ici',
    restore: 'Remettre cette valeur',
    dismiss: 'Garder la valeur actuelle',
    restored: 'La valeur {{value}} est remise. Elle se synchronise comme une modification.',
    gone: 'Cette fiche n’existe plus : la valeur ne peut pas être remise.',
    invalid:
      'Cette valeur ne convient plus à la fiche telle qu’elle est maintenant : modifiez la fiche à la main.',
    close: 'Fermer',
  },
  audit: {
    conflictMerged:
      'Modifié en même temps sur deux appareils : la modification la plus récente a été gardée, l’autre valeur est notée ici.',
  },
};

/** Spread into `errors` of fr.ts: the keys of the server's 422 field errors. */
export const syncErrorsFr = {
  sync: {
    deletedFlag: 'Donnée mal formée (indicateur de suppression manquant). Mettez Tilleul à jour.',
    serverField: 'Ce champ n’est rempli que par le serveur : un appareil ne peut pas l’envoyer.',
    nulCharacter: 'Un texte contient un caractère invisible interdit : retapez-le.',
    illFormedText:
      'Un texte contient un caractère incomplet (la moitié d’un émoji, par exemple) : retapez-le.',
    controlCharacters: 'Ce nom contient des caractères de commande invisibles : retapez-le.',
    documentTooLarge:
      'Fiche trop volumineuse pour le serveur ({{max}} octets au plus) : allégez-la (images plus petites, textes plus courts).',
    settingUnbounded:
      'Réglage d’une version plus récente de Tilleul trop volumineux pour ce serveur : mettez le serveur à jour.',
    assumedStateMismatch: 'Envoi incohérent refusé par le serveur. La synchronisation va réessayer.',
    memberNumberTaken: 'Ce numéro d’adhérent est déjà attribué à une autre personne de l’association.',
    numberTaken: 'Ce numéro est déjà attribué à un autre reçu de l’association.',
    chequeOnAnotherSlip: 'Un chèque de ce bordereau est déjà sur un autre bordereau.',
  },
};

/** Spread into `settings.tabs` of fr.ts: the tab's label (routes.ts wants `settings.tabs.*`). */
export const syncSettingsTabsFr = { sync: 'Synchronisation' };
