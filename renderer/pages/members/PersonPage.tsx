import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatMoney } from '@shared/format/intl';
import { toCents } from '@shared/money/cents';
import type { PersonDocument } from '@shared/members/person';
import { CONSENT_KINDS, displayName } from '@shared/members/person';
import { useDirectory, usePermission } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';
import { localeOf } from '@renderer/i18n/i18n';
import { HouseholdTab } from '@renderer/pages/members/HouseholdTab';
import { MembershipForm } from '@renderer/pages/members/MembershipForm';
import { HistoryWithMerges, MergedIntoNotice } from '@renderer/pages/members/MergePeoplePage';
import { PrintCardsButton } from '@renderer/pages/members/PrintCardsButton';
import { StatusBadge } from '@renderer/pages/members/StatusBadge';
import { useStatuses } from '@renderer/data/members/read';
import { useLanguage } from '@renderer/i18n/language';
import { formatAddress } from '@shared/members/address';
import { coversPerson } from '@shared/members/status';

export function PersonPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const directory = useDirectory();
  const person = directory.people.get(id ?? '');
  if (!person) {
    return (
      <Stack gap="sm" maw={720}>
        <Alert color="orange">{t('people.person.notFound')}</Alert>
        <MergedIntoNotice id={id ?? ''} />
        <Anchor component={Link} to="/membres">
          {t('people.person.back')}
        </Anchor>
      </Stack>
    );
  }
  return <PersonView person={person} />;
}

function PersonView({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const directory = useDirectory();
  const { statusOf, seasons } = useStatuses();
  const mayEdit = usePermission('people.update');
  const mayTake = usePermission('memberships.create');
  const mayMerge = usePermission('people.merge');
  const locale = localeOf(language);
  const customFieldsSetting = useSetting('custom-fields');
  const definitions = customFieldsSetting.read.state === 'ok' ? customFieldsSetting.read.value.fields : [];
  const memberships = [...directory.memberships.values()]
    .filter((m) => coversPerson(m, person))
    .sort((a, b) => (a.paidOn < b.paidOn ? 1 : -1));
  const seasonLabel = (seasonId: string) => seasons.find((s) => s.id === seasonId)?.label ?? seasonId;
  const address = formatAddress(person.address);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/membres" size="sm">
        ← {t('people.person.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{displayName(person)}</Title>
          <Group gap="xs">
            <Badge variant="outline">{person.memberNumber || t('people.person.noNumber')}</Badge>
            <StatusBadge status={statusOf(person)} />
            {person.kind === 'organisation' ? (
              <Badge color="grape">{t('people.person.organisation')}</Badge>
            ) : null}
          </Group>
        </Stack>
        <Group gap="sm">
          {person.memberNumber ? (
            <PrintCardsButton people={[person]} label={t('people.person.printCard')} />
          ) : null}
          {mayEdit.allowed ? (
            <Button component={Link} to={`/membres/${person.id}/modifier`}>
              {t('people.person.edit')}
            </Button>
          ) : null}
          {mayMerge.allowed ? (
            <Button variant="default" component={Link} to={`/membres/${person.id}/fusionner`}>
              {t('merge.open')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Tabs defaultValue="fiche" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="fiche">{t('people.person.tabs.file')}</Tabs.Tab>
          <Tabs.Tab value="adhesions">{t('people.person.tabs.memberships')}</Tabs.Tab>
          <Tabs.Tab value="foyer">{t('people.person.tabs.household')}</Tabs.Tab>
          <Tabs.Tab value="historique">{t('people.person.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="fiche" pt="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} maw={960}>
            <Stack gap={4}>
              <Text fw={600}>{t('people.person.contact')}</Text>
              {person.birthDate ? (
                <Text>{t('people.person.born', { date: formatDate(person.birthDate, locale) })}</Text>
              ) : null}
              <Text>{person.email || t('people.person.none')}</Text>
              <Text>{person.phone || t('people.person.none')}</Text>
              <Text fw={600} mt="sm">
                {t('people.person.address')}
              </Text>
              <Text>{address || t('people.person.none')}</Text>
            </Stack>
            <Stack gap={4}>
              <Text fw={600}>{t('people.person.consents')}</Text>
              {CONSENT_KINDS.map((kind) => {
                const consent = person.consents[kind];
                return (
                  <Text key={kind}>
                    {t(`people.person.consent.${kind}`)} :{' '}
                    {consent.status === 'unknown'
                      ? t('people.person.consent.unknown')
                      : t(`people.person.consent.${consent.status}`, {
                          date: formatDate(consent.on, locale),
                        })}
                  </Text>
                );
              })}
              {person.notes ? (
                <>
                  <Text fw={600} mt="sm">
                    {t('people.person.notes')}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-line' }}>{person.notes}</Text>
                </>
              ) : null}
              {Object.keys(person.customFields).length > 0 ? (
                <>
                  <Text fw={600} mt="sm">
                    {t('people.person.customFields')}
                  </Text>
                  {Object.entries(person.customFields).map(([key, value]) => {
                    const definition = definitions.find((field) => field.id === key);
                    const shown =
                      typeof value === 'boolean'
                        ? t(value ? 'people.person.yes' : 'people.person.no')
                        : definition?.type === 'date' && typeof value === 'string'
                          ? formatDate(value, locale)
                          : String(value);
                    return (
                      <Text key={key}>
                        {definition?.label ?? key} : {shown}
                      </Text>
                    );
                  })}
                </>
              ) : null}
            </Stack>
          </SimpleGrid>
        </Tabs.Panel>
        <Tabs.Panel value="adhesions" pt="md">
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
        </Tabs.Panel>
        <Tabs.Panel value="foyer" pt="md">
          <HouseholdTab person={person} />
        </Tabs.Panel>
        <Tabs.Panel value="historique" pt="md">
          <HistoryWithMerges personId={person.id} otherIds={memberships.map((m) => m.id)} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
