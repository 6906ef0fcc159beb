import { Alert, Button, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { MappingField } from '@shared/import/mapping';
import type { ImportPlan } from '@shared/import/helloasso-plan';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWrite } from '@renderer/components/use-write';
import { useCurrentUser, useData, usePermission, useWriteContext } from '@renderer/data/context';
import { needsSeasonSettings } from '@shared/import/settings-fix';
import { applyImport, ImportError, type ImportProgress } from '@renderer/data/import/write';
import { DryRunSummary } from '@renderer/pages/import/DryRunSummary';
import { countsList, countsTotal, planCounts } from '@renderer/pages/import/import-counts';
import { RowTable } from '@renderer/pages/import/RowTable';
import type { ImportFile } from '@renderer/pages/import/read-file';
import { useImportPlan } from '@renderer/pages/import/use-import-plan';

/** What the import of a file would do, every row in error with its line, then the import in one go. */
export function DryRun({
  file,
  mapping,
  onDone,
}: {
  file: ImportFile;
  /** The column mapping of an ordinary file (not a HelloAsso export). */
  mapping?: readonly MappingField[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { plan, loading } = useImportPlan(file, mapping);
  const kind = file.parsed.kind ? t(`imports.detected.${file.parsed.kind}`) : t('imports.mapping.kind');
  return <PlannedImport plan={plan} loading={loading} label={`${file.name} (${kind})`} onDone={onDone} />;
}

/**
 * A planned import shown before it is written (what it would create, link and skip, every row in
 * error), then written in one go with a progress bar. `label` names it in the list of imports.
 */
export function PlannedImport({
  plan,
  loading,
  label,
  onDone,
}: {
  plan: ImportPlan;
  loading: boolean;
  label: string;
  onDone: () => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const total = countsTotal(planCounts(plan));
  // A season or a tariff to add: only an administrator may, so the others are told whom to ask.
  const mayAddSeasons = usePermission('settings.manage').allowed;
  const askAdministrator = !mayAddSeasons && plan.errors.some((row) => needsSeasonSettings(row.message));
  const skipped = plan.rows
    .filter((row) => row.outcome === 'skipped' || row.outcome === 'linked')
    .map((row) => ({
      line: row.line,
      message: t('app.labelValue', { label: row.name, value: row.message ?? '' }),
    }));

  const confirm = async () => {
    const actor = { ...context, userName: user.name };
    const done = await run(() => applyImport(db, actor, plan, label, setProgress), {
      success: (result) => t('imports.done', { list: countsList(t, result) }),
      failure: (message, error) =>
        error instanceof ImportError && error.code === 'IMPORT_ALREADY_APPLIED'
          ? t('imports.alreadyApplied')
          : t('imports.failed', { reason: message }),
    });
    setProgress(null);
    if (done) await onDone();
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('imports.dryRun.title')}
        </Title>
        {loading ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text>{t('imports.dryRun.loading')}</Text>
          </Group>
        ) : (
          <DryRunSummary plan={plan} />
        )}
        {askAdministrator ? (
          <Alert color="orange" role="note">
            {t('imports.dryRun.askAdministrator')}
          </Alert>
        ) : null}
        <RowTable title={t('imports.dryRun.errorsTitle')} rows={plan.errors} />
        <RowTable title={t('imports.dryRun.skippedTitle')} rows={skipped} />
        {loading ? null : total === 0 ? (
          <Alert color="gray">{t('imports.dryRun.nothing')}</Alert>
        ) : (
          <Group>
            <Button size="md" onClick={() => void confirm()} loading={busy}>
              {t('imports.dryRun.confirm', { count: total })}
            </Button>
          </Group>
        )}
        {progress ? (
          <Stack gap={4}>
            <Progress
              value={progress.total ? (100 * progress.done) / progress.total : 0}
              aria-label={t('imports.dryRun.title')}
            />
            <Text size="sm">{t('imports.dryRun.progress', { ...progress })}</Text>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
