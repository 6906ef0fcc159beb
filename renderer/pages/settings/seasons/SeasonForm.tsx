import { Alert, Group } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Season } from '@shared/members/season';
import { ItemDialogForm } from '@renderer/components/settings/ItemDialogForm';
import { putItem } from '@renderer/components/settings/list-items';
import { OtherErrors } from '@renderer/components/settings/OtherErrors';
import { useItemForm } from '@renderer/components/settings/use-item-form';
import type { SettingList } from '@renderer/components/settings/use-setting-list';
import { useLanguage } from '@renderer/i18n/language';
import type { Editing } from '@renderer/pages/settings/seasons/editing';

/** A season's name and dates; a new one's tariffs come from the previous season. */
export function SeasonForm({
  editing,
  list,
  close,
}: {
  editing: Extract<Editing, { kind: 'season' }>;
  list: SettingList<Season>;
  close: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [startsOn, setStartsOn] = useState(editing.season.startsOn);
  const [endsOn, setEndsOn] = useState(editing.season.endsOn);
  const form = useItemForm(list, { name: editing.season.label, close });

  const submit = () => {
    const next = putItem(list.items, { ...editing.season, label: form.name.trim(), startsOn, endsOn });
    void form.save(next.items, ['seasons', next.index]);
  };

  const dateField = (which: 'startsOn' | 'endsOn', value: string, set: (value: string) => void) => (
    <DateInput
      label={t(`seasonsSettings.fields.${which}`)}
      withAsterisk
      valueFormat="DD/MM/YYYY"
      placeholder={t('seasonsSettings.fields.datePlaceholder')}
      locale={language}
      value={value || null}
      onChange={(next) => set(next ?? '')}
      error={form.errorOf(which)}
      size="md"
    />
  );

  return (
    <ItemDialogForm
      form={form}
      name="seasonsSettings.fields.label"
      onSubmit={submit}
      notice={
        editing.copiedFrom ? (
          <Alert color="blue">{t('seasonsSettings.addNextHint', { season: editing.copiedFrom })}</Alert>
        ) : null
      }
    >
      <Group grow align="flex-start">
        {dateField('startsOn', startsOn, setStartsOn)}
        {dateField('endsOn', endsOn, setEndsOn)}
      </Group>
      <OtherErrors messages={form.other} />
    </ItemDialogForm>
  );
}
