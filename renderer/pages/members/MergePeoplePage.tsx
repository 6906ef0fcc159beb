import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser, usePermission } from '@renderer/data/context';
import { describeDenial } from '@renderer/components/translate-error';
import { usePerson } from '@renderer/data/members/read';
import { MergeView } from '@renderer/pages/members/merge/MergeView';
import { PickOther } from '@renderer/pages/members/merge/PickOther';
import { MissingPerson } from '@renderer/pages/members/MissingPerson';
import { useRouteId } from '@renderer/components/use-route-id';
import { asPersonId } from '@shared/ids';

/**
 * `/membres/:id/fusionner?avec=<otherId>`: merge two records of the same person. The plan is pure
 * (shared/members/merge-people.ts) and shown in full before anything is written.
 */
export function MergePeoplePage() {
  const { t } = useTranslation();
  const id = useRouteId(asPersonId);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const mayMerge = usePermission('people.merge');
  const person = usePerson(id);
  const otherId = asPersonId(params.get('avec') ?? '');
  const other = usePerson(otherId !== id ? otherId : undefined);
  // Once applied, one of the two records is gone: this page must not flash "not found".
  const [mergedInto, setMergedInto] = useState<string | null>(null);

  if (!mayMerge.allowed) {
    return <Alert color="orange">{describeDenial(t, user.role, mayMerge)}</Alert>;
  }
  if (mergedInto) return null;
  if (!person) return <MissingPerson id={id ?? ''} message={t('merge.notFound')} />;
  const choose = (chosenId: string | null) =>
    setParams(chosenId ? { avec: chosenId } : {}, { replace: chosenId === null });

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to={`/membres/${person.id}`} size="sm">
        ← {t('merge.back')}
      </Anchor>
      <Title order={1}>{t('merge.title')}</Title>
      <Text c="dimmed" maw={800}>
        {t('merge.intro')}
      </Text>
      {otherId && !other ? <Alert color="orange">{t('merge.otherNotFound')}</Alert> : null}
      {other ? (
        <MergeView
          key={other.id}
          first={person}
          second={other}
          onChangeOther={() => choose(null)}
          onMerged={(survivorId) => {
            setMergedInto(survivorId);
            void navigate(`/membres/${survivorId}`, { replace: true });
          }}
        />
      ) : (
        <PickOther person={person} onPick={choose} />
      )}
    </Stack>
  );
}
