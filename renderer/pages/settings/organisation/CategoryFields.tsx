import { Fieldset, Select, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_CATEGORIES } from '@shared/schema/organisation';
import { translateError } from '@renderer/components/translate-error';
import { useLanguage } from '@renderer/i18n/language';
import type { OrganisationFormApi } from '@renderer/pages/settings/organisation/form-values';
import { useOrganisationField } from '@renderer/pages/settings/organisation/use-organisation-field';

/** The Cerfa category, with what some of them ask for: a wording, or the decree's date. */
export function CategoryFields({ form }: { form: OrganisationFormApi }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const field = useOrganisationField(form);
  return (
    <Fieldset legend={t('organisation.sections.category')}>
      <Stack gap="sm">
        <Select
          label={t('organisation.fields.category')}
          placeholder={t('organisation.fields.categoryPlaceholder')}
          withAsterisk
          data={ORGANISATION_CATEGORIES.map((value) => ({
            value,
            label: t(`organisation.categories.${value}`),
          }))}
          allowDeselect={false}
          {...field('category')}
        />
        {form.values.category === 'autre' ? (
          <TextInput
            label={t('organisation.fields.categoryOther')}
            withAsterisk
            {...field('categoryOther')}
          />
        ) : null}
        {form.values.category === 'rup' ? (
          <DateInput
            label={t('organisation.fields.rupDecreeDate')}
            withAsterisk
            valueFormat="DD/MM/YYYY"
            placeholder="JJ/MM/AAAA"
            locale={language}
            value={form.values.rupDecreeDate || null}
            onChange={(value) => form.setFieldValue('rupDecreeDate', value ?? '')}
            error={form.errors.rupDecreeDate ? translateError(t, form.errors.rupDecreeDate) : undefined}
            data-path="rupDecreeDate"
          />
        ) : null}
      </Stack>
    </Fieldset>
  );
}
