/** The office's correction of a payment taken at the door (renderer/pages/events/page/DoorPaymentModal). */
export const doorPaymentFr = {
  column: 'Payé à l’entrée',
  correct: 'Corriger',
  correctLabel: 'Corriger le paiement à l’entrée {{name, de}}',
  title: 'Corriger le paiement à l’entrée',
  intro: 'Payé à l’entrée par {{name}} : {{amount}}. Indiquez ce qui a réellement été payé.',
  amount: 'Montant',
  amountHint: 'En euros, par exemple 5,50 ; 0 si rien n’a été payé.',
  method: 'Mode de paiement',
  reason: 'Raison de la correction',
  reasonHint: 'Obligatoire quand le montant baisse : elle reste sur la fiche de présence et dans le journal.',
  save: 'Enregistrer la correction',
  cancel: 'Annuler',
  done: 'Paiement à l’entrée corrigé.',
  line: '{{amount}} {{method}}',
  lineCheque: '{{amount}} {{method}} n° {{number}}',
  lineDoor: '{{line}} ({{device}})',
  several:
    'Payé en {{count, number}} fois : {{lines}}. La correction en fait un seul paiement ; le détail reste dans les notes.',
};

export const doorPaymentErrorsFr = {
  reasonRequired: 'Indiquez pourquoi le montant baisse : cette raison reste dans le journal.',
};

export const doorPaymentPermissionsFr = {
  doorPaymentLowered:
    'L’argent reçu à l’entrée ne peut pas être modifié ni diminué depuis l’entrée (un nouveau paiement s’ajoute aux autres) : demandez à un membre du bureau de corriger le paiement (avec la raison).',
};
