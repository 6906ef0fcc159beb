import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MembershipDocument } from '@shared/members/membership';
import type { PersonDocument } from '@shared/members/person';
import { usePermission } from '@renderer/data/context';
import { MembershipForm } from '@renderer/pages/members/MembershipForm';
import { MembershipsTable } from '@renderer/pages/members/membership/MembershipsTable';

/** The « Adhésions » tab: the memberships covering the person, and the form to take one. */
export function MembershipsTab({
  person,
  memberships,
}: {
  person: PersonDocument;
  memberships: readonly MembershipDocument[];
}) {
  const { t } = useTranslation();
  const mayTake = usePermission('memberships.create');
  return (
    <Stack gap="md" maw={1100}>
      {memberships.length === 0 ? (
        <Text c="dimmed">{t('people.membership.none')}</Text>
      ) : (
        <MembershipsTable person={person} memberships={memberships} />
      )}
      {/* One form per person: what was typed for someone else does not follow to this page. */}
      {mayTake.allowed ? <MembershipForm key={person.id} person={person} /> : null}
    </Stack>
  );
}
