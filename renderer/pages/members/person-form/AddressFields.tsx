import { Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonFormField } from '@renderer/pages/members/person-form/use-person-form';

/** Where the person lives (a household member without one is written to at the household's). */
export function AddressFields({ field }: { field: PersonFormField }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('people.person.address')}>
      <Stack gap="sm">
        <TextInput label={t('people.form.line1')} {...field('address.line1')} />
        <TextInput label={t('people.form.line2')} {...field('address.line2')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('people.form.postalCode')} {...field('address.postalCode')} />
          <TextInput label={t('people.form.city')} {...field('address.city')} />
          <TextInput label={t('people.form.country')} {...field('address.country')} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
