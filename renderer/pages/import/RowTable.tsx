import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Rows of the file with their line and a reason: the errors, or the skipped rows. */
export function RowTable({
  title,
  rows,
}: {
  title: string;
  rows: readonly { line: number; message: string }[];
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <section aria-label={title}>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('imports.dryRun.line')}</Table.Th>
            <Table.Th>{t('imports.dryRun.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={`${row.line}-${index}`}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td>{row.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
