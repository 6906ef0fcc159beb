import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListState } from '@renderer/components/settings/use-setting-list';

/**
 * The « Modifier » of each list's rows; `…Named`, `archiveNamed` and `unarchiveNamed` beside it
 * are the buttons' accessible names, with the item's name under `NamedAs`.
 */
export type EditText = 'seasonsSettings.editTariff' | 'customFieldsSettings.edit';
export type NamedAs = { tariff: string } | { field: string };

/** « Modifier » and « Archiver » / « Réactiver »: an item is archived, never deleted. */
export function RowButtons({
  list,
  archived,
  editText,
  named,
  onEdit,
  onToggleArchive,
}: {
  list: ListState;
  archived: boolean;
  editText: EditText;
  named: NamedAs;
  onEdit: () => void;
  onToggleArchive: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="default" aria-label={t(`${editText}Named`, named)} onClick={onEdit}>
        {t(editText)}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color={archived ? 'green' : 'gray'}
        aria-label={t(archived ? `${list.texts}.unarchiveNamed` : `${list.texts}.archiveNamed`, named)}
        onClick={onToggleArchive}
      >
        {archived ? t(`${list.texts}.unarchive`) : t(`${list.texts}.archive`)}
      </Button>
    </Group>
  );
}
