import { Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '@renderer/components/DateField';
import { SeriesFields } from '@renderer/pages/events/form/SeriesFields';
import { TimeInput } from '@renderer/pages/events/form/TimeInput';
import type { EventForm, UnreadableDates } from '@renderer/pages/events/form/use-event-form';
import type { EventField } from '@renderer/pages/events/form/WhatFields';

/** When: the day (typed day first), the start and end times, and a weekly series for a new event. */
export function WhenFields({
  form,
  field,
  dates,
  series,
}: {
  form: EventForm;
  field: EventField;
  dates: UnreadableDates;
  /** A new event may be a weekly series; an existing one is one date. */
  series: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('events.form.when')}
      </Title>
      <Group align="flex-start" gap="md">
        <DateField
          label={t('events.form.startsOn')}
          withAsterisk
          size="md"
          maw={220}
          {...field('startsOn')}
          value={form.getValues().startsOn}
          onChange={(iso) => form.setFieldValue('startsOn', iso)}
          onParseError={(error) => dates.report('startsOn', error)}
        />
        <TimeInput
          label={t('events.form.startTime')}
          {...field('startTime')}
          value={form.getValues().startTime}
          onChange={(time) => form.setFieldValue('startTime', time)}
        />
        <TimeInput
          label={t('events.form.endTime')}
          {...field('endTime')}
          value={form.getValues().endTime}
          onChange={(time) => form.setFieldValue('endTime', time)}
        />
      </Group>
      {series ? <SeriesFields form={form} field={field} dates={dates} /> : null}
    </Stack>
  );
}
