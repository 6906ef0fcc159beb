import { Alert, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Season } from '@shared/members/season';
import { DateField } from '@renderer/components/DateField';
import { useChanged } from '@renderer/components/settings/dialog-changes';
import { ItemDialogForm } from '@renderer/components/settings/ItemDialogForm';
import { putItem } from '@renderer/components/settings/list-items';
import { OtherErrors } from '@renderer/components/settings/OtherErrors';
import { useItemForm } from '@renderer/components/settings/use-item-form';
import type { SettingList } from '@renderer/components/settings/use-setting-list';
import type { Editing } from '@renderer/pages/settings/seasons/editing';

type Bound = 'startsOn' | 'endsOn';

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
  const [dates, setDates] = useState({ startsOn: editing.season.startsOn, endsOn: editing.season.endsOn });
  // A date typed but not read yet (no blur): Échap must still count it as a change.
  const [typed, setTyped] = useState(false);
  // Dates whose text does not read: the field says why, and the season is not saved meanwhile
  // with the date it held before.
  const [unreadable, setUnreadable] = useState<Record<Bound, boolean>>({ startsOn: false, endsOn: false });
  const form = useItemForm(list, { name: editing.season.label, close });
  const changed = useChanged({ name: form.name, ...dates });

  const submit = () => {
    if (unreadable.startsOn || unreadable.endsOn) return;
    const next = putItem(list.items, { ...editing.season, label: form.name.trim(), ...dates });
    void form.save(next.items, ['seasons', next.index]);
  };

  const dateField = (which: Bound) => (
    <DateField
      label={t(`seasonsSettings.fields.${which}`)}
      withAsterisk
      value={dates[which]}
      onChange={(iso) => setDates((current) => ({ ...current, [which]: iso }))}
      onParseError={(error) => setUnreadable((current) => ({ ...current, [which]: error !== null }))}
      onInput={() => setTyped(true)}
      error={form.errorOf(which)}
      size="md"
    />
  );

  return (
    <ItemDialogForm
      form={form}
      name="seasonsSettings.fields.label"
      dirty={changed || typed}
      onSubmit={submit}
      notice={
        editing.copiedFrom ? (
          <Alert color="blue">{t('seasonsSettings.addNextHint', { season: editing.copiedFrom })}</Alert>
        ) : null
      }
    >
      <Group grow align="flex-start">
        {dateField('startsOn')}
        {dateField('endsOn')}
      </Group>
      <OtherErrors messages={form.other} />
    </ItemDialogForm>
  );
}
