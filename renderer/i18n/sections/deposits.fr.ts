/** Cheque deposit slips (`deposits.*`), their errors, refusals and actions (issue 17). */
export const depositsFr = {
  tab: 'Remises de chèques',
  toDeposit: {
    title: 'Chèques à remettre',
    intro:
      'Les chèques reçus (dons, cotisations, entrées) qu’aucun bordereau ne liste encore. Cochez-les (Tab puis Espace), complétez la banque d’un chèque pris à l’entrée ou pour une cotisation si vous l’avez sous les yeux, puis préparez le bordereau en bas de la fenêtre (Alt+B).',
    empty: 'Aucun chèque à remettre.',
    selectAll: 'Tout cocher',
    select: 'Remettre le chèque {{number}} {{payer, de}}',
    bankOf: 'Banque du chèque {{number}} {{payer, de}}',
    bankHint: 'À saisir',
    selected_one: '{{count, number}} chèque coché · {{total}}',
    selected_other: '{{count, number}} chèques cochés · {{total}}',
    columns: {
      payer: 'Tireur',
      bank: 'Banque',
      number: 'N° de chèque',
      amount: 'Montant',
      receivedOn: 'Reçu le',
      source: 'Provenance',
    },
    sources: { donation: 'Don', membership: 'Cotisation', door: 'Entrée' },
  },
  prepare: {
    region: 'Préparer le bordereau (Alt+B)',
    date: 'Date du bordereau',
    account: 'Compte crédité',
    accountHint: 'Par exemple : Crédit Mutuel, FR76 1027 8021 …',
    cash: 'Espèces remises (facultatif)',
    submit: 'Préparer le bordereau',
    nothing: 'Cochez au moins un chèque, ou indiquez des espèces.',
    done_one: 'Bordereau {{number}} préparé : {{count, number}} chèque, {{total}}.',
    done_other: 'Bordereau {{number}} préparé : {{count, number}} chèques, {{total}}.',
  },
  clash: {
    title: 'Un chèque figure sur deux bordereaux',
    message:
      'Le chèque {{cheque}} {{payer, de}} ({{amount}}) de votre bordereau {{slip}} est déjà sur le bordereau {{other}}, fait sur un autre poste : le serveur a refusé le vôtre. Retirez ce chèque du bordereau (défaites-le, puis préparez-en un autre sans ce chèque) ou annulez l’autre bordereau.',
  },
  slips: {
    title: 'Bordereaux',
    empty: 'Aucun bordereau.',
    columns: {
      number: 'Numéro',
      date: 'Date',
      count: 'Chèques',
      total: 'Total',
      status: 'État',
      actions: 'Actions',
      depositedOn: 'Remis le',
    },
    statuses: { prepared: 'Préparé', deposited: 'Remis' },
    prepared: 'Préparé',
    deposited: 'Remis le {{date}}',
    print: 'Imprimer',
    printLabel: 'Imprimer le bordereau {{number}}',
    markDeposited: 'Marquer remis',
    markLabel: 'Marquer le bordereau {{number}} remis à la banque',
    undo: 'Défaire',
    undoLabel: 'Défaire le bordereau {{number}}',
    marked: 'Bordereau {{number}} marqué remis à la banque.',
    undone: 'Bordereau {{number}} défait : ses chèques sont de nouveau à remettre.',
    printed: 'Bordereau {{number}} enregistré en PDF.',
  },
  pdf: {
    heading: 'Bordereau de remise de chèques n° {{number}}',
    documentTitle: 'Bordereau de remise de chèques {{number}}',
    date: 'Date : {{date}}',
    account: 'Compte crédité : {{account}}',
    preparedBy: 'Préparé par : {{name}}',
    deposited: 'Remis à la banque le {{date}}',
    columns: {
      line: 'N°',
      payer: 'Tireur',
      bank: 'Banque',
      number: 'N° de chèque',
      receivedOn: 'Reçu le',
      amount: 'Montant',
    },
    count: 'Nombre de chèques : {{count, number}}',
    chequesTotal: 'Total des chèques',
    cash: 'Espèces',
    total: 'Total remis',
    signature: 'Signature du déposant',
    bankStamp: 'Cachet de la banque',
    fileName: 'bordereau-{{number}}',
    fileFilter: 'Document PDF',
  },
};

/** Spread into `errors` of fr.ts: `errors.deposits.*`. */
export const depositsErrorsFr = {
  deposits: {
    payerRequired: 'Le tireur du chèque est inconnu : vérifiez la fiche d’où il vient.',
    empty: 'Un bordereau liste au moins un chèque ou des espèces : cochez des chèques.',
    chequeTwice: 'Un même chèque figure deux fois sur ce bordereau.',
    totalMismatch: 'Le total ou le nombre de chèques ne correspond pas aux chèques listés.',
    depositedOn: 'Indiquez la date de remise à la banque (seulement une fois le bordereau remis).',
    depositedBefore: 'Un bordereau ne peut pas être remis avant sa date : vérifiez la date de remise.',
  },
};

/** Spread into `permissions` of fr.ts: the refusals of the write guard and of the writes. */
export const depositsPermissionsFr = {
  deposits: {
    deposited:
      'Ce bordereau a été remis à la banque : il ne peut plus être modifié ni défait. Pour une erreur, voyez-la avec la banque.',
    frozen:
      'Un bordereau préparé ne se modifie pas (il est peut-être déjà imprimé) : défaites-le puis préparez-en un autre.',
    alreadyOnSlip:
      'Un des chèques cochés figure déjà sur le bordereau {{number}} : un chèque ne se remet qu’une fois. Rechargez la liste.',
    unknown: 'Bordereau introuvable sur cet appareil : attendez la synchronisation puis réessayez.',
  },
};

/** Spread into `permissions.actions` of fr.ts. */
export const depositsActionsFr = {
  'deposits.read': 'voir les remises de chèques',
  'deposits.manage': 'préparer et remettre les bordereaux de chèques',
};

/** Spread into `journal.collections` of fr.ts. */
export const depositsCollectionsFr = { deposits: 'Bordereaux de remise' };
