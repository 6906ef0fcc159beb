/** Texts every table may use (`tables.*`): each column has a header, the buttons' one too. */
export const tablesFr = {
  actions: 'Actions',
  export: {
    button: 'Exporter',
    label: 'Exporter la liste « {{list}} »',
    csv: 'Exporter en CSV (Excel)',
    xlsx: 'Exporter en XLSX',
    empty: 'La liste est vide : rien à exporter.',
    done_one: '{{count, number}} ligne exportée ({{format}}).',
    done_other: '{{count, number}} lignes exportées ({{format}}).',
    failed: 'L’export n’a pas pu être écrit : {{message}} Réessayez, ou choisissez un autre dossier.',
  },
  yes: 'Oui',
  no: 'Non',
};
