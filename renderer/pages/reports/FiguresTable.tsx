import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from '@shared/reports/tables';

/** A report's figures as a table: what a screen reader reads, and what the PDF prints. */
export function FiguresTable({ table }: { table: ReportTable }) {
  const { t } = useTranslation();
  const align = (index: number) => (table.columns[index]?.numeric ? 'right' : 'left');
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table
        striped
        withTableBorder
        aria-label={t('reports.figures', { title: table.title })}
        data-testid={`report-table-${table.id}`}
      >
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((column, index) => (
              <Table.Th key={column.label} ta={align(index)}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, index) => (
                <Table.Td key={index} ta={align(index)}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {table.total ? (
          <Table.Tfoot>
            <Table.Tr>
              {table.total.map((cell, index) => (
                <Table.Th key={index} ta={align(index)}>
                  {cell}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        ) : null}
      </Table>
    </Table.ScrollContainer>
  );
}
