import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { mappingProblems, type MappingField } from '@shared/import/mapping';
import type { ImportTable } from '@shared/import/table';
import { FieldSelect } from '@renderer/pages/import/mapping/FieldSelect';
import { samplesOf, type ColumnMappingState } from '@renderer/pages/import/mapping/use-column-mapping';

/**
 * Membres → Importer, an ordinary file: one row per column of the file (its header, three sample
 * values, the Tilleul field it goes to), then « Voir ce que l’import ferait ». Every Select is
 * reached with Tab and chosen with the keyboard.
 */
export function MappingStep({
  table,
  mapping,
  confirmed,
  onConfirm,
  busy,
}: {
  table: ImportTable;
  mapping: ColumnMappingState;
  confirmed: boolean;
  onConfirm: (fields: MappingField[]) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const problems = mappingProblems(mapping.fields);
  return (
    <Paper withBorder p="md" aria-label={t('imports.mapping.title')} component="section">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('imports.mapping.title')}
        </Title>
        <Text>{t('imports.mapping.intro')}</Text>
        {mapping.loading ? null : (
          <Text size="sm" c="dimmed">
            {t(mapping.remembered ? 'imports.mapping.remembered' : 'imports.mapping.proposed')}
          </Text>
        )}
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="25%">{t('imports.mapping.column')}</Table.Th>
              <Table.Th>{t('imports.mapping.samples')}</Table.Th>
              <Table.Th w="32%">{t('imports.mapping.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.header.map((title, column) => {
              const header = title || t('imports.mapping.untitled', { number: column + 1 });
              const samples = samplesOf(table, column);
              return (
                <Table.Tr key={`${column}-${title}`}>
                  <Table.Td fw={600}>{header}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={samples.length ? undefined : 'dimmed'}>
                      {samples.length ? samples.join(' · ') : t('imports.mapping.empty')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <FieldSelect
                      header={header}
                      value={mapping.fields[column] ?? 'ignore'}
                      onChange={(field) => mapping.setField(column, field)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {problems.length > 0 ? (
          <Alert color="orange" role="alert">
            {problems.map((problem) => (
              <Text key={problem}>{problem}</Text>
            ))}
          </Alert>
        ) : null}
        {confirmed ? null : (
          <Group>
            <Button
              size="md"
              disabled={problems.length > 0 || mapping.loading}
              loading={busy}
              onClick={() => onConfirm(mapping.fields)}
            >
              {t('imports.mapping.confirm')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
