import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { readMembershipEntry } from '@shared/members/membership-entry';
import type { PersonDocument } from '@shared/members/person';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { issuesByPath, translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';
import { useHousehold } from '@renderer/data/members/read';
import { takeMembership } from '@renderer/data/members/write';
import { PaymentFields } from '@renderer/pages/members/membership/PaymentFields';
import { TariffFields } from '@renderer/pages/members/membership/TariffFields';
import { useMembershipEntry } from '@renderer/pages/members/membership/use-membership-entry';

/** Take a fee for a person, or for their household with a family tariff. */
export function MembershipForm({ person, onDone }: { person: PersonDocument; onDone?: () => void }) {
  const { t } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const state = useMembershipEntry();
  const household = useHousehold(person.householdId);
  const { busy, run } = useWrite();
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (state.seasons.length === 0) return <Alert color="orange">{t('people.membership.noSeason')}</Alert>;
  const error = (path: string) => (errors[path] ? translateError(t, errors[path]) : undefined);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const read = readMembershipEntry(state.entry, person, household, user.id);
    setErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    const taken = await run(() => takeMembership(db, context, read.draft), {
      success: () => t('people.membership.saved'),
      failure: (message, failure) => {
        // The schema's refusals go under their fields, like the form's own.
        if (!(failure instanceof z.ZodError)) return message;
        setErrors(issuesByPath(failure));
        return null;
      },
    });
    if (!taken) return;
    state.clear();
    onDone?.();
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('people.membership.take')}
          </Title>
          <TariffFields state={state} household={household} error={error} />
          <PaymentFields state={state} error={error} />
          <Group justify="flex-end">
            <Button type="submit" loading={busy} size="md">
              {t('people.membership.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
