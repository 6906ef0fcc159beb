import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFrenchDate } from '@shared/dates/parse-date';
import { displayName } from '@shared/members/person';
import { usePerson } from '@renderer/data/members/read';
import { MissingPerson } from '@renderer/pages/members/MissingPerson';
import { ConfirmErasure } from '@renderer/pages/members/erasure/ConfirmErasure';
import { ErasureSummary } from '@renderer/pages/members/erasure/ErasureSummary';
import { useRouteId } from '@renderer/components/use-route-id';
import { asPersonId } from '@shared/ids';

/**
 * `/membres/:id/effacer`: a person's erasure (RGPD), administrators only. What is kept and why,
 * what is removed, then the person's name typed to confirm (shared/members/erasure.ts).
 */
export function ErasurePage() {
  const { t } = useTranslation();
  const id = useRouteId(asPersonId);
  const person = usePerson(id);
  if (!person) return <MissingPerson id={id ?? ''} message={t('people.person.notFound')} />;
  const name = displayName(person);
  return (
    <Stack gap="md" maw={860}>
      <Anchor component={Link} to={`/membres/${person.id}`} size="sm">
        ← {t('erasure.back')}
      </Anchor>
      <Title order={1}>{t('erasure.title', { name })}</Title>
      {person.erasedOn ? (
        <Alert color="gray">{t('erasure.erasedBadge', { date: formatFrenchDate(person.erasedOn) })}</Alert>
      ) : (
        <>
          <Text>{t('erasure.intro')}</Text>
          <ErasureSummary person={person} />
          <ConfirmErasure person={person} />
        </>
      )}
    </Stack>
  );
}
