import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@shared/format/intl';
import type { MergePlan } from '@shared/members/merge-people';
import type { PersonDocument } from '@shared/members/person';
import { toCents } from '@shared/money/cents';
import { useDirectory } from '@renderer/data/context';
import { useSeasons } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';

/** What a merge changes besides the record itself: memberships, households, numbers, notes. */
export function MergeSummary({ plan, absorbed }: { plan: MergePlan; absorbed: PersonDocument }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const directory = useDirectory();
  const seasons = useSeasons();
  const locale = localeOf(language);
  const seasonLabel = (seasonId: string) => seasons.find((s) => s.id === seasonId)?.label ?? seasonId;
  const moved = plan.membershipUpdates
    .map((update) => directory.memberships.get(update.id))
    .filter((membership) => membership !== undefined);

  return (
    <>
      <Title order={2}>{t('merge.summary.title')}</Title>
      {plan.seasonsPaidTwice.length > 0 ? (
        <Alert color="orange">
          {t('merge.summary.paidTwice', { seasons: plan.seasonsPaidTwice.map(seasonLabel).join(', ') })}
        </Alert>
      ) : null}
      {moved.length === 0 ? (
        <Text>{t('merge.summary.noMemberships')}</Text>
      ) : (
        <Stack gap={4}>
          <Text>{t('merge.summary.memberships', { count: moved.length })}</Text>
          <Table withTableBorder striped aria-label={t('merge.summary.memberships', { count: moved.length })}>
            <Table.Tbody>
              {moved.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{seasonLabel(m.seasonId)}</Table.Td>
                  <Table.Td>{m.tariffLabel}</Table.Td>
                  <Table.Td>{formatMoney(toCents(m.amount), locale)}</Table.Td>
                  <Table.Td>{formatDate(m.paidOn, locale)}</Table.Td>
                  <Table.Td>
                    {m.cancelledOn
                      ? t('people.membership.cancelled', { date: formatDate(m.cancelledOn, locale) })
                      : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      <List size="sm">
        {plan.householdUpdates.map((update) => (
          <List.Item key={update.id}>
            {t('merge.summary.households', { name: directory.households.get(update.id)?.name ?? update.id })}
          </List.Item>
        ))}
        {absorbed.memberNumber && absorbed.memberNumber !== plan.survivor.memberNumber ? (
          <List.Item>{t('merge.summary.formerNumber', { number: absorbed.memberNumber })}</List.Item>
        ) : null}
        <List.Item>{t('merge.summary.notes')}</List.Item>
      </List>
    </>
  );
}
