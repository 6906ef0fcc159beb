import { Checkbox, Fieldset, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition } from '@shared/members/custom-fields';
import { useTranslatedField } from '@renderer/components/translated-field';
import type { PersonForm } from '@renderer/pages/members/person-form/use-person-form';
import { PersonDateField } from '@renderer/pages/members/person-form/PersonDateField';
import type { DateErrors } from '@renderer/pages/members/person-form/use-date-errors';

/** The association's own fields (Paramètres → Champs), each with the input of its type. */
export function CustomFieldInputs({
  form,
  definitions,
  dateErrors,
}: {
  form: PersonForm;
  definitions: readonly CustomFieldDefinition[];
  dateErrors: DateErrors;
}) {
  const { t } = useTranslation();
  if (definitions.length === 0) return null;
  return (
    <Fieldset legend={t('people.person.customFields')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {definitions.map((definition) => (
          <CustomFieldInput key={definition.id} form={form} definition={definition} dateErrors={dateErrors} />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}

function CustomFieldInput({
  form,
  definition,
  dateErrors,
}: {
  form: PersonForm;
  definition: CustomFieldDefinition;
  dateErrors: DateErrors;
}) {
  const field = useTranslatedField(form);
  const value = form.values.customFields[definition.id];
  const set = (next: string | number | boolean | undefined) =>
    form.setFieldValue('customFields', { ...form.values.customFields, [definition.id]: next ?? '' });
  const common = {
    label: definition.label,
    withAsterisk: definition.required,
    error: field(`customFields.${definition.id}`).error,
  };
  switch (definition.type) {
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => set(typeof next === 'number' ? next : '')}
        />
      );
    case 'date':
      return (
        <PersonDateField
          {...common}
          name={`customFields.${definition.id}`}
          dateErrors={dateErrors}
          value={typeof value === 'string' ? value : ''}
          onChange={set}
        />
      );
    case 'boolean':
      return (
        <Checkbox
          label={common.label}
          error={common.error}
          checked={value === true}
          onChange={(event) => set(event.currentTarget.checked)}
        />
      );
    case 'choice':
      return (
        <Select
          {...common}
          data={definition.choices}
          value={typeof value === 'string' && value ? value : null}
          onChange={(next) => set(next ?? '')}
          clearable
          allowDeselect
        />
      );
    default:
      return (
        <TextInput
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => set(event.currentTarget.value)}
        />
      );
  }
}
