import { useForm } from '@mantine/form';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import type { DonationDocument } from '@shared/donations/donation';
import { issuesByPath } from '@renderer/components/translate-error';
import { notify } from '@renderer/components/notices';
import { useWrite } from '@renderer/components/use-write';
import { useData, useWriteContext } from '@renderer/data/context';
import { correctDonation, recordDonation } from '@renderer/data/donations/write';
import type { DonationFormValues } from '@renderer/pages/donations/form/donation-form-values';
import {
  initialDonationValues,
  toDonationInput,
  validateDonationForm,
} from '@renderer/pages/donations/form/donation-form-values';

/**
 * Whether the date's typed text cannot be read: the field keeps its older value meanwhile, so
 * saving waits. A ref: the field reports on blur, just before the click on « Enregistrer ».
 */
function useUnreadableDate() {
  const unreadable = useRef(false);
  return useMemo(
    () => ({
      report: (error: unknown) => {
        unreadable.current = Boolean(error);
      },
      any: () => unreadable.current,
    }),
    [],
  );
}

export type DonationFormState = UseFormReturnType<DonationFormValues>;

/**
 * The donation form: its state, and saving it — a new donation, or the corrections of a recorded
 * one — then back to where the treasurer came from (the person's page, or the list).
 */
export function useDonationForm(
  existing: DonationDocument | undefined,
  locale: string,
  donorId: string,
  backTo: string,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { db } = useData();
  const context = useWriteContext();
  const { busy, run } = useWrite();
  const unreadableDate = useUnreadableDate();
  const form = useForm<DonationFormValues>({
    initialValues: initialDonationValues(existing, locale, donorId),
    validate: validateDonationForm,
  });
  // Once saved the form is no longer dirty: the unsaved-changes guard lets the page go.
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (saved) navigate(backTo);
  }, [saved, navigate, backTo]);

  const refuse = (errors: Record<string, unknown> = {}) => {
    notify('red', t('donations.form.invalid'));
    const fields = [...document.querySelectorAll<HTMLElement>('form [data-path]')];
    fields.find((element) => (element.dataset.path ?? '') in errors)?.focus();
  };

  const save = form.onSubmit(async (values) => {
    if (unreadableDate.any()) return refuse({ receivedOn: true });
    const { input } = toDonationInput(values);
    const done = await run(
      () =>
        existing ? correctDonation(db, context, existing.id, input) : recordDonation(db, context, input),
      {
        success: () => (existing ? t('donations.form.corrected') : t('donations.form.recorded')),
        failure: (message, error) => {
          if (!(error instanceof z.ZodError)) return message;
          form.setErrors(issuesByPath(error));
          return t('donations.form.invalid');
        },
      },
    );
    if (done) setSaved(true);
  }, refuse);

  const reportDate = unreadableDate.report;
  const dirty = form.isDirty() && !saved;
  return { form, save, busy, dirty, reportDate };
}
