import { SYSTEM_WRITERS } from '@shared/ids';
import {
  Alert,
  Button,
  Container,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SecretInput } from '@renderer/components/SecretInput';
import { attemptLogin, newUserSchema } from '@renderer/data/users/accounts';
import { createFirstAdministrator } from '@renderer/data/users/recovery';
import type { NewUserInput } from '@renderer/data/users/accounts';
import { EnrolForm } from '@renderer/pages/settings/SyncPanel';
import { SyncDetails } from '@renderer/components/sync/SyncDetails';
import { useEnrolment } from '@renderer/sync/use-sync';
import { useData } from '@renderer/data/context';
import { useTranslatedField } from '@renderer/components/translated-field';
import { useWrite } from '@renderer/components/use-write';

/**
 * First start on this device: either this PC starts the association (create the
 * administrator), or it joins the association's server with an enrolment code, and the accounts
 * arrive by sync.
 */
export function FirstRunPage() {
  const { t } = useTranslation();
  const enrolment = useEnrolment();
  const [mode, setMode] = useState<'create' | 'join'>('create');
  const [joined, setJoined] = useState<string | null>(null);

  return (
    <Container size={560} py={48}>
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          <Title order={1}>{t('auth.firstRun.title')}</Title>
          {enrolment ? (
            <>
              <Alert color="blue">{t('auth.firstRun.waitingForAccounts', { org: enrolment.orgName })}</Alert>
              <SyncDetails />
            </>
          ) : joined ? (
            <Alert color="green">{joined}</Alert>
          ) : (
            <>
              {/* One choice a line: side by side, the long labels were cut at 1280 px wide. */}
              <SegmentedControl
                fullWidth
                orientation="vertical"
                size="md"
                value={mode}
                onChange={(value) => setMode(value as 'create' | 'join')}
                data={[
                  { value: 'create', label: t('auth.firstRun.create') },
                  { value: 'join', label: t('auth.firstRun.join') },
                ]}
              />
              {mode === 'create' ? (
                <CreateAdministrator />
              ) : (
                <EnrolForm onEnrolled={setJoined} restartDelayMs={0} />
              )}
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}

function CreateAdministrator() {
  const { t } = useTranslation();
  const { db, device, session } = useData();
  const { busy, run } = useWrite();
  const form = useForm<NewUserInput>({
    initialValues: { name: '', role: 'admin', secret: '', confirm: '' },
    validate: zod4Resolver(newUserSchema),
  });
  const field = useTranslatedField(form);

  const submit = form.onSubmit((values) =>
    run(
      async () => {
        // No one is signed in yet: the first account is written in the name of the set-up.
        const context = { userId: SYSTEM_WRITERS.setup, deviceId: device.deviceId, now: () => new Date() };
        const { user, recoveryCode } = await createFirstAdministrator(db, context, values);
        const login = await attemptLogin(db, device.deviceId, user.id, values.secret);
        // The recovery code is shown once, before anything else opens (PendingStepPage).
        if (login.ok)
          session.set({ ...login.user, pending: { kind: 'note-recovery-code', code: recoveryCode } });
        return user;
      },
      { success: (user) => t('auth.firstRun.done', { name: user.name }) },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text c="dimmed">{t('auth.firstRun.body')}</Text>
        <TextInput label={t('auth.firstRun.name')} withAsterisk autoFocus size="md" {...field('name')} />
        <SecretInput label={t('users.secretPassword')} withAsterisk size="md" {...field('secret')} />
        <SecretInput label={t('users.confirm')} withAsterisk size="md" {...field('confirm')} />
        <Button type="submit" size="md" loading={busy}>
          {t('auth.firstRun.submit')}
        </Button>
      </Stack>
    </form>
  );
}
