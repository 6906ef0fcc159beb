import { SYSTEM_WRITERS } from '@shared/ids';
import {
  Alert,
  Button,
  Container,
  Group,
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
import { focusFirstInvalid } from '@renderer/components/focus-first-invalid';
import { SecretInput } from '@renderer/components/SecretInput';
import { attemptLogin, newUserSchema } from '@renderer/data/users/accounts';
import { createFirstAdministrator } from '@renderer/data/users/recovery';
import type { NewUserInput } from '@renderer/data/users/accounts';
import { EnrolForm } from '@renderer/pages/settings/SyncPanel';
import { SyncDetails } from '@renderer/components/sync/SyncDetails';
import { useEnrolment, useSyncStatus } from '@renderer/sync/use-sync';
import type { EnrolmentSummary } from '@renderer/sync/enrolment';
import { useData } from '@renderer/data/context';
import { useTranslatedField } from '@renderer/components/translated-field';
import { useWrite } from '@renderer/components/use-write';
import type { Language } from '@renderer/i18n/i18n';
import { LANGUAGES } from '@renderer/i18n/i18n';
import { useLanguage } from '@renderer/i18n/language';
import { AutoBackupsFound, RestoreOnFirstRun } from '@renderer/pages/auth/FirstRunRestore';
import { useAutoBackups } from '@renderer/pages/settings/backup/use-auto-backups';

type Mode = 'create' | 'join' | 'restore';

/**
 * First start on this device: either this PC starts the association (create the
 * administrator), or it joins the association's server with an enrolment code, and the accounts
 * arrive by sync, or it restores a backup (a new PC after a disk failure) and the accounts come
 * back with it. `holdRestore` keeps this page shown while a restore runs and until its result is
 * read, though the accounts it brings back would otherwise open the lock screen at once.
 */
export function FirstRunPage({
  restoring,
  holdRestore,
}: {
  /** A restore confirmed here and not yet acknowledged (the hold `AuthGate` keeps). */
  restoring: boolean;
  holdRestore: (hold: boolean) => void;
}) {
  const { t } = useTranslation();
  const enrolment = useEnrolment();
  const [mode, setMode] = useState<Mode>('create');
  const [joined, setJoined] = useState<string | null>(null);
  // Desktop only: this PC's automatic backups, which outlive a database Chromium dropped.
  const auto = useAutoBackups();

  return (
    // Wider for the restore: the list of automatic backups needs the room of its four columns.
    <Container size={mode === 'restore' && auto ? 760 : 560} py={48}>
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          {/* Above the title, apart from the three choices below it: a language, not a way to start. */}
          <Group justify="flex-end">
            <FirstRunLanguage />
          </Group>
          <Title order={1} mt={-12}>
            {t('auth.firstRun.title')}
          </Title>
          {enrolment ? (
            <JoinedWithoutAccounts enrolment={enrolment} />
          ) : joined ? (
            <Alert color="green">{joined}</Alert>
          ) : (
            <>
              {/* One choice a line: side by side, the long labels were cut at 1280 px wide. */}
              {!restoring && (
                <SegmentedControl
                  aria-label={t('auth.firstRun.how')}
                  fullWidth
                  orientation="vertical"
                  size="md"
                  value={mode}
                  onChange={(value) => setMode(value as Mode)}
                  data={[
                    { value: 'create', label: t('auth.firstRun.create') },
                    { value: 'join', label: t('auth.firstRun.join') },
                    { value: 'restore', label: t('auth.firstRun.restore') },
                  ]}
                />
              )}
              {mode !== 'restore' && auto ? (
                <AutoBackupsFound backups={auto.list?.backups ?? []} onRestore={() => setMode('restore')} />
              ) : null}
              {mode === 'create' ? (
                <CreateAdministrator />
              ) : mode === 'join' ? (
                <EnrolForm onEnrolled={setJoined} restartDelayMs={0} />
              ) : (
                <RestoreOnFirstRun hold={holdRestore} auto={auto} />
              )}
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}

/**
 * Joined, and no account yet on this device. While the first sync runs, the accounts are on their
 * way. Once it has ended with none, none will come: the server is new (its `init` code joined
 * first), and an office PC creates the first administrator here, which the sync then sends up;
 * a door device reads only the door's accounts, and is told who makes one.
 */
function JoinedWithoutAccounts({ enrolment }: { enrolment: EnrolmentSummary }) {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const synced = status.lastSyncedAt !== null && status.firstSync === null;
  const org = enrolment.orgName;
  return (
    <>
      {!synced ? (
        <Alert color="blue">{t('auth.firstRun.waitingForAccounts', { org })}</Alert>
      ) : enrolment.scope === 'office' ? (
        <>
          <Alert color="blue" data-testid="empty-server">
            {t('auth.firstRun.emptyServer', { org })}
          </Alert>
          <CreateAdministrator />
        </>
      ) : (
        <Alert color="orange" data-testid="empty-server">
          {t('auth.firstRun.noDoorAccount', { org })}
        </Alert>
      )}
      <SyncDetails />
    </>
  );
}

/**
 * The first run opens in the browser's (or the system's) language; whoever sets the PC up may
 * change it here, before the settings exist (Paramètres → Langue later). Kept for this device.
 */
function FirstRunLanguage() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <SegmentedControl
      aria-label={t('settings.general.languageLabel')}
      size="xs"
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
    />
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

  const submit = form.onSubmit(
    (values) =>
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
    // Refused (the two passwords differ): the keyboard goes to the field to correct.
    () => focusFirstInvalid(),
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
