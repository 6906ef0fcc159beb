import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '@renderer/components/settings/SettingsTable';
import type { ListState } from '@renderer/components/settings/use-setting-list';

/** An item's name with its badges, « Archivé » last; `hint` says what archiving changes. */
export function ItemName({
  list,
  item,
  hint,
  children,
}: {
  list: ListState;
  item: Row;
  hint?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {item.label}
      {children}
      {item.archived ? (
        <Badge color="gray" variant="light" title={hint}>
          {t(`${list.texts}.archived`)}
        </Badge>
      ) : null}
    </Group>
  );
}
