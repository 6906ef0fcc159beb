import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@shared/format/intl';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { toCents } from '@shared/money/cents';
import { usePermission } from '@renderer/data/context';
import { useSeasons } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { MembershipForm } from '@renderer/pages/members/MembershipForm';

/** The « Adhésions » tab: the memberships covering the person, and the form to take one. */
export function MembershipsTab({
  person,
  memberships,
}: {
  person: PersonDocument;
  memberships: readonly MembershipDocument[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const seasons = useSeasons();
  const mayTake = usePermission('memberships.create');
  const locale = localeOf(language);
  const seasonLabel = (seasonId: string) => seasons.find((s) => s.id === seasonId)?.label ?? seasonId;
  return (
    <Stack gap="md" maw={960}>
      {memberships.length === 0 ? (
        <Text c="dimmed">{t('people.membership.none')}</Text>
      ) : (
        <Table withTableBorder striped aria-label={t('people.person.tabs.memberships')}>
          <Table.Tbody>
            {memberships.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{seasonLabel(m.seasonId)}</Table.Td>
                <Table.Td>
                  {m.tariffLabel}
                  {m.holderKind === 'household' ? ` (${t('people.membership.viaHousehold')})` : ''}
                </Table.Td>
                <Table.Td>{formatMoney(toCents(m.amount), locale)}</Table.Td>
                <Table.Td>
                  {t(`people.membership.methods.${m.paymentMethod}`)}
                  {m.chequeNumber ? ` n° ${m.chequeNumber}` : ''}
                </Table.Td>
                <Table.Td>{formatDate(m.paidOn, locale)}</Table.Td>
                <Table.Td>
                  {m.cancelledOn
                    ? t('people.membership.cancelled', { date: formatDate(m.cancelledOn, locale) })
                    : ''}
                  {m.taxReceiptAllowed ? t('people.membership.receipt') : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {mayTake.allowed ? <MembershipForm person={person} /> : null}
    </Stack>
  );
}
