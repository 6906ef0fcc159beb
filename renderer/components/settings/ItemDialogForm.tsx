import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportChanges } from '@renderer/components/settings/dialog-changes';
import type { ItemForm } from '@renderer/components/settings/use-item-form';

/** The name fields of the list dialogs; each has its placeholder under `…Placeholder`. */
export type NameText =
  'seasonsSettings.fields.label' | 'seasonsSettings.fields.tariffLabel' | 'customFieldsSettings.fields.label';

/**
 * The form of an item's dialog: an optional notice, the item's name (focused on opening), its
 * other fields, then « Annuler » and « Enregistrer ».
 */
export function ItemDialogForm<Item>({
  form,
  name,
  dirty,
  notice,
  onSubmit,
  children,
}: {
  form: ItemForm<Item>;
  name: NameText;
  /** Something differs from the item as opened: closing the dialog then asks first. */
  dirty: boolean;
  notice?: ReactNode;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useReportChanges(dirty);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
    >
      <Stack gap="md">
        {notice}
        <TextInput
          label={t(name)}
          placeholder={t(`${name}Placeholder`)}
          withAsterisk
          data-autofocus
          size="md"
          value={form.name}
          onChange={(event) => form.setName(event.currentTarget.value)}
          // A duplicate id shows under the name: that is what people know the item by.
          error={form.errorOf('label') ?? form.errorOf('id')}
        />
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={form.close}>
            {t(`${form.texts}.cancel`)}
          </Button>
          <Button type="submit" loading={form.saving} size="md">
            {t(`${form.texts}.save`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
