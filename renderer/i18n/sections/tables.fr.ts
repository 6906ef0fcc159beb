/** Texts every table may use (`tables.*`): each column has a header, the buttons' one too. */
export const tablesFr = {
  actions: 'Actions',
};
