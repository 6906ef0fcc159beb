import { Autocomplete, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMMON_LEGAL_FORMS, LEGAL_FORM_MAX_LENGTH } from '@shared/members/person';
import { useTranslatedField } from '@renderer/components/translated-field';
import type { PersonForm } from '@renderer/pages/members/person-form/use-person-form';
import { foldedOptionsFilter } from '@renderer/components/folded-options-filter';

/** An organisation's forme juridique and SIREN: what a Cerfa 16216 receipt prints about a company donor. */
export function CompanyFields({ form }: { form: PersonForm }) {
  const { t } = useTranslation();
  const field = useTranslatedField(form);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Autocomplete
        label={t('people.form.legalForm')}
        description={t('people.form.legalFormDescription')}
        data={[...COMMON_LEGAL_FORMS]}
        filter={foldedOptionsFilter}
        maxLength={LEGAL_FORM_MAX_LENGTH}
        {...field('legalForm')}
      />
      <TextInput
        label={t('people.form.siren')}
        description={t('people.form.sirenDescription')}
        inputMode="numeric"
        maxLength={11}
        {...field('siren')}
      />
    </SimpleGrid>
  );
}
