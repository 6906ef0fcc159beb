import { Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS } from '@shared/events/event';
import type { EventForm } from '@renderer/pages/events/form/use-event-form';

export type EventField = (path: string) => ReturnType<EventForm['getInputProps']>;

/** What the event is: its kind, its title, where, and what to tell people. */
export function WhatFields({ field }: { field: EventField }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('events.form.what')}
      </Title>
      <Select
        label={t('events.form.kind')}
        size="md"
        maw={360}
        allowDeselect={false}
        data={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kinds.${kind}`) }))}
        {...field('kind')}
      />
      <TextInput label={t('events.form.title')} withAsterisk size="md" autoFocus {...field('title')} />
      <TextInput label={t('events.form.location')} size="md" {...field('location')} />
      <Textarea
        label={t('events.form.description')}
        size="md"
        autosize
        minRows={2}
        {...field('description')}
      />
    </Stack>
  );
}
