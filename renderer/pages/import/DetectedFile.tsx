import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ENCODING_LABELS } from '@shared/import/decode';
import { SEPARATOR_LABELS } from '@shared/import/table';
import type { ImportFile } from '@renderer/pages/import/read-file';

/** What Tilleul found the file to be: kind, encoding, separator, rows read. */
export function DetectedFile({ file }: { file: ImportFile }) {
  const { t } = useTranslation();
  const { parsed } = file;
  const facts: [string, string][] = [
    [
      t('imports.detected.kind'),
      parsed.kind ? t(`imports.detected.${parsed.kind}`) : t('imports.mapping.kind'),
    ],
    [
      t('imports.detected.encoding'),
      file.format === 'xlsx'
        ? t('imports.detected.xlsx')
        : file.encoding
          ? ENCODING_LABELS[file.encoding]
          : '',
    ],
    ...(file.separator
      ? [[t('imports.detected.separator'), SEPARATOR_LABELS[file.separator]] as [string, string]]
      : []),
    [
      t('imports.detected.lines'),
      String(
        parsed.kind
          ? parsed.records.length + parsed.errors.length
          : file.table.rows.length + file.table.errors.length,
      ),
    ],
  ];
  return (
    <Paper withBorder p="md" aria-label={t('imports.detected.title')}>
      <Title order={2} size="h4" mb="xs">
        {t('app.labelValue', { label: t('imports.detected.title'), value: file.name })}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text fw={600} data-testid={`import-${label}`}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
