import { Anchor, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdDocument } from '@shared/members/household';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { useData, usePermission, useWriteContext } from '@renderer/data/context';
import { useHousehold, useHouseholdMembers } from '@renderer/data/members/read';
import { createHousehold, updatePerson } from '@renderer/data/members/write';
import { useWrite } from '@renderer/components/use-write';
import { UnsavedChangesGuard } from '@renderer/components/unsaved/UnsavedChangesGuard';

export function HouseholdTab({ person }: { person: PersonDocument }) {
  const household = useHousehold(person.householdId);
  return household ? (
    <HouseholdMembers person={person} household={household} />
  ) : (
    <NoHousehold person={person} />
  );
}

function NoHousehold({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const mayEdit = usePermission('people.update');
  const { busy, run } = useWrite();
  const proposed = t('personForm.householdName', { name: person.lastName });
  const [name, setName] = useState(proposed);

  const create = () =>
    run(
      () => createHousehold(db, context, { name, address: person.address, payerId: person.id }, [person.id]),
      { success: () => t('people.household.created') },
    );

  return (
    <Stack gap="sm" maw={520}>
      {/* A household name typed but not created yet is not lost by leaving the page unawares. */}
      <UnsavedChangesGuard dirty={name !== proposed && !busy} />
      <Text>{t('people.household.none')}</Text>
      {mayEdit.allowed ? (
        <Group align="flex-end">
          <TextInput
            label={t('people.household.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button onClick={create} loading={busy}>
            {t('people.household.create')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function HouseholdMembers({ person, household }: { person: PersonDocument; household: HouseholdDocument }) {
  const { t } = useTranslation();
  const { db } = useData();
  const context = useWriteContext();
  const mayEdit = usePermission('people.update');
  const { busy, run } = useWrite();
  const members = useHouseholdMembers(household.id);

  const leave = () =>
    run(() => updatePerson(db, context, person.id, { householdId: '' }), {
      success: () => t('people.household.left'),
    });

  return (
    <Stack gap="sm" maw={640}>
      <Text fw={600}>{household.name}</Text>
      <Text size="sm" c="dimmed">
        {[household.address.line1, household.address.postalCode, household.address.city]
          .filter(Boolean)
          .join(' ')}
      </Text>
      <Text fw={500}>{t('people.household.members')}</Text>
      <List>
        {members.map((member) => (
          <List.Item key={member.id}>
            <Anchor component={Link} to={`/membres/${member.id}`}>
              {displayName(member)}
            </Anchor>{' '}
            {member.memberNumber} {member.id === household.payerId ? `· ${t('people.household.payer')}` : ''}
          </List.Item>
        ))}
      </List>
      {mayEdit.allowed ? (
        <Group>
          <Button
            component={Link}
            to={`/membres/nouveau?foyer=${household.id}`}
            title={t('people.household.addMemberHint')}
          >
            {t('people.household.addMember')}
          </Button>
          <Button variant="default" onClick={leave} loading={busy}>
            {t('people.household.leave')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
