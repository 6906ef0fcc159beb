import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { membershipFigures } from '@shared/dashboard/membership-figures';
import { useDirectory, usePermission } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';
import { localToday } from '@shared/dates/parse-date';
import { Figure } from '@renderer/pages/home/Figure';

/** Members à jour this season vs last, renewals still expected, new members this month, a chart. */
export function MembershipDashboard() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  const directory = useDirectory();
  const mayReadMemberships = usePermission('memberships.read');
  // Only an administrator may define the seasons: the others are told whom to ask.
  const mayDefineSeasons = usePermission('settings.manage').allowed;
  const seasonsSetting = useSetting('seasons');
  const seasons = useMemo(
    () => (seasonsSetting.read.state === 'ok' ? seasonsSetting.read.value.seasons : []),
    [seasonsSetting.read],
  );
  const today = localToday(new Date());
  const figures = useMemo(
    () => membershipFigures(directory.people.values(), directory.memberships.values(), seasons, today),
    [directory, seasons, today],
  );
  const format = (n: number) => n.toLocaleString(locale);
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(
    new Date(`${today}T12:00:00`),
  );

  if (seasonsSetting.loading) return null;
  if (seasons.length === 0) {
    return (
      <Alert color="blue" title={t('dashboard.figuresTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{mayDefineSeasons ? t('dashboard.noSeasons') : t('dashboard.noSeasonsAsk')}</Text>
          {mayDefineSeasons ? (
            <Button component={Link} to="/parametres/saisons" variant="light">
              {t('dashboard.noSeasonsAction')}
            </Button>
          ) : null}
        </Stack>
      </Alert>
    );
  }

  const difference = figures.upToDate - figures.lastSeason;
  const comparison = figures.previous ? (
    <Text size="sm" fw={500} c={difference > 0 ? 'green.8' : difference < 0 ? 'orange.8' : 'dimmed'}>
      {difference > 0
        ? t('dashboard.compared', { difference: format(difference) })
        : difference < 0
          ? t('dashboard.comparedLess', { difference: format(-difference) })
          : t('dashboard.comparedSame')}
    </Text>
  ) : undefined;
  const hasData = figures.perSeason.some((season) => season.members > 0);

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('dashboard.figuresTitle')}
      </Title>
      {figures.current ? null : (
        <Alert color="orange">
          {mayDefineSeasons ? t('dashboard.noCurrentSeason') : t('dashboard.noCurrentSeasonAsk')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Figure
          testId="figure-up-to-date"
          label={t('dashboard.upToDate')}
          value={format(figures.upToDate)}
          detail={figures.current ? t('dashboard.upToDateDetail', { season: figures.current.label }) : ''}
          extra={comparison}
        />
        <Figure
          testId="figure-last-season"
          label={t('dashboard.lastSeason')}
          value={figures.previous ? format(figures.lastSeason) : '—'}
          detail={
            figures.previous
              ? t('dashboard.lastSeasonDetail', { season: figures.previous.label })
              : t('dashboard.noPreviousSeason')
          }
        />
        <Figure
          testId="figure-renewals"
          label={t('dashboard.renewals')}
          value={figures.renewalsExpected === undefined ? '—' : format(figures.renewalsExpected)}
          detail={t('dashboard.renewalsDetail')}
          extra={
            figures.renewalsExpected && mayReadMemberships.allowed ? (
              <Anchor component={Link} to="/membres/renouvellement" size="sm">
                {t('dashboard.renewalsAction')}
              </Anchor>
            ) : undefined
          }
        />
        <Figure
          testId="figure-new"
          label={t('dashboard.newThisMonth')}
          value={format(figures.newThisMonth)}
          detail={t('dashboard.newThisMonthDetail', { month })}
        />
      </SimpleGrid>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h5" id="chart-title">
              {t('dashboard.chartTitle')}
            </Title>
          </Group>
          {hasData ? (
            <BarChart
              h={240}
              aria-labelledby="chart-title"
              data={figures.perSeason.map((season) => ({ season: season.label, members: season.members }))}
              dataKey="season"
              series={[{ name: 'members', label: t('dashboard.chartSeries'), color: 'teal.6' }]}
              valueFormatter={format}
              withBarValueLabel
              tickLine="y"
              // People are counted whole: no « 2,5 » on the axis of a small association.
              yAxisProps={{ allowDecimals: false }}
              // Not a Tab stop: its figures are written on its bars, and the focus on the drawing
              // could not be seen (Tab from the page went there first, and looked lost).
              barChartProps={{ accessibilityLayer: false }}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('dashboard.chartEmpty')}
            </Text>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
