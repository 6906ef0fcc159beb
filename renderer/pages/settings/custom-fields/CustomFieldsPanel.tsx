import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition } from '@shared/members/custom-fields';
import { ItemName } from '@renderer/components/settings/ItemName';
import { toggleArchived } from '@renderer/components/settings/list-items';
import { AddButton, SettingsListPanel } from '@renderer/components/settings/SettingsListPanel';
import type { Column } from '@renderer/components/settings/SettingsTable';
import { SettingsTable } from '@renderer/components/settings/SettingsTable';
import { useEditor } from '@renderer/components/settings/use-editor';
import { useSettingList } from '@renderer/components/settings/use-setting-list';
import { CUSTOM_FIELDS_LIST } from '@renderer/pages/settings/custom-fields/custom-fields-list';
import { FieldForm } from '@renderer/pages/settings/custom-fields/FieldForm';

/** Paramètres → Champs personnalisés: what the association adds to every member's record. */
export function CustomFieldsPanel() {
  const { t } = useTranslation();
  const list = useSettingList(CUSTOM_FIELDS_LIST);
  const fields = list.items;
  // `field: null` is a new one.
  const editor = useEditor<{ field: CustomFieldDefinition | null }>();
  const { item: editing, close } = editor;

  const columns: Column<CustomFieldDefinition>[] = [
    {
      label: t('customFieldsSettings.columns.label'),
      cell: (field) => (
        <ItemName list={list} item={field}>
          {field.required ? <Badge variant="light">{t('customFieldsSettings.required')}</Badge> : null}
        </ItemName>
      ),
    },
    {
      label: t('customFieldsSettings.columns.type'),
      cell: (field) => t(`customFieldsSettings.types.${field.type}`),
    },
    {
      label: t('customFieldsSettings.columns.details'),
      cell: (field) => (
        <Text size="sm" c="dimmed">
          {field.choices.join(' · ')}
        </Text>
      ),
    },
  ];

  return (
    <SettingsListPanel
      list={list}
      editor={{
        opened: editor.opened,
        title: editing?.field ? t('customFieldsSettings.editTitle') : t('customFieldsSettings.newField'),
        close,
        content: editing ? (
          <FieldForm
            key={`${editor.key}:${editing.field?.id ?? 'new'}`}
            field={editing.field}
            list={list}
            close={close}
          />
        ) : null,
      }}
    >
      <AddButton list={list} onClick={() => editor.open({ field: null })}>
        {t('customFieldsSettings.add')}
      </AddButton>
      {fields.length === 0 ? (
        <Text>{t('customFieldsSettings.empty')}</Text>
      ) : (
        <SettingsTable
          list={list}
          rows={fields}
          columns={columns}
          onEdit={(field) => editor.open({ field })}
          editText="customFieldsSettings.edit"
          named={(field) => ({ field: field.label })}
          onToggleArchive={(field) => void list.update(toggleArchived(fields, field.id))}
          minWidth={600}
          verticalSpacing="sm"
        />
      )}
    </SettingsListPanel>
  );
}
