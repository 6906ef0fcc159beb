import { useForm } from '@mantine/form';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import type { CustomFieldDefinition } from '@shared/members/custom-fields';
import { customFieldValuesSchema } from '@shared/members/custom-fields';
import type { HouseholdDocument } from '@shared/members/household';
import type { PersonDocument } from '@shared/members/person';
import { personDocumentSchema } from '@shared/members/person';
import { documentResolver } from '@renderer/components/document-resolver';
import { useDirectory } from '@renderer/data/context';
import type { PersonFormValues } from '@renderer/pages/members/person-form/person-form-values';
import { initialPersonValues } from '@renderer/pages/members/person-form/person-form-values';

export type PersonForm = UseFormReturnType<PersonFormValues>;
/** A field's input props with its error in words (useTranslatedField). */
export type PersonFormField = (path: string) => ReturnType<PersonForm['getInputProps']>;

/**
 * The person form's state, checked by the person schema and by the association's custom fields.
 * `customSchema` reads the custom field values as they are written; `initial` is what the form
 * was opened with (the saved record, or a new member's start).
 */
export function usePersonForm(
  existing: PersonDocument | undefined,
  household: HouseholdDocument | undefined,
  definitions: readonly CustomFieldDefinition[],
) {
  const directory = useDirectory();
  const initial = useMemo(
    () => initialPersonValues(existing, household, directory.people),
    // Computed once per form: later directory changes must not reset what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const customSchema = useMemo(() => customFieldValuesSchema(definitions), [definitions]);
  const form: PersonForm = useForm<PersonFormValues>({
    initialValues: initial,
    validate: documentResolver<PersonFormValues>(personDocumentSchema, (values) => {
      const result = customSchema.safeParse(values.customFields);
      if (result.success) return {};
      return Object.fromEntries(
        result.error.issues.map((i) => [['customFields', ...i.path].join('.'), i.message]),
      );
    }),
  });
  return { form, customSchema, initial };
}
