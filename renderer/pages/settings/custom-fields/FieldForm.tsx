import { Checkbox, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition, CustomFieldType } from '@shared/members/custom-fields';
import { CUSTOM_FIELD_TYPES } from '@shared/members/custom-fields';
import { useChanged } from '@renderer/components/settings/dialog-changes';
import { ItemDialogForm } from '@renderer/components/settings/ItemDialogForm';
import { putItem } from '@renderer/components/settings/list-items';
import type { FieldOf } from '@renderer/components/settings/use-item-form';
import { useItemForm } from '@renderer/components/settings/use-item-form';
import type { SettingList } from '@renderer/components/settings/use-setting-list';
import { customFieldId } from '@renderer/pages/settings/custom-fields/custom-field-id';

/** The id is made from the label, so a clash on it (or a rule on the whole field) shows there. */
const fieldOf: FieldOf = (rest) => {
  const key = String(rest[0] ?? 'label');
  return key === 'id' ? 'label' : key;
};

/** One custom field: its label, its type (fixed once created) and, for a list, its choices. */
export function FieldForm({
  field,
  list,
  close,
}: {
  field: CustomFieldDefinition | null;
  list: SettingList<CustomFieldDefinition>;
  close: () => void;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState<CustomFieldType | null>(field?.type ?? null);
  const [required, setRequired] = useState(field?.required ?? false);
  const [choices, setChoices] = useState((field?.choices ?? []).join('\n'));
  const form = useItemForm(list, { name: field?.label ?? '', close, fieldOf });
  const changed = useChanged({ name: form.name, type, required, choices });

  const submit = () => {
    const next = putItem(list.items, {
      id: field?.id ?? customFieldId(form.name, new Set(list.items.map((item) => item.id))),
      label: form.name.trim(),
      type: type as CustomFieldType,
      required,
      choices:
        type === 'choice'
          ? choices
              .split('\n')
              .map((choice) => choice.trim())
              .filter((choice) => choice !== '')
          : [],
      archived: field?.archived ?? false,
    });
    void form.save(next.items, ['fields', next.index]);
  };

  return (
    <ItemDialogForm form={form} name="customFieldsSettings.fields.label" dirty={changed} onSubmit={submit}>
      <Select
        label={t('customFieldsSettings.fields.type')}
        description={field ? t('customFieldsSettings.fields.typeLocked') : undefined}
        withAsterisk
        size="md"
        disabled={field !== null}
        allowDeselect={false}
        value={type}
        onChange={(value) => setType(value as CustomFieldType | null)}
        data={CUSTOM_FIELD_TYPES.map((value) => ({
          value,
          label: t(`customFieldsSettings.types.${value}`),
        }))}
        error={form.errorOf('type')}
        maw={320}
      />
      {type === 'choice' ? (
        <Textarea
          label={t('customFieldsSettings.fields.choices')}
          description={t('customFieldsSettings.fields.choicesDescription')}
          placeholder={t('customFieldsSettings.fields.choicesPlaceholder')}
          withAsterisk
          autosize
          minRows={3}
          size="md"
          value={choices}
          onChange={(event) => setChoices(event.currentTarget.value)}
          // Enter adds a line here; Ctrl+Enter saves.
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
              event.currentTarget.form?.requestSubmit();
          }}
          error={form.errorOf('choices')}
        />
      ) : null}
      <Checkbox
        size="md"
        label={t('customFieldsSettings.fields.required')}
        checked={required}
        onChange={(event) => setRequired(event.currentTarget.checked)}
      />
    </ItemDialogForm>
  );
}
