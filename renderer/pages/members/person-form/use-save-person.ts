import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import type { DuplicateMatch } from '@shared/members/duplicates';
import { findLikelyDuplicates } from '@shared/members/duplicates';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { useData, useDirectory, useWriteContext } from '@renderer/data/context';
import { issuesByPath } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { createPerson, knownMemberNumbers, updatePerson } from '@renderer/data/members/write';
import type { PersonForm } from '@renderer/pages/members/person-form/use-person-form';
import type { DateErrors } from '@renderer/pages/members/person-form/use-date-errors';
import type {
  PersonFormInput,
  PersonFormValues,
} from '@renderer/pages/members/person-form/person-form-values';
import { personInputBase, toPersonInput } from '@renderer/pages/members/person-form/person-form-values';
import { notify } from '@renderer/components/notices';
import { focusFirstInvalid } from '@renderer/components/focus-first-invalid';

export interface SavePersonOptions {
  customSchema: z.ZodType<PersonFormInput['customFields']>;
  /** What the typing started from: only what differs from it is written over the record. */
  base: PersonFormValues;
  dateErrors: DateErrors;
  clearDraft: () => Promise<void>;
  /** Told the saved person's id (see useLeaveAfterSave). */
  onSaved: (id: string) => void;
}

/**
 * Opening the saved file once the form is saved. `saved` turns true first: the form is no longer
 * dirty, so the unsaved-changes guard lets the page go (it reads `dirty` from the last render).
 */
export function useLeaveAfterSave() {
  const navigate = useNavigate();
  const [savedId, setSavedId] = useState<string>();
  // Runs after the render with `saved` is committed, the guard's own effects included.
  useEffect(() => {
    if (savedId) navigate(`/membres/${savedId}`);
  }, [savedId, navigate]);
  return { saved: savedId !== undefined, leave: setSavedId };
}

/**
 * Saving the person form. A new person who looks like someone already in the file is not created
 * until the secretary says so (`createAnyway`).
 */
export function useSavePerson(
  form: PersonForm,
  existing: PersonDocument | undefined,
  options: SavePersonOptions,
) {
  const { customSchema, base, dateErrors, clearDraft, onSaved } = options;
  const { t } = useTranslation();
  const { db, device } = useData();
  const context = useWriteContext();
  const directory = useDirectory();
  const { busy, run } = useWrite();
  const [duplicates, setDuplicates] = useState<DuplicateMatch<PersonDocument>[]>([]);
  const [confirmedDuplicate, setConfirmedDuplicate] = useState(false);

  const write = (input: PersonFormInput) =>
    existing
      ? updatePerson(db, context, existing.id, input, { base: personInputBase(base, customSchema) })
      : createPerson(db, context, input, {
          series: device.series,
          known: knownMemberNumbers(directory.people.values()),
        });

  const refuse = () => {
    notify('red', t('people.form.invalid'));
    // Its message in red may be far below (walked: a custom field made required since).
    focusFirstInvalid();
  };

  const save = form.onSubmit(async (values) => {
    // A date typed but unreadable keeps the older value meanwhile: saving would write that one.
    if (dateErrors.any()) {
      refuse();
      return;
    }
    if (!existing && !confirmedDuplicate) {
      const matches = findLikelyDuplicates({ ...values }, directory.people.values());
      if (matches.length > 0) {
        setDuplicates(matches);
        return;
      }
    }
    const saved = await run(() => write(toPersonInput(values, customSchema)), {
      success: (person) =>
        existing
          ? t('people.form.saved')
          : t('people.form.created', { name: displayName(person), number: person.memberNumber || '—' }),
      failure: (message, error) => {
        if (!(error instanceof z.ZodError)) return message;
        form.setErrors(issuesByPath(error));
        focusFirstInvalid();
        return t('people.form.invalid');
      },
    });
    if (!saved) return;
    onSaved(saved.id);
    void clearDraft();
  }, refuse);

  const createAnyway = () => {
    setConfirmedDuplicate(true);
    setDuplicates([]);
  };
  return { busy, save, duplicates, createAnyway };
}
