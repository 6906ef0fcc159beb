import { Anchor, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import {
  useCurrentUser,
  useData,
  useDirectory,
  usePermission,
  useWriteContext,
} from '@renderer/data/context';
import { describeWriteError } from '@renderer/components/translate-error';
import { createHousehold, updatePerson } from '@renderer/data/members/write';

export function HouseholdTab({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const mayEdit = usePermission('people.update');
  const directory = useDirectory();
  const household = directory.households.get(person.householdId);
  const [name, setName] = useState(`Famille ${person.lastName}`);

  const run = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
      notifications.show({ color: 'green', message });
    } catch (error) {
      notifications.show({ color: 'red', message: describeWriteError(t, user.role, error) });
    }
  };

  if (!household) {
    return (
      <Stack gap="sm" maw={520}>
        <Text>{t('people.household.none')}</Text>
        {mayEdit.allowed ? (
          <Group align="flex-end">
            <TextInput
              label={t('people.household.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Button
              onClick={() =>
                run(
                  () =>
                    createHousehold(db, context, { name, address: person.address, payerId: person.id }, [
                      person.id,
                    ]),
                  t('people.household.created'),
                )
              }
            >
              {t('people.household.create')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  }

  const members = [...directory.people.values()].filter((p) => p.householdId === household.id);
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
          <Button
            variant="default"
            onClick={() =>
              run(() => updatePerson(db, context, person.id, { householdId: '' }), t('people.household.left'))
            }
          >
            {t('people.household.leave')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
