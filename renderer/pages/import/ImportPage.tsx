import { useRef, useState } from 'react';
import { Alert, Button, FileInput, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetectedFile } from '@renderer/pages/import/DetectedFile';
import { DryRun } from '@renderer/pages/import/DryRun';
import { HelloAssoPanel } from '@renderer/pages/import/HelloAssoPanel';
import { MappedImport } from '@renderer/pages/import/mapping/MappedImport';
import { RecentImports } from '@renderer/pages/import/RecentImports';
import { useImportFile } from '@renderer/pages/import/use-import-file';

/**
 * Membres → Importer: choose a HelloAsso export or any table (CSV or Excel), see what was
 * recognised (or map its columns) and what the import would do, import it in one go, or undo a
 * past import.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [read, choose] = useImportFile();
  const [file, setFile] = useState<File | null>(null);
  const pick = (chosen: File | null) => {
    setFile(chosen);
    choose(chosen);
  };
  // Imported (or its columns' choice left), the file and its dry run go: the keyboard, which was
  // in them, goes back to the file to choose the next one.
  const picker = useRef<HTMLButtonElement>(null);
  const done = () => {
    pick(null);
    picker.current?.focus();
  };

  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <Title order={1}>{t('imports.title')}</Title>
        <Button component={Link} to="/membres" variant="default">
          {t('imports.back')}
        </Button>
      </Group>
      <Text>{t('imports.intro')}</Text>
      <FileInput
        label={t('imports.pick')}
        placeholder={t('imports.pickPlaceholder')}
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={pick}
        clearable
        clearButtonProps={{ 'aria-label': t('imports.clearFile') }}
        size="md"
        ref={picker}
      />
      {read.status === 'reading' ? (
        <Group gap="xs">
          <Loader size="sm" />
          <Text>{t('imports.reading')}</Text>
        </Group>
      ) : null}
      {read.status === 'read' && !read.ok ? (
        <Alert color="red" role="alert">
          {read.message}
        </Alert>
      ) : null}
      {read.status === 'read' && read.ok ? (
        <>
          <DetectedFile file={read.file} />
          {read.file.parsed.kind === null ? (
            <MappedImport key={read.file.importId} file={read.file} onDone={done} />
          ) : (
            <DryRun file={read.file} onDone={done} />
          )}
        </>
      ) : null}
      <HelloAssoPanel />
      <RecentImports />
    </Stack>
  );
}
