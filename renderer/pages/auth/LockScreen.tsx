import {
  Alert,
  Button,
  Container,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SecretInput } from '@renderer/components/SecretInput';
import { FirstSyncProgress } from '@renderer/components/sync/FirstSyncProgress';
import { WebUpdateLockNotice } from '@renderer/components/offline/WebUpdateNotice';
import type { UserDocument } from '@shared/auth/user';
import { attemptLogin } from '@renderer/data/users/accounts';
import { useData } from '@renderer/data/context';
import { RecoveryForm } from '@renderer/pages/auth/RecoveryForm';

/**
 * What a locked PC shows: the list of accounts and nothing else. Big targets, because the same
 * screen is used at the door on a tablet.
 */
export function LockScreen({ users }: { users: readonly UserDocument[] }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<UserDocument | null>(null);
  // Back from « Changer de compte », the keyboard is on the account left, else on the first.
  const [left, setLeft] = useState<string | null>(null);
  const active = users.filter((user) => !user.disabled);
  const focusedId = active.find((user) => user.id === left)?.id ?? active[0]?.id;

  return (
    <Container size={640} py={48}>
      {/* A new device receives the association's data while it waits for someone to sign in. */}
      <FirstSyncProgress />
      <WebUpdateLockNotice />
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          <Title order={1}>{t('auth.lock.title')}</Title>
          {chosen ? (
            <SignIn
              user={chosen}
              onBack={() => {
                setLeft(chosen.id);
                setChosen(null);
              }}
            />
          ) : (
            <>
              <Text>{t('auth.lock.whoAreYou')}</Text>
              {active.length === 0 ? <Alert color="orange">{t('auth.lock.noUsers')}</Alert> : null}
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                {active.map((user) => (
                  <UnstyledButton
                    key={user.id}
                    onClick={() => setChosen(user)}
                    // The keyboard starts on an account: Entrée opens it, Tab goes to the next.
                    autoFocus={user.id === focusedId}
                    p="md"
                    style={{
                      border: '1px solid var(--mantine-color-gray-4)',
                      borderRadius: 8,
                      minHeight: 64,
                    }}
                  >
                    <AccountName user={user} />
                  </UnstyledButton>
                ))}
              </SimpleGrid>
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}

/** The door volunteer's screen: signing in at the door opens it, whatever page was open before. */
const DOOR_PAGE = '/entree';

function SignIn({ user, onBack }: { user: UserDocument; onBack: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { db, device, session } = useData();
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);
  const isPin = user.secretKind === 'pin';

  if (forgot) return <RecoveryForm user={user} onBack={() => setForgot(false)} />;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await attemptLogin(db, device.deviceId, user.id, secret);
      if (result.ok) {
        // Shown before the session opens (flushSync: not left to a transition that the sign-in
        // would overtake), or the page the app was left on — an administrator's settings tab —
        // would open first and send the door volunteer elsewhere.
        if (result.user.role === 'door') await navigate(DOOR_PAGE, { replace: true, flushSync: true });
        session.set(result.user);
        return;
      }
      setSecret('');
      if (result.reason === 'locked')
        setError(t('auth.lock.locked', { seconds: Math.ceil(result.waitMs / 1000) }));
      else if (result.reason === 'disabled') setError(t('auth.lock.disabled'));
      else if (result.reason === 'unknown-user') setError(t('auth.lock.unknownUser'));
      else setError(t('auth.lock.wrongSecret'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <div>
          <AccountName user={user} />
        </div>
        <SecretInput
          label={isPin ? t('auth.lock.pin') : t('auth.lock.password')}
          value={secret}
          onChange={(event) => setSecret(event.currentTarget.value)}
          inputMode={isPin ? 'numeric' : 'text'}
          autoComplete={isPin ? 'one-time-code' : 'current-password'}
          size="lg"
          // The lock screen is also the door's, on a tablet: the eye is a finger's target too.
          visibilityToggleButtonProps={{ style: { minWidth: 44, minHeight: 44 } }}
          autoFocus
          error={error}
        />
        <Button type="submit" size="lg" loading={busy} disabled={secret.length === 0}>
          {t('auth.lock.submit')}
        </Button>
        {user.role === 'admin' ? (
          <Button variant="subtle" size="lg" onClick={() => setForgot(true)}>
            {t('recovery.forgot.link')}
          </Button>
        ) : null}
        <Button variant="subtle" size="lg" onClick={onBack}>
          {t('auth.lock.back')}
        </Button>
      </Stack>
    </form>
  );
}

/** Who an account is, big enough to pick at arm's length: the name, then the role. */
function AccountName({ user }: { user: UserDocument }) {
  const { t } = useTranslation();
  return (
    <>
      <Text fw={600} size="lg">
        {user.name}
      </Text>
      <Text size="sm" c="dimmed">
        {t(`roles.${user.role}`)}
      </Text>
    </>
  );
}
