import { Checkbox, Group, Radio, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@shared/format/intl';
import { newTariffId } from '@shared/ids';
import type { Season, Tariff, TariffScope } from '@shared/members/season';
import { TARIFF_SCOPES } from '@shared/members/season';
import { parseAmount } from '@shared/money/parse-amount';
import { useChanged } from '@renderer/components/settings/dialog-changes';
import { ItemDialogForm } from '@renderer/components/settings/ItemDialogForm';
import { putItem } from '@renderer/components/settings/list-items';
import { OtherErrors } from '@renderer/components/settings/OtherErrors';
import { useItemForm } from '@renderer/components/settings/use-item-form';
import type { SettingList } from '@renderer/components/settings/use-setting-list';
import { localeOf } from '@renderer/i18n/i18n';

/** A tariff of one season: its price, whom it covers, and whether it may open a tax receipt. */
export function TariffForm({
  seasonId,
  tariff,
  list,
  close,
}: {
  seasonId: string;
  tariff: Tariff | null;
  list: SettingList<Season>;
  close: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language === 'en' ? 'en' : 'fr');
  const [amount, setAmount] = useState(tariff ? formatMoney(tariff.amount, locale) : '');
  const [scope, setScope] = useState<TariffScope>(tariff?.scope ?? 'individual');
  const [givesCounterpart, setGivesCounterpart] = useState(tariff?.givesCounterpart ?? true);
  const [taxReceiptAllowed, setTaxReceiptAllowed] = useState(tariff?.taxReceiptAllowed ?? false);
  const form = useItemForm(list, { name: tariff?.label ?? '', close });
  const changed = useChanged({ name: form.name, amount, scope, givesCounterpart, taxReceiptAllowed });

  const submit = () => {
    const parsed = parseAmount(amount);
    if (!parsed.ok) return form.setFieldError('amount', parsed.error);
    const seasonIndex = list.items.findIndex((season) => season.id === seasonId);
    const season = list.items[seasonIndex];
    if (!season) return close();
    const tariffs = putItem(season.tariffs, {
      id: tariff?.id ?? newTariffId(),
      label: form.name.trim(),
      amount: parsed.cents,
      scope,
      givesCounterpart,
      taxReceiptAllowed,
      archived: tariff?.archived ?? false,
    });
    const seasons = list.items.map((item) =>
      item.id === seasonId ? { ...item, tariffs: tariffs.items } : item,
    );
    void form.save(seasons, ['seasons', seasonIndex, 'tariffs', tariffs.index]);
  };

  return (
    <ItemDialogForm form={form} name="seasonsSettings.fields.tariffLabel" dirty={changed} onSubmit={submit}>
      <TextInput
        label={t('seasonsSettings.fields.amount')}
        description={t('seasonsSettings.fields.amountDescription')}
        withAsterisk
        inputMode="decimal"
        size="md"
        value={amount}
        onChange={(event) => setAmount(event.currentTarget.value)}
        onBlur={() => {
          const parsed = parseAmount(amount);
          if (parsed.ok) setAmount(formatMoney(parsed.cents, locale));
        }}
        error={form.errorOf('amount')}
        maw={240}
      />
      <Radio.Group
        label={t('seasonsSettings.fields.scope')}
        value={scope}
        onChange={(value) => setScope(value as TariffScope)}
      >
        <Group mt={6}>
          {TARIFF_SCOPES.map((value) => (
            <Radio key={value} value={value} label={t(`seasonsSettings.scope.${value}`)} size="md" />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox
        size="md"
        label={t('seasonsSettings.fields.givesCounterpart')}
        description={t('seasonsSettings.fields.givesCounterpartDescription')}
        checked={givesCounterpart}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          setGivesCounterpart(checked);
          // The rule: a fee with a counterpart never opens a tax receipt.
          if (checked) setTaxReceiptAllowed(false);
        }}
      />
      <Checkbox
        size="md"
        label={t('seasonsSettings.fields.taxReceiptAllowed')}
        description={t('seasonsSettings.fields.taxReceiptRule')}
        checked={taxReceiptAllowed}
        disabled={givesCounterpart}
        onChange={(event) => setTaxReceiptAllowed(event.currentTarget.checked)}
        error={form.errorOf('taxReceiptAllowed')}
      />
      <OtherErrors messages={form.other} />
    </ItemDialogForm>
  );
}
