import { Alert, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermission } from '@renderer/data/context';
import { ReportCard } from '@renderer/pages/reports/ReportCard';
import { useReports } from '@renderer/pages/reports/use-reports';

/**
 * « Rapports » (issue 18): members per tariff of a season, donations per month and campaign
 * beside the year before, attendance per event — each a chart with its table — and the whole
 * printed as one PDF. Loaded lazily (app/pages.ts): the charts' library stays out of the start.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const reports = useReports();
  // Only an administrator may define the seasons: the others are told whom to ask.
  const mayDefineSeasons = usePermission('settings.manage').allowed;
  const seasonOptions = [...reports.seasons]
    .reverse()
    .map((season) => ({ value: season.id, label: season.label }));
  const yearOptions = reports.years.map((year) => ({ value: String(year), label: String(year) }));

  return (
    <Stack gap="md">
      <Title order={1}>{t('reports.title')}</Title>
      <Text c="dimmed">{t('reports.intro')}</Text>
      {reports.seasons.length === 0 ? (
        <Alert color="blue">{mayDefineSeasons ? t('reports.noSeasons') : t('reports.noSeasonsAsk')}</Alert>
      ) : null}
      <Group align="flex-end" gap="md">
        {seasonOptions.length > 0 ? (
          <Select
            label={t('reports.season')}
            data={seasonOptions}
            value={reports.season?.id ?? null}
            onChange={(value) => value && reports.setSeasonId(value)}
            allowDeselect={false}
            w={200}
          />
        ) : null}
        {yearOptions.length > 0 ? (
          <Select
            label={t('reports.year')}
            data={yearOptions}
            value={String(reports.year)}
            onChange={(value) => value && reports.setYear(Number(value))}
            allowDeselect={false}
            w={160}
          />
        ) : null}
        <Button
          onClick={() => void reports.print()}
          loading={reports.busy}
          disabled={reports.tables.length === 0}
          ml="auto"
        >
          {t('reports.print')}
        </Button>
      </Group>
      {reports.loading ? (
        <Text size="sm" c="dimmed">
          {t('reports.loading')}
        </Text>
      ) : null}
      {reports.tables.map((table) => (
        <ReportCard key={table.id} table={table} locale={reports.locale} />
      ))}
    </Stack>
  );
}
