import { Table } from '@mantine/core';
import type { MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditText, NamedAs } from '@renderer/components/settings/RowButtons';
import { RowButtons } from '@renderer/components/settings/RowButtons';
import type { ListState } from '@renderer/components/settings/use-setting-list';

export interface Row {
  id: string;
  label: string;
  archived: boolean;
}

export interface Column<Item> {
  label: string;
  /** Amounts: right-aligned in tabular figures, so the digits line up. */
  numeric?: boolean;
  cell: (item: Item) => ReactNode;
}

const NUMERIC = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

/** The table of a list setting: a row an item, dimmed once archived, buttons for editors. */
export function SettingsTable<Item extends Row>({
  list,
  rows,
  columns,
  editText,
  named,
  onEdit,
  onToggleArchive,
  minWidth,
  verticalSpacing,
}: {
  list: ListState;
  rows: readonly Item[];
  columns: readonly Column<Item>[];
  editText: EditText;
  named: (item: Item) => NamedAs;
  onEdit: (item: Item) => void;
  onToggleArchive: (item: Item) => void;
  minWidth: number;
  verticalSpacing: MantineSpacing;
}) {
  const { t } = useTranslation();
  const mayEdit = list.mayEdit.allowed;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing={verticalSpacing} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} style={column.numeric ? { textAlign: 'right' } : undefined}>
                {column.label}
              </Table.Th>
            ))}
            {mayEdit ? <Table.Th>{t(`${list.texts}.columns.actions`)}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((item) => (
            <Table.Tr key={item.id} c={item.archived ? 'dimmed' : undefined}>
              {columns.map((column) => (
                <Table.Td key={column.label} style={column.numeric ? NUMERIC : undefined}>
                  {column.cell(item)}
                </Table.Td>
              ))}
              {mayEdit ? (
                <Table.Td>
                  <RowButtons
                    list={list}
                    archived={item.archived}
                    editText={editText}
                    named={named(item)}
                    onEdit={() => onEdit(item)}
                    onToggleArchive={() => onToggleArchive(item)}
                  />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
