/** The office's correction of a payment taken at the door (renderer/pages/events/page/DoorPaymentModal). */
export const doorPaymentEn = {
  column: 'Paid at the door',
  correct: 'Correct',
  correctLabel: 'Correct the door payment of {{name}}',
  title: 'Correct the payment taken at the door',
  intro: 'Paid at the door by {{name}}: {{amount}}. Enter what was really paid.',
  amount: 'Amount',
  amountHint: 'In euros, e.g. 5.50; 0 if nothing was paid.',
  method: 'Payment method',
  reason: 'Reason for the correction',
  reasonHint: 'Required when the amount goes down: it stays on the attendance record and in the journal.',
  save: 'Save the correction',
  cancel: 'Cancel',
  done: 'Door payment corrected.',
  line: '{{amount}} {{method}}',
  lineCheque: '{{amount}} {{method}} no. {{number}}',
  lineDoor: '{{line}} ({{device}})',
  several:
    'Paid in {{count, number}} payments: {{lines}}. The correction makes them one payment; the detail stays in the notes.',
};

export const doorPaymentErrorsEn = {
  reasonRequired: 'Say why the amount goes down: the reason stays in the journal.',
};

export const doorPaymentPermissionsEn = {
  doorPaymentLowered:
    'Money taken at the door cannot be changed or lowered from the door (a new payment is added to the others): ask an office member to correct the payment (with the reason).',
};
