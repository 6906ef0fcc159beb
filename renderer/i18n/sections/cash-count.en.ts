/** The doors' cash counts: the door's dialog, the event page, refusals. */
export const cashCountPermissionsEn = {
  events: {
    cashCountsKept: 'A saved cash count is never changed or removed: count again to add another.',
  },
  doorEvent: 'At the entrance, an event is only changed to add the cash count.',
  doorPerson:
    'At the entrance, a record is only changed to renumber a person registered there: the office completes records.',
};

export const cashCountActionsEn = {
  'events.countCash': 'save the entrance’s cash count',
};

export const cashCountEn = {
  open: 'Count the till',
  title: 'Cash count: {{door}}',
  hint: 'Count the cash in the till and type the total. The count goes to the treasurer with the sheet.',
  counted: 'Cash counted',
  recorded: 'Cash recorded: {{amount}}',
  difference: 'Difference: {{amount}}',
  even: 'Difference: none, the till is right.',
  over: 'Difference: {{amount}} more than the entries recorded.',
  under: 'Difference: {{amount}} less than the entries recorded.',
  card: 'Card: {{amount}}',
  cheques_zero: 'No cheque.',
  cheques_one: '1 cheque, {{total}}:',
  cheques_other: '{{count, number}} cheques, {{total}}:',
  cheque: 'no. {{number}}: {{amount}}',
  save: 'Save the count',
  cancel: 'Cancel',
  saved: 'Cash count saved: it goes to the treasurer with the sheet.',
  savedAt: 'Till counted at {{time}}: {{counted}} in cash ({{difference}}).',
  countedRequired: 'Type the cash counted, for example 123.50 (0 if there is none).',
  section: 'Cash counts',
  none: 'No entrance has saved a cash count.',
  line: '{{door}}, {{date}} at {{time}}: cash counted {{counted}}, recorded {{recorded}} ({{difference}}); cheques {{cheques}}; card {{card}}',
  differenceNone: 'till right',
  differenceOver: '{{amount}} over',
  differenceUnder: '{{amount}} short',
};
