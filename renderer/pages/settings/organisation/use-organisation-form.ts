import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { OrganisationInput } from '@shared/schema/organisation';
import { organisationSchema } from '@shared/schema/organisation';
import { useData, usePermission, useWriteContext } from '@renderer/data/context';
import { saveSetting } from '@renderer/data/settings/write';
import { useSetting } from '@renderer/data/settings/read';
import { issuesByPath } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import type { OrganisationValues } from '@renderer/pages/settings/organisation/form-values';
import { EMPTY, toFormValues } from '@renderer/pages/settings/organisation/form-values';
import { useDateTyping } from '@renderer/pages/settings/organisation/use-date-typing';
import { useKeptDraft } from '@renderer/components/unsaved/use-kept-draft';
import { notify } from '@renderer/components/notices';
import { useEnrolment } from '@renderer/sync/use-sync';
import { focusFirstInvalid } from '@renderer/components/focus-first-invalid';

/** The association's identity as a form: filled from the database, saved back with Ctrl+S too. */
export function useOrganisationForm() {
  const { t } = useTranslation();
  const { db } = useData();
  const writeContext = useWriteContext();
  const mayEdit = usePermission('settings.manage');
  const stored = useSetting('organisation');
  const enrolment = useEnrolment();
  const { busy, run } = useWrite();
  const loadedFrom = useRef<string | null>(null);
  // Filled from the database once: a draft kept from before a lock then goes over it.
  const [filled, setFilled] = useState(false);

  const date = useDateTyping();
  const schemaErrors = zod4Resolver(organisationSchema);
  const form = useForm<OrganisationValues>({
    initialValues: EMPTY,
    validate: (values) => {
      const errors = schemaErrors(values);
      const unreadable = values.category === 'rup' ? date.unreadable.current : null;
      return unreadable ? { ...errors, rupDecreeDate: unreadable } : errors;
    },
    validateInputOnBlur: true,
  });
  /** Stored values become the baseline: « Annuler les modifications » goes back to them. */
  const load = (values: OrganisationValues) => {
    form.setInitialValues(values);
    form.setValues(values);
    form.resetDirty(values);
  };

  // Fill the form from the database once per stored version, unless the user is typing.
  const storedStamp = stored.read.state === 'ok' ? stored.read.updatedAt : stored.read.state;
  useEffect(() => {
    if (stored.loading || loadedFrom.current === storedStamp || form.isDirty()) return;
    loadedFrom.current = storedStamp;
    setFilled(true);
    if (stored.read.state === 'missing') {
      // Not filled in yet on a device that joined a server: the name the server knows it by is
      // the one to start from (walked: the first PC of a new server found the name empty).
      if (enrolment?.orgName) load({ ...EMPTY, name: enrolment.orgName });
      return;
    }
    load(toFormValues(stored.read.state === 'ok' ? stored.read.value : stored.read.raw));
    if (stored.read.state === 'invalid') form.validate();
    // `form` is a new object each render; the stamp is what matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored.loading, storedStamp]);

  const save = form.onSubmit(
    async (values) => {
      const saved = await run(
        () => saveSetting(db, writeContext, 'organisation', values as OrganisationInput),
        {
          success: () => t('organisation.saved'),
          failure: (message, error) => {
            if (!(error instanceof z.ZodError)) return t('organisation.saveFailed', { message });
            form.setErrors(issuesByPath(error));
            return t('organisation.invalid');
          },
        },
      );
      if (saved) {
        load(toFormValues(saved));
        void draft.clear();
      }
    },
    () => {
      notify('red', t('organisation.invalid'));
      // The first field to correct in the order of the screen (walked: a decree date typed wrong
      // above the signatory came last among the errors, and the keyboard went below it).
      focusFirstInvalid();
    },
  );

  // Ctrl+S (⌘S) saves from anywhere in the page, fields included. A date is read when its field
  // loses the focus: the field in use gives it up for an instant, so what it shows is saved.
  const saveNow = () => {
    const field = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    field?.blur();
    field?.focus();
    save();
  };
  useHotkeys([['mod+S', () => mayEdit.allowed && saveNow()]], []);

  // Typing not saved when the PC locks comes back to the same user, over the stored identity.
  const draft = useKeptDraft('organisation', {
    values: form.values,
    initial: form.getInitialValues(),
    dirty: form.isDirty(),
    apply: (values) => form.setValues(values),
    ready: filled,
  });

  return { form, save, saving: busy, stored: stored.read, mayEdit, date, draft };
}
