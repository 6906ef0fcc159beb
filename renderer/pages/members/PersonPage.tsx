import { Anchor, Badge, Button, Group, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonDocument } from '@shared/members/person';
import { formatFrenchDate } from '@shared/dates/parse-date';
import { displayName, needsCompleting } from '@shared/members/person';
import { usePermission } from '@renderer/data/context';
import { usePerson, usePersonMemberships, useStatuses } from '@renderer/data/members/read';
import { HouseholdTab } from '@renderer/pages/members/HouseholdTab';
import { HistoryWithMerges } from '@renderer/pages/members/merge/HistoryWithMerges';
import { MissingPerson } from '@renderer/pages/members/MissingPerson';
import { FileTab } from '@renderer/pages/members/person/FileTab';
import { MembershipsTab } from '@renderer/pages/members/person/MembershipsTab';
import { PresenceTab } from '@renderer/pages/members/person/PresenceTab';
import { PersonDataExport } from '@renderer/pages/members/person/PersonDataExport';
import { PrintCardsButton } from '@renderer/pages/members/PrintCardsButton';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { PersonDonations } from '@renderer/pages/donations/PersonDonations';
import { useRouteId } from '@renderer/components/use-route-id';
import { asPersonId } from '@shared/ids';

export function PersonPage() {
  const { t } = useTranslation();
  const id = useRouteId(asPersonId);
  const person = usePerson(id);
  if (!person) return <MissingPerson id={id ?? ''} message={t('people.person.notFound')} />;
  return <PersonView person={person} />;
}

function PersonView({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const { statusOf } = useStatuses();
  const memberships = usePersonMemberships(person);
  const mayEdit = usePermission('people.update');
  const mayMerge = usePermission('people.merge');
  const mayErase = usePermission('people.erase').allowed && person.erasedOn === '';
  const erased = person.erasedOn !== '';
  const mayReadDonations = usePermission('donations.read').allowed;

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
            {needsCompleting(person) ? (
              <Badge color="yellow" variant="light">
                {t('people.list.filterToComplete')}
              </Badge>
            ) : null}
            {person.kind === 'organisation' ? (
              <Badge color="grape">{t('people.person.organisation')}</Badge>
            ) : null}
            {erased ? (
              <Badge color="gray">
                {t('erasure.erasedBadge', { date: formatFrenchDate(person.erasedOn) })}
              </Badge>
            ) : null}
          </Group>
        </Stack>
        <Group gap="sm">
          {person.memberNumber ? (
            <PrintCardsButton people={[person]} label={t('people.person.printCard')} />
          ) : null}
          {mayEdit.allowed && !erased ? (
            <Button component={Link} to={`/membres/${person.id}/modifier`}>
              {t('people.person.edit')}
            </Button>
          ) : null}
          {mayMerge.allowed && !erased ? (
            <Button variant="default" component={Link} to={`/membres/${person.id}/fusionner`}>
              {t('merge.open')}
            </Button>
          ) : null}
          <PersonDataExport person={person} />
          {mayErase ? (
            <Button color="red" variant="light" component={Link} to={`/membres/${person.id}/effacer`}>
              {t('erasure.open')}
            </Button>
          ) : null}
        </Group>
      </Group>
      <Tabs defaultValue="fiche" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="fiche">{t('people.person.tabs.file')}</Tabs.Tab>
          <Tabs.Tab value="adhesions">{t('people.person.tabs.memberships')}</Tabs.Tab>
          <Tabs.Tab value="foyer">{t('people.person.tabs.household')}</Tabs.Tab>
          {mayReadDonations ? <Tabs.Tab value="dons">{t('donations.person.tab')}</Tabs.Tab> : null}
          <Tabs.Tab value="presences">{t('closing.person.title')}</Tabs.Tab>
          <Tabs.Tab value="historique">{t('people.person.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="fiche" pt="md">
          <FileTab person={person} />
        </Tabs.Panel>
        <Tabs.Panel value="adhesions" pt="md">
          <MembershipsTab person={person} memberships={memberships} />
        </Tabs.Panel>
        <Tabs.Panel value="foyer" pt="md">
          <HouseholdTab person={person} />
        </Tabs.Panel>
        {mayReadDonations ? (
          <Tabs.Panel value="dons" pt="md">
            <PersonDonations person={person} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="presences" pt="md">
          <PresenceTab person={person} />
        </Tabs.Panel>
        <Tabs.Panel value="historique" pt="md">
          <HistoryWithMerges personId={person.id} otherIds={memberships.map((m) => m.id)} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
