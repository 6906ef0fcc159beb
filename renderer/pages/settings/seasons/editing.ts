import type { TFunction } from 'i18next';
import { newSeasonId } from '@shared/ids';
import type { Season, Tariff } from '@shared/members/season';
import { nextSeasonDates, usualSeasonDates } from '@shared/members/season';
import { localToday } from '@shared/dates/parse-date';

/** What the dialog edits: a season (new ones are drafted, not yet stored) or one of its tariffs. */
export type Editing =
  | { kind: 'season'; season: Season; isNew: boolean; copiedFrom?: string }
  | { kind: 'tariff'; seasonId: string; tariff: Tariff | null };

/** The next season to add: the usual dates for the first one, else the one after the latest. */
export function newSeason(latest: Season | undefined): Editing {
  if (!latest) {
    return {
      kind: 'season',
      isNew: true,
      season: { id: newSeasonId(), ...usualSeasonDates(localToday(new Date())), tariffs: [] },
    };
  }
  return {
    kind: 'season',
    isNew: true,
    copiedFrom: latest.label,
    // Same tariff ids: the renewal campaign then finds « the same tariff » in the new season.
    season: {
      id: newSeasonId(),
      ...nextSeasonDates(latest),
      tariffs: latest.tariffs.filter((tariff) => !tariff.archived),
    },
  };
}

/** The dialog's title; kept while the dialog closes, so it never depends on it being open. */
export function editingTitle(t: TFunction, editing: Editing | null): string {
  if (editing?.kind === 'season') {
    return editing.isNew
      ? t('seasonsSettings.newSeason')
      : t('seasonsSettings.editSeasonNamed', { season: editing.season.label });
  }
  return editing?.tariff
    ? t('seasonsSettings.editTariffNamed', { tariff: editing.tariff.label })
    : t('seasonsSettings.newTariff');
}
