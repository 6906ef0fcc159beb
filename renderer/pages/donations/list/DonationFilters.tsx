import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DonationFilter } from '@renderer/pages/donations/list/donation-filters';
import { NO_CAMPAIGN } from '@renderer/pages/donations/list/donation-filters';

/** Donor (part of a name), campaign and year: the lists « par donateur, par campagne, par année ». */
export function DonationFilters({
  filter,
  onChange,
  years,
  campaigns,
}: {
  filter: DonationFilter;
  onChange: (filter: DonationFilter) => void;
  years: string[];
  campaigns: string[];
}) {
  const { t } = useTranslation();
  const set = (change: Partial<DonationFilter>) => onChange({ ...filter, ...change });
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={t('donations.list.filterDonor')}
        type="search"
        size="md"
        value={filter.donor}
        onChange={(event) => set({ donor: event.currentTarget.value })}
      />
      <Select
        label={t('donations.list.filterCampaign')}
        size="md"
        clearable
        allowDeselect
        placeholder={t('donations.list.all')}
        data={[
          ...campaigns.map((campaign) => ({ value: campaign, label: campaign })),
          { value: NO_CAMPAIGN, label: t('donations.list.noCampaign') },
        ]}
        value={filter.campaign || null}
        onChange={(value) => set({ campaign: value ?? '' })}
      />
      <Select
        label={t('donations.list.filterYear')}
        size="md"
        clearable
        allowDeselect
        placeholder={t('donations.list.all')}
        data={years}
        value={filter.year || null}
        onChange={(value) => set({ year: value ?? '' })}
      />
    </Group>
  );
}
