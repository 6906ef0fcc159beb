import type { TranslationShape } from '@renderer/i18n/shape';
import type { customFieldsSettingsFr } from '@renderer/i18n/sections/custom-fields-settings.fr';

export const customFieldsSettingsEn: TranslationShape<typeof customFieldsSettingsFr> = {
  intro:
    'Add to member records what matters to your association: T-shirt size, medical certificate date, volunteer… A field is never deleted: archive it, and the values already typed are kept.',
  empty: 'No custom field yet.',
  add: 'Add a field',
  newField: 'New field',
  edit: 'Edit',
  editNamed: 'Edit field {{field}}',
  editTitle: 'Edit the field',
  archive: 'Archive',
  archiveNamed: 'Archive field {{field}}',
  unarchive: 'Restore',
  unarchiveNamed: 'Restore field {{field}}',
  archived: 'Archived',
  required: 'Required',
  columns: {
    label: 'Field',
    type: 'Type',
    details: 'Details',
    actions: 'Actions',
  },
  types: {
    text: 'Text',
    number: 'Number',
    date: 'Date',
    boolean: 'Yes / no',
    choice: 'List of choices',
  },
  fields: {
    label: 'Field name',
    labelPlaceholder: 'T-shirt size',
    type: 'Type',
    typeLocked: 'The type no longer changes once the field exists: values already typed would not fit.',
    required: 'Required on every record',
    choices: 'Choices offered',
    choicesDescription: 'One value per line, at least two.',
    choicesPlaceholder: 'S\nM\nL',
  },
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Custom fields saved.',
  invalid: 'Some values need fixing: see the messages under the fields.',
  saveFailed: 'Saving failed: {{message}}',
  damaged:
    'The stored custom fields are damaged. They cannot be edited here until they are repaired: ask whoever looks after Tilleul for help.',
};
