import { Autocomplete, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DonationForm, DonationNature } from '@shared/donations/donation';
import { DONATION_FORMS, DONATION_NATURES, NATURES_IN_KIND } from '@shared/donations/donation';
import type { useTranslatedField } from '@renderer/components/translated-field';
import type { DonationFormState } from '@renderer/pages/donations/form/use-donation-form';
import { foldedOptionsFilter } from '@renderer/components/folded-options-filter';

/**
 * What was given, as the Cerfa's boxes say it (form and nature; a gift in kind described and
 * valued), the campaign it answers (suggested from those already typed), and notes.
 */
export function GiftSection({
  form,
  field,
  campaigns,
  locked,
}: {
  form: DonationFormState;
  field: ReturnType<typeof useTranslatedField<DonationFormState['values']>>;
  campaigns: readonly string[];
  locked: boolean;
}) {
  const { t } = useTranslation();
  const inKind = NATURES_IN_KIND.includes(form.getValues().nature);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('donations.form.form')}
          size="md"
          allowDeselect={false}
          disabled={locked}
          data={DONATION_FORMS.map((value) => ({ value, label: t(`donations.forms.${value}`) }))}
          {...field('form')}
          onChange={(value) => value && form.setFieldValue('form', value as DonationForm)}
        />
        <Select
          label={t('donations.form.nature')}
          size="md"
          allowDeselect={false}
          disabled={locked}
          data={DONATION_NATURES.map((value) => ({ value, label: t(`donations.natures.${value}`) }))}
          {...field('nature')}
          onChange={(value) => value && form.setFieldValue('nature', value as DonationNature)}
        />
      </SimpleGrid>
      {inKind ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('donations.form.natureDescription')}
            description={t('donations.form.natureDescriptionHint')}
            size="md"
            disabled={locked}
            {...field('natureDescription')}
          />
          <TextInput
            label={t('donations.form.valuation')}
            description={t('donations.form.valuationHint')}
            size="md"
            disabled={locked}
            {...field('valuation')}
          />
        </SimpleGrid>
      ) : null}
      <Autocomplete
        label={t('donations.form.campaign')}
        description={t('donations.form.campaignHint')}
        size="md"
        disabled={locked}
        data={[...campaigns]}
        filter={foldedOptionsFilter}
        {...field('campaign')}
      />
      <Textarea
        label={t('donations.form.notes')}
        size="md"
        autosize
        minRows={2}
        disabled={locked}
        {...field('notes')}
      />
    </>
  );
}
