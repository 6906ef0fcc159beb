import { Fieldset, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTranslatedField } from '@renderer/components/translated-field';
import type { PersonForm } from '@renderer/pages/members/person-form/use-person-form';
import type { PersonFormValues } from '@renderer/pages/members/person-form/person-form-values';
import { EmailField } from '@renderer/pages/members/person-form/EmailField';
import { PersonDateField } from '@renderer/pages/members/person-form/PersonDateField';
import type { DateErrors } from '@renderer/pages/members/person-form/use-date-errors';
import { CompanyFields } from '@renderer/pages/members/person-form/CompanyFields';

/** The schema's floor for a birth date, said by the field itself as soon as it is left. */
const EARLIEST_BIRTH_DATE = '1900-01-01';

/** Who the file is about: a person or an organisation, names, birth date, e-mail, phone. */
export function IdentityFields({ form, dateErrors }: { form: PersonForm; dateErrors: DateErrors }) {
  const { t } = useTranslation();
  const field = useTranslatedField(form);
  const isOrganisation = form.values.kind === 'organisation';
  return (
    <Fieldset legend={t('people.person.tabs.file')}>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('people.form.kind')}
          value={form.values.kind}
          onChange={(kind) => form.setFieldValue('kind', kind as PersonFormValues['kind'])}
          data={[
            { value: 'person', label: t('people.form.kindPerson') },
            { value: 'organisation', label: t('people.form.kindOrganisation') },
          ]}
        />
        <SimpleGrid cols={{ base: 1, sm: isOrganisation ? 1 : 2 }}>
          {/* The first name is where typing starts (Alt+N from the list lands here). */}
          {isOrganisation ? null : (
            <TextInput label={t('people.form.firstName')} autoFocus {...field('firstName')} />
          )}
          <TextInput
            label={isOrganisation ? t('people.form.organisationName') : t('people.form.lastName')}
            withAsterisk
            autoFocus={isOrganisation}
            {...field('lastName')}
          />
        </SimpleGrid>
        {isOrganisation ? <CompanyFields form={form} /> : null}
        {isOrganisation ? null : (
          <PersonDateField
            name="birthDate"
            dateErrors={dateErrors}
            label={t('people.form.birthDate')}
            pivot="past"
            min={EARLIEST_BIRTH_DATE}
            value={form.values.birthDate}
            onChange={(iso) => form.setFieldValue('birthDate', iso)}
            error={field('birthDate').error}
            w={200}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <EmailField form={form} />
          <TextInput label={t('people.form.phone')} type="tel" {...field('phone')} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
