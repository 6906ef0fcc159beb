import type { unsavedFr } from '@renderer/i18n/sections/unsaved.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const unsavedEn: TranslationShape<typeof unsavedFr> = {
  title: 'Discard your changes?',
  body: 'What you typed is not saved. If you leave this form, these changes will be lost.',
  keepEditing: 'Keep editing',
  discard: 'Discard changes',
  draftRestored: 'What you typed on {{date}}, which had not been saved, is back.',
  discardDraft: 'Start again from the saved record',
  startAgain: 'Start again from an empty form',
  startFromSaved: 'Start again from what is saved',
};
