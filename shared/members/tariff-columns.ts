import type { ListColumn } from '@shared/export/list-export';
import type { Season, Tariff } from '@shared/members/season';

/** One line of Paramètres → Saisons et tarifs as a file: a tariff with its season. */
export interface TariffRow {
  season: Season;
  tariff: Tariff;
}

/** Every tariff of every season, newest season first, as the panel lists them. */
export function tariffRows(newestFirst: readonly Season[]): TariffRow[] {
  return newestFirst.flatMap((season) => season.tariffs.map((tariff) => ({ season, tariff })));
}

const yesNo = (value: boolean, t: (key: string) => string) =>
  value ? t('seasonsSettings.yes') : t('seasonsSettings.no');

/** The tariff table's columns (TariffTable.tsx), each line saying its season and its dates. */
export const TARIFF_COLUMNS: readonly ListColumn<TariffRow>[] = [
  { id: 'season', label: 'seasonsSettings.columns.season', cell: ({ season }) => season.label },
  {
    id: 'startsOn',
    label: 'seasonsSettings.fields.startsOn',
    cell: ({ season }) => ({ date: season.startsOn }),
  },
  { id: 'endsOn', label: 'seasonsSettings.fields.endsOn', cell: ({ season }) => ({ date: season.endsOn }) },
  { id: 'label', label: 'seasonsSettings.columns.label', cell: ({ tariff }) => tariff.label },
  { id: 'amount', label: 'seasonsSettings.columns.amount', cell: ({ tariff }) => ({ cents: tariff.amount }) },
  {
    id: 'scope',
    label: 'seasonsSettings.columns.scope',
    cell: ({ tariff }, t) => t(`seasonsSettings.scope.${tariff.scope}`),
  },
  {
    id: 'counterpart',
    label: 'seasonsSettings.columns.counterpart',
    cell: ({ tariff }, t) => yesNo(tariff.givesCounterpart, t),
  },
  {
    id: 'taxReceipt',
    label: 'seasonsSettings.columns.taxReceipt',
    cell: ({ tariff }, t) => yesNo(tariff.taxReceiptAllowed, t),
  },
  { id: 'archived', label: 'seasonsSettings.archived', cell: ({ tariff }, t) => yesNo(tariff.archived, t) },
];
