import { Fieldset, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useTranslatedField } from '@renderer/components/translated-field';
import type { PersonForm } from '@renderer/pages/members/person-form/use-person-form';
import type { PersonFormValues } from '@renderer/pages/members/person-form/person-form-values';

/** Who the file is about: a person or an organisation, names, birth date, e-mail, phone. */
export function IdentityFields({ form }: { form: PersonForm }) {
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
          {isOrganisation ? null : (
            <TextInput label={t('people.form.firstName')} data-autofocus {...field('firstName')} />
          )}
          <TextInput
            label={isOrganisation ? t('people.form.organisationName') : t('people.form.lastName')}
            withAsterisk
            {...field('lastName')}
          />
        </SimpleGrid>
        {isOrganisation ? null : (
          <DateInput
            label={t('people.form.birthDate')}
            valueFormat="DD/MM/YYYY"
            placeholder="JJ/MM/AAAA"
            value={form.values.birthDate || null}
            onChange={(value) => form.setFieldValue('birthDate', value ?? '')}
            error={field('birthDate').error}
            maxDate={new Date()}
            w={200}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('people.form.email')} type="email" {...field('email')} />
          <TextInput label={t('people.form.phone')} type="tel" {...field('phone')} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
