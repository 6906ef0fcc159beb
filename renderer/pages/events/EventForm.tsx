import { Alert, Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EventDocument } from '@shared/events/event';
import { useTranslatedField } from '@renderer/components/translated-field';
import { escapeLeaves } from '@renderer/components/unsaved/escape-leaves';
import { UnsavedChangesGuard } from '@renderer/components/unsaved/UnsavedChangesGuard';
import { useEvent } from '@renderer/data/events/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { AssemblyFields } from '@renderer/pages/events/form/AssemblyFields';
import { EntryFields } from '@renderer/pages/events/form/EntryFields';
import { useEventForm } from '@renderer/pages/events/form/use-event-form';
import { WhatFields } from '@renderer/pages/events/form/WhatFields';
import { WhenFields } from '@renderer/pages/events/form/WhenFields';
import { useRouteId } from '@renderer/components/use-route-id';
import { asEventId } from '@shared/ids';

/** Create (`/evenements/nouveau`) or edit (`/evenements/:id/modifier`) an event. */
export function EventForm() {
  const { t } = useTranslation();
  const id = useRouteId(asEventId);
  const { loading, event } = useEvent(id);
  if (id && loading) return null;
  if (id && !event) return <Alert color="orange">{t('events.page.missing')}</Alert>;
  return <EventFormBody key={id ?? 'new'} existing={event} />;
}

function EventFormBody({ existing }: { existing: EventDocument | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = localeOf(useLanguage().language);
  const [scope, setScope] = useState<'one' | 'following'>('one');
  const { form, save, busy, dirty, dates } = useEventForm(existing, locale, scope);
  const field = useTranslatedField(form);
  // With changes, the guard below asks « Abandonner les modifications ? » before leaving.
  const cancel = () => navigate(existing ? `/evenements/${existing.id}` : '/evenements');

  // Échap leaves (an open list closes first; a dialog of the form keeps its Échap).
  const onKeyDown = escapeLeaves(cancel);

  return (
    <form onSubmit={save} onKeyDown={onKeyDown} noValidate>
      <UnsavedChangesGuard dirty={dirty} />
      <Stack gap="lg" maw={860}>
        <Group justify="space-between">
          <Title order={1}>{existing ? t('events.form.editTitle') : t('events.form.createTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('events.form.shortcuts')}
          </Text>
        </Group>
        {existing?.seriesId ? (
          <Radio.Group
            label={t('events.form.seriesScope')}
            description={t('events.form.seriesScopeHint')}
            size="md"
            value={scope}
            onChange={(value) => setScope(value === 'following' ? 'following' : 'one')}
          >
            <Group mt="xs">
              <Radio value="one" label={t('events.form.thisSession')} size="md" />
              <Radio value="following" label={t('events.form.followingSessions')} size="md" />
            </Group>
          </Radio.Group>
        ) : null}
        <WhatFields field={field} />
        <WhenFields form={form} field={field} dates={dates} series={!existing} />
        <EntryFields form={form} field={field} locale={locale} />
        {form.getValues().kind === 'assembly' ? <AssemblyFields form={form} field={field} /> : null}
        <Textarea
          label={t('events.form.notes')}
          description={t('events.form.notesDescription')}
          size="md"
          autosize
          minRows={2}
          {...field('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" size="md" onClick={cancel}>
            {t('events.form.cancel')}
          </Button>
          <Button type="submit" size="md" loading={busy}>
            {t('events.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
