import { notifications } from '@mantine/notifications';
import { useState } from 'react';
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
import type { PersonFormInput } from '@renderer/pages/members/person-form/person-form-values';

/**
 * Saving the person form, then opening the saved file. A new person who looks like someone
 * already in the file is not created until the secretary says so (`createAnyway`).
 */
export function useSavePerson(
  form: PersonForm,
  existing: PersonDocument | undefined,
  customSchema: z.ZodType<PersonFormInput['customFields']>,
) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { db, device } = useData();
  const context = useWriteContext();
  const directory = useDirectory();
  const { busy, run } = useWrite();
  const [duplicates, setDuplicates] = useState<DuplicateMatch<PersonDocument>[]>([]);
  const [confirmedDuplicate, setConfirmedDuplicate] = useState(false);

  const write = (input: PersonFormInput) =>
    existing
      ? updatePerson(db, context, existing.id, input)
      : createPerson(db, context, input, {
          series: device.series,
          known: knownMemberNumbers(directory.people.values()),
        });

  const save = form.onSubmit(
    async (values) => {
      const input: PersonFormInput = { ...values, customFields: customSchema.parse(values.customFields) };
      if (!existing && !confirmedDuplicate) {
        const matches = findLikelyDuplicates({ ...values }, directory.people.values());
        if (matches.length > 0) {
          setDuplicates(matches);
          return;
        }
      }
      const saved = await run(() => write(input), {
        success: (person) =>
          existing
            ? t('people.form.saved')
            : t('people.form.created', { name: displayName(person), number: person.memberNumber || '—' }),
        failure: (message, error) => {
          if (!(error instanceof z.ZodError)) return message;
          form.setErrors(issuesByPath(error));
          return t('people.form.invalid');
        },
      });
      if (saved) navigate(`/membres/${saved.id}`);
    },
    () => notifications.show({ color: 'red', message: t('people.form.invalid') }),
  );

  const createAnyway = () => {
    setConfirmedDuplicate(true);
    setDuplicates([]);
  };
  return { busy, save, duplicates, createAnyway };
}
