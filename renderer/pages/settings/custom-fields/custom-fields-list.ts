import type { CustomFieldDefinition } from '@shared/members/custom-fields';
import type { ListSetting } from '@renderer/components/settings/use-setting-list';

export const CUSTOM_FIELDS_LIST: ListSetting<'custom-fields', CustomFieldDefinition> = {
  key: 'custom-fields',
  texts: 'customFieldsSettings',
  itemsOf: (value) => value.fields,
  settingOf: (fields) => ({ fields }),
};
