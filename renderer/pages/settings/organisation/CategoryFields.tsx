import { Fieldset, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_CATEGORIES } from '@shared/schema/organisation';
import { DateField } from '@renderer/components/DateField';
import { translateError } from '@renderer/components/translate-error';
import type { OrganisationFormApi } from '@renderer/pages/settings/organisation/form-values';
import type { DateTyping } from '@renderer/pages/settings/organisation/use-date-typing';
import { useOrganisationField } from '@renderer/pages/settings/organisation/use-organisation-field';

/** The Cerfa category, with what some of them ask for: a wording, or the decree's date. */
export function CategoryFields({ form, date }: { form: OrganisationFormApi; date: DateTyping }) {
  const { t } = useTranslation();
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
          <DateField
            label={t('organisation.fields.rupDecreeDate')}
            withAsterisk
            // A decree already published: a two-digit year is a past one, and no date after today.
            pivot="past"
            value={form.values.rupDecreeDate}
            onChange={(iso) => form.setFieldValue('rupDecreeDate', iso)}
            onInput={date.onInput}
            onParseError={date.onParseError}
            error={form.errors.rupDecreeDate ? translateError(t, form.errors.rupDecreeDate) : undefined}
            data-path="rupDecreeDate"
          />
        ) : null}
      </Stack>
    </Fieldset>
  );
}
