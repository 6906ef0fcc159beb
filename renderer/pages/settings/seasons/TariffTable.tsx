import { useTranslation } from 'react-i18next';
import { formatMoney } from '@shared/format/intl';
import type { Season, Tariff } from '@shared/members/season';
import { ItemName } from '@renderer/components/settings/ItemName';
import type { Column } from '@renderer/components/settings/SettingsTable';
import { SettingsTable } from '@renderer/components/settings/SettingsTable';
import type { SettingList } from '@renderer/components/settings/use-setting-list';
import { localeOf } from '@renderer/i18n/i18n';

/** A season's tariffs: price, who it covers, and what the fee gives the right to. */
export function TariffTable({
  tariffs,
  list,
  edit,
  toggleArchive,
}: {
  tariffs: readonly Tariff[];
  list: SettingList<Season>;
  edit: (tariff: Tariff) => void;
  toggleArchive: (tariff: Tariff) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language === 'en' ? 'en' : 'fr');
  const yesNo = (value: boolean) => (value ? t('seasonsSettings.yes') : t('seasonsSettings.no'));
  const columns: Column<Tariff>[] = [
    {
      label: t('seasonsSettings.columns.label'),
      cell: (tariff) => <ItemName list={list} item={tariff} hint={t('seasonsSettings.archivedHint')} />,
    },
    {
      label: t('seasonsSettings.columns.amount'),
      numeric: true,
      cell: (tariff) => formatMoney(tariff.amount, locale),
    },
    {
      label: t('seasonsSettings.columns.scope'),
      cell: (tariff) => t(`seasonsSettings.scope.${tariff.scope}`),
    },
    { label: t('seasonsSettings.columns.counterpart'), cell: (tariff) => yesNo(tariff.givesCounterpart) },
    { label: t('seasonsSettings.columns.taxReceipt'), cell: (tariff) => yesNo(tariff.taxReceiptAllowed) },
  ];

  return (
    <SettingsTable
      list={list}
      rows={tariffs}
      columns={columns}
      onEdit={edit}
      editText="seasonsSettings.editTariff"
      named={(tariff) => ({ tariff: tariff.label })}
      onToggleArchive={toggleArchive}
      minWidth={640}
      verticalSpacing="xs"
    />
  );
}
