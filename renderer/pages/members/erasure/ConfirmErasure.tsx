import { Button, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import { useCurrentUser, useData, useWriteContext } from '@renderer/data/context';
import { erasePerson } from '@renderer/data/members/erase';
import { useWrite } from '@renderer/components/use-write';
import { describeErasureError } from '@renderer/pages/members/erasure/erasure-error';

/** Spaces and case aside, the name as the record writes it: what the person must type. */
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');

/** The person's name typed to confirm, then the erasure with its progress. */
export function ConfirmErasure({ person }: { person: PersonDocument }) {
  const { t } = useTranslation();
  const { db } = useData();
  const user = useCurrentUser();
  const context = useWriteContext();
  const navigate = useNavigate();
  const { busy, run } = useWrite();
  const [typed, setTyped] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const name = displayName(person);
  const matches = normalise(typed) === normalise(name);

  const erase = async () => {
    const done = await run(
      () =>
        erasePerson(db, { ...context, userName: user.name, role: user.role }, person.id, (count, total) =>
          setProgress({ done: count, total }),
        ),
      {
        success: () => t('erasure.confirm.done', { name }),
        failure: (described, error) => describeErasureError(t, described, error),
      },
    );
    if (done) navigate(`/membres/${person.id}`, { replace: true });
    else setProgress(null);
  };

  return (
    <Stack gap="sm" maw={560}>
      <TextInput
        label={t('erasure.confirm.label', { name })}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        error={typed !== '' && !matches ? t('erasure.confirm.mismatch') : undefined}
        autoComplete="off"
        disabled={busy}
        size="md"
      />
      {progress ? (
        <Stack gap={4}>
          <Progress
            value={(progress.done / Math.max(progress.total, 1)) * 100}
            aria-label={t('erasure.confirm.progress', progress)}
          />
          <Text size="sm">{t('erasure.confirm.progress', progress)}</Text>
        </Stack>
      ) : null}
      <Group>
        <Button color="red" size="md" disabled={!matches} loading={busy} onClick={() => void erase()}>
          {t('erasure.confirm.submit')}
        </Button>
        <Button variant="default" size="md" component={Link} to={`/membres/${person.id}`} disabled={busy}>
          {t('erasure.confirm.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
