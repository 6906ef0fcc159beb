import { Container, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useData } from '@renderer/data/context';
import type { PendingStep, SessionUser } from '@renderer/data/session';
import { ChooseSecretForm } from '@renderer/pages/auth/ChooseSecretForm';
import { RecoveryCodeNotice } from '@renderer/pages/auth/RecoveryCodeNotice';

/** What a signed-in user must do before anything else of the app opens (see `PendingStep`). */
export function PendingStepPage({ user, pending }: { user: SessionUser; pending: PendingStep }) {
  const { t } = useTranslation();
  const { session } = useData();
  const { pending: _done, ...signedIn } = user;

  return (
    <Container size={560} py={48}>
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          <Title order={2}>
            {pending.kind === 'change-secret' ? t('recovery.choose.title') : t('recovery.notice.title')}
          </Title>
          {pending.kind === 'change-secret' ? (
            <ChooseSecretForm user={user} recovering={pending.recovering} />
          ) : (
            <RecoveryCodeNotice
              code={pending.code}
              accountName={user.name}
              onDone={() => session.set(signedIn)}
            />
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
