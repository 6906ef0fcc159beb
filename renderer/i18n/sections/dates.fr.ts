/**
 * French texts of the date fields: `datesFr` goes under `errors.date` (the keys `parseFrenchDate`
 * returns), `dateFieldFr` under `dateField`. Each error says what to type instead.
 */
export const datesFr = {
  required: 'Indiquez une date, sous la forme JJ/MM/AAAA (par exemple 14/07/1985).',
  invalid: 'Date non reconnue : tapez-la sous la forme JJ/MM/AAAA (par exemple 14/07/1985).',
  incomplete:
    'Date incomplète : indiquez le jour, le mois et l’année, sous la forme JJ/MM/AAAA (par exemple 14/07/1985).',
  impossible:
    'Cette date n’existe pas : vérifiez le jour puis le mois (le jour s’écrit en premier, et février n’a que 28 jours, 29 les années bissextiles).',
  beforeMin: 'Cette date est antérieure au {{bound}} : indiquez le {{bound}} ou une date postérieure.',
  afterMax: 'Cette date est postérieure au {{bound}} : indiquez le {{bound}} ou une date antérieure.',
};

export const dateFieldFr = {
  placeholder: 'JJ/MM/AAAA',
  openCalendar: 'Choisir la date dans un calendrier',
  openCalendarHint: 'Choisir la date dans un calendrier (Alt+↓ dans le champ)',
};
