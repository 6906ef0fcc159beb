import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/format/intl';
import type { Season, Tariff } from '@shared/members/season';
import type { SettingList } from '@renderer/components/settings/use-setting-list';
import { localeOf } from '@renderer/i18n/i18n';
import type { Editing } from '@renderer/pages/settings/seasons/editing';
import { TariffTable } from '@renderer/pages/settings/seasons/TariffTable';

/** One season: its name and dates, whether it is the current one, and its tariffs. */
export function SeasonCard({
  season,
  isCurrent,
  list,
  edit,
  toggleArchive,
}: {
  season: Season;
  isCurrent: boolean;
  list: SettingList<Season>;
  edit: (editing: Editing) => void;
  toggleArchive: (tariff: Tariff) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language === 'en' ? 'en' : 'fr');
  return (
    <Card withBorder padding="md" data-testid={`season-${season.label}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={2} size="h4">
                {season.label}
              </Title>
              {isCurrent ? (
                <Badge color="green" variant="light">
                  {t('seasonsSettings.current')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {t('seasonsSettings.dates', {
                from: formatDate(season.startsOn, locale),
                to: formatDate(season.endsOn, locale),
              })}
            </Text>
          </Stack>
          {list.mayEdit.allowed ? (
            <Group gap="xs">
              <Button
                variant="default"
                aria-label={t('seasonsSettings.editSeasonNamed', { season: season.label })}
                onClick={() => edit({ kind: 'season', season, isNew: false })}
              >
                {t('seasonsSettings.editSeason')}
              </Button>
              <Button
                variant="light"
                aria-label={t('seasonsSettings.addTariffTo', { season: season.label })}
                onClick={() => edit({ kind: 'tariff', seasonId: season.id, tariff: null })}
              >
                {t('seasonsSettings.addTariff')}
              </Button>
            </Group>
          ) : null}
        </Group>
        {season.tariffs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('seasonsSettings.noTariffs')}
          </Text>
        ) : (
          <TariffTable
            tariffs={season.tariffs}
            list={list}
            edit={(tariff) => edit({ kind: 'tariff', seasonId: season.id, tariff })}
            toggleArchive={toggleArchive}
          />
        )}
      </Stack>
    </Card>
  );
}
