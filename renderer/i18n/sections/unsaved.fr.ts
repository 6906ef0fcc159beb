/** Texts of a form left with unsaved changes (`unsaved.*`). */
export const unsavedFr = {
  title: 'Abandonner les modifications ?',
  body: 'Ce que vous avez saisi n’est pas enregistré. Si vous quittez ce formulaire, ces modifications seront perdues.',
  keepEditing: 'Continuer la saisie',
  discard: 'Abandonner les modifications',
  draftRestored: 'Votre saisie du {{date}}, qui n’avait pas été enregistrée, est revenue.',
  discardDraft: 'Repartir de la fiche enregistrée',
  startAgain: 'Repartir d’un formulaire vide',
  startFromSaved: 'Repartir de ce qui est enregistré',
};
