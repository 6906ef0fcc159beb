import { Checkbox, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '@shared/events/event-time';
import { MAX_SERIES_SESSIONS, weeklyDates } from '@shared/events/series-dates';
import type { SeriesEnd } from '@shared/events/series-dates';
import { DateField } from '@renderer/components/DateField';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import type { EventForm, UnreadableDates } from '@renderer/pages/events/form/use-event-form';
import type { EventField } from '@renderer/pages/events/form/WhatFields';

/**
 * « Séance régulière »: the same event every week on the first date's weekday, until a last date
 * or for a number of sessions; the sessions are shown before anything is written.
 */
export function SeriesFields({
  form,
  field,
  dates,
}: {
  form: EventForm;
  field: EventField;
  dates: UnreadableDates;
}) {
  const { t } = useTranslation();
  const locale = localeOf(useLanguage().language);
  const values = form.getValues();
  const end: SeriesEnd =
    values.seriesEnd === 'until' ? { until: values.lastDate } : { count: Number(values.sessions || 0) };
  const ready = values.startsOn !== '' && (values.seriesEnd === 'count' || values.lastDate !== '');
  const planned = ready ? weeklyDates(values.startsOn, end) : undefined;

  return (
    <Stack gap="sm">
      <Checkbox
        label={t('events.form.recurring')}
        description={t('events.form.recurringDescription')}
        size="md"
        {...form.getInputProps('recurring', { type: 'checkbox' })}
      />
      {values.recurring ? (
        <Stack gap="sm" pl="xl">
          <Radio.Group label={t('events.form.seriesEnd')} size="md" {...form.getInputProps('seriesEnd')}>
            <Group gap="lg" mt={4}>
              <Radio value="until" label={t('events.form.seriesUntil')} size="md" />
              <Radio value="count" label={t('events.form.seriesCount')} size="md" />
            </Group>
          </Radio.Group>
          {values.seriesEnd === 'until' ? (
            <DateField
              label={t('events.form.lastDate')}
              withAsterisk
              size="md"
              maw={300}
              {...field('lastDate')}
              value={values.lastDate}
              onChange={(iso) => form.setFieldValue('lastDate', iso)}
              onParseError={(error) => dates.report('lastDate', error)}
            />
          ) : (
            <NumberInput
              label={t('events.form.sessions')}
              description={t('events.form.sessionsDescription', { max: MAX_SERIES_SESSIONS })}
              size="md"
              maw={220}
              min={1}
              max={MAX_SERIES_SESSIONS}
              allowDecimal={false}
              allowNegative={false}
              {...field('sessions')}
            />
          )}
          {planned?.ok ? (
            <Text aria-live="polite">
              {t('events.form.seriesPreview', {
                count: planned.dates.length,
                first: formatLongDate(planned.dates[0] ?? '', locale),
                last: formatLongDate(planned.dates.at(-1) ?? '', locale),
              })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
