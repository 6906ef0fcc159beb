import { useForm } from '@mantine/form';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import type { EventDocument } from '@shared/events/event';
import { issuesByPath } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { createEvent, createSeries, updateEvent, updateSessionsFrom } from '@renderer/data/events/write';
import type { EventFormValues } from '@renderer/pages/events/form/event-form-values';
import {
  initialEventValues,
  toEventInput,
  validateEventForm,
} from '@renderer/pages/events/form/event-form-values';

export type EventForm = UseFormReturnType<EventFormValues>;

/**
 * The date fields whose typed text cannot be read yet: such a field keeps its older value, so
 * saving waits until it is corrected. A ref: the field reports on blur, just before the click.
 */
function useUnreadableDates() {
  const unreadable = useRef(new Set<string>());
  return useMemo(
    () => ({
      report: (field: string, error: unknown) => {
        if (error) unreadable.current.add(field);
        else unreadable.current.delete(field);
      },
      any: () => unreadable.current.size > 0,
    }),
    [],
  );
}
export type UnreadableDates = ReturnType<typeof useUnreadableDates>;

/**
 * The event form: its state, and saving it — one event, a weekly series (one event per date,
 * one series id), or the changes to an existing event — then opening what was saved.
 */
export function useEventForm(
  existing: EventDocument | undefined,
  locale: string,
  /** A session of a series: this one only, or this one and the later ones. */
  scope: 'one' | 'following' = 'one',
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const dates = useUnreadableDates();
  const form: EventForm = useForm<EventFormValues>({
    initialValues: initialEventValues(existing, locale),
    validate: validateEventForm,
  });
  // Set once saved: the form is no longer dirty, so the unsaved-changes guard lets the page go
  // (it reads `dirty` from the last render), and the effect below leaves.
  const [savedId, setSavedId] = useState<string>();
  useEffect(() => {
    if (savedId) navigate(`/evenements/${savedId}`);
  }, [savedId, navigate]);

  const refuse = (errors: Record<string, unknown> = {}) => {
    notifications.show({ color: 'red', message: t('events.form.invalid') });
    // The keyboard goes to the first field to correct, in the order of the screen.
    const fields = [...document.querySelectorAll<HTMLElement>('form [data-path]')];
    fields.find((element) => (element.dataset.path ?? '') in errors)?.focus();
  };

  const save = form.onSubmit(async (values) => {
    if (dates.any()) return refuse();
    const { input, dates: sessions } = toEventInput(values);
    const saved = await run(
      async () => {
        if (existing && scope === 'following') return updateSessionsFrom(db, context, existing, input);
        if (existing) return [await updateEvent(db, context, existing.id, input)];
        if (values.recurring) return createSeries(db, context, input, sessions);
        return [await createEvent(db, context, input)];
      },
      {
        success: (events) =>
          existing
            ? events.length > 1
              ? t('events.form.sessionsSaved', { count: events.length })
              : t('events.form.saved')
            : events.length > 1
              ? t('events.form.seriesCreated', { count: events.length })
              : t('events.form.created'),
        failure: (message, error) => {
          if (!(error instanceof z.ZodError)) return message;
          form.setErrors(issuesByPath(error));
          return t('events.form.invalid');
        },
      },
    );
    const [first] = saved ?? [];
    if (first) setSavedId(first.id);
  }, refuse);

  const dirty = form.isDirty() && savedId === undefined;
  return { form, save, busy, dirty, dates };
}
