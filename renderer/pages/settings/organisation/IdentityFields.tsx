import { Fieldset, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationFormApi } from '@renderer/pages/settings/organisation/form-values';
import { useOrganisationField } from '@renderer/pages/settings/organisation/use-organisation-field';

/**
 * Who the association is, as a tax receipt names it: name, RNA and SIREN numbers, object (as the
 * statutes word it) and registered office.
 */
export function IdentityFields({ form }: { form: OrganisationFormApi }) {
  const { t } = useTranslation();
  const field = useOrganisationField(form);
  return (
    <>
      <Fieldset legend={t('organisation.sections.identity')}>
        <Stack gap="sm">
          <TextInput label={t('organisation.fields.name')} withAsterisk data-autofocus {...field('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('organisation.fields.rna')}
              description={t('organisation.fields.rnaDescription')}
              {...field('rna')}
            />
            <TextInput
              label={t('organisation.fields.siren')}
              description={t('organisation.fields.sirenDescription')}
              inputMode="numeric"
              {...field('siren')}
            />
          </SimpleGrid>
          <Textarea
            label={t('organisation.fields.object')}
            description={t('organisation.fields.objectDescription')}
            withAsterisk
            autosize
            minRows={2}
            {...field('object')}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('organisation.sections.address')}>
        <Stack gap="sm">
          <TextInput label={t('organisation.fields.line1')} withAsterisk {...field('address.line1')} />
          <TextInput label={t('organisation.fields.line2')} {...field('address.line2')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('organisation.fields.postalCode')}
              withAsterisk
              inputMode="numeric"
              maxLength={5}
              {...field('address.postalCode')}
            />
            <TextInput
              label={t('organisation.fields.city')}
              withAsterisk
              {...field('address.city')}
              style={{ gridColumn: 'span 2' }}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
    </>
  );
}
