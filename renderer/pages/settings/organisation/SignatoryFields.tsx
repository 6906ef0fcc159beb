import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationFormApi } from '@renderer/pages/settings/organisation/form-values';
import { useOrganisationField } from '@renderer/pages/settings/organisation/use-organisation-field';

/** Who signs the receipts, and in what capacity. */
export function SignatoryFields({ form }: { form: OrganisationFormApi }) {
  const { t } = useTranslation();
  const field = useOrganisationField(form);
  return (
    <Fieldset legend={t('organisation.sections.signatory')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('organisation.fields.signatoryName')} withAsterisk {...field('signatoryName')} />
        <TextInput
          label={t('organisation.fields.signatoryTitle')}
          placeholder={t('organisation.fields.signatoryTitlePlaceholder')}
          withAsterisk
          {...field('signatoryTitle')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
