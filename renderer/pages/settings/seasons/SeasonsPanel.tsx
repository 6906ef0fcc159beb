import { Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tariff } from '@shared/members/season';
import { seasonOn, sortSeasons } from '@shared/members/season';
import { localToday } from '@shared/dates/parse-date';
import { TARIFF_COLUMNS, tariffRows } from '@shared/members/tariff-columns';
import { ExportMenu } from '@renderer/components/ExportMenu';
import { toggleArchived } from '@renderer/components/settings/list-items';
import { AddButton, SettingsListPanel } from '@renderer/components/settings/SettingsListPanel';
import { useEditor } from '@renderer/components/settings/use-editor';
import { useSettingList } from '@renderer/components/settings/use-setting-list';
import type { Editing } from '@renderer/pages/settings/seasons/editing';
import { editingTitle, newSeason } from '@renderer/pages/settings/seasons/editing';
import { SeasonCard } from '@renderer/pages/settings/seasons/SeasonCard';
import { SeasonForm } from '@renderer/pages/settings/seasons/SeasonForm';
import { SEASONS_LIST } from '@renderer/pages/settings/seasons/seasons-list';
import { TariffForm } from '@renderer/pages/settings/seasons/TariffForm';

/** Paramètres → Saisons et tarifs: the seasons, newest first, each with its tariffs. */
export function SeasonsPanel() {
  const { t } = useTranslation();
  const list = useSettingList(SEASONS_LIST);
  const seasons = list.items;
  const editor = useEditor<Editing>();
  const { item: editing, close } = editor;
  const newestFirst = useMemo(() => sortSeasons(seasons).reverse(), [seasons]);
  const current = seasonOn(seasons, localToday(new Date()));

  const toggleArchive = (seasonId: string, tariff: Tariff) =>
    list.update(
      seasons.map((season) =>
        season.id === seasonId ? { ...season, tariffs: toggleArchived(season.tariffs, tariff.id) } : season,
      ),
    );

  return (
    <SettingsListPanel
      list={list}
      editor={{
        opened: editor.opened,
        title: editingTitle(t, editing),
        close,
        content:
          editing?.kind === 'season' ? (
            <SeasonForm
              key={`${editor.key}:${editing.season.id}`}
              editing={editing}
              list={list}
              close={close}
            />
          ) : editing?.kind === 'tariff' ? (
            <TariffForm
              key={`${editor.key}:${editing.seasonId}:${editing.tariff?.id ?? 'new'}`}
              seasonId={editing.seasonId}
              tariff={editing.tariff}
              list={list}
              close={close}
            />
          ) : null,
      }}
    >
      {seasons.length === 0 ? <Text>{t('seasonsSettings.empty')}</Text> : null}
      <Group justify="space-between">
        <AddButton list={list} onClick={() => editor.open(newSeason(newestFirst[0]))}>
          {seasons.length === 0 ? t('seasonsSettings.addFirst') : t('seasonsSettings.addNext')}
        </AddButton>
        {seasons.length > 0 ? (
          <ExportMenu
            name="tarifs"
            title={t('seasonsSettings.exportTitle')}
            columns={TARIFF_COLUMNS}
            rows={tariffRows(newestFirst)}
            collection="settings"
          />
        ) : null}
      </Group>
      {newestFirst.map((season) => (
        <SeasonCard
          key={season.id}
          season={season}
          isCurrent={current?.id === season.id}
          list={list}
          edit={editor.open}
          toggleArchive={(tariff) => toggleArchive(season.id, tariff)}
        />
      ))}
    </SettingsListPanel>
  );
}
