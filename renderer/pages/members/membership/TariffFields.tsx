import { Alert, Select, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@shared/format/intl';
import type { HouseholdDocument } from '@shared/members/household';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import type { MembershipEntryState } from '@renderer/pages/members/membership/use-membership-entry';

/** Season and tariff of a fee; a family tariff says which household it covers. */
export function TariffFields({
  state,
  household,
  error,
}: {
  state: MembershipEntryState;
  household: HouseholdDocument | undefined;
  error: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const locale = localeOf(language);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('people.membership.season')}
          data={state.seasons.map((s) => ({ value: s.id, label: s.label }))}
          value={state.seasonId}
          onChange={state.pickSeason}
          allowDeselect={false}
          error={error('seasonId')}
        />
        <Select
          label={t('people.membership.tariff')}
          withAsterisk
          data={state.tariffs.map((candidate) => ({
            value: candidate.id,
            label: `${candidate.label} — ${formatMoney(candidate.amount, locale)}`,
          }))}
          value={state.tariffId}
          onChange={state.pickTariff}
          error={error('tariffId')}
        />
      </SimpleGrid>
      {state.entry.tariff?.scope === 'household' ? (
        household ? (
          <Text size="sm">{t('people.membership.family', { name: household.name })}</Text>
        ) : (
          <Alert color="orange">{t('people.membership.familyNeedsHousehold')}</Alert>
        )
      ) : null}
    </>
  );
}
