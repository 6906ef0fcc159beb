import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OptionalColumn } from '@renderer/pages/members/list/member-columns';
import { columnsSchema, OPTIONAL_COLUMNS } from '@renderer/pages/members/list/member-columns';

/** « Colonnes »: which optional columns the member list shows. */
export function ColumnPicker({
  columns,
  onChange,
}: {
  columns: OptionalColumn[];
  onChange: (columns: OptionalColumn[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end">
      <Popover.Target>
        <Button variant="default">{t('people.list.columns')}</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group value={columns} onChange={(value) => onChange(columnsSchema.parse(value))}>
          <Stack gap="xs">
            {OPTIONAL_COLUMNS.map((column) => (
              <Checkbox key={column} value={column} label={t(`people.list.column.${column}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}
