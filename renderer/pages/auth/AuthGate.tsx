import { Center, Loader } from '@mantine/core';
import { useHotkeys, useIdle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AUTO_LOCK_SECONDS } from '@shared/auth/security-settings';
import { useSessionUser } from '@renderer/data/context';
import { useSetting } from '@renderer/data/settings/read';
import { FirstRunPage } from '@renderer/pages/auth/FirstRunPage';
import { LockScreen } from '@renderer/pages/auth/LockScreen';
import { PendingStepPage } from '@renderer/pages/auth/PendingStepPage';
import { useUsers } from '@renderer/data/users/read';
import { notify } from '@renderer/components/notices';
import { useLock } from '@renderer/pages/auth/use-lock';

/** Nothing of the app is rendered without a signed-in user. */
export function AuthGate({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const { users, loading } = useUsers();

  if (loading) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (users.length === 0) return <FirstRunPage />;
  if (!user) return <LockScreen users={users} />;
  // A new password to choose, or a recovery code to note: nothing else opens before.
  if (user.pending) return <PendingStepPage user={user} pending={user.pending} />;
  return <IdleLock>{children}</IdleLock>;
}

/** Locks after the association's inactivity delay, and on Ctrl+Shift+L. */
function IdleLock({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const lock = useLock();
  const security = useSetting('security');
  const seconds =
    security.read.state === 'ok' ? security.read.value.autoLockSeconds : DEFAULT_AUTO_LOCK_SECONDS;
  const idle = useIdle(seconds * 1000, {
    initialState: false,
    events: ['keydown', 'mousemove', 'mousedown', 'touchstart', 'wheel', 'scroll'],
  });

  useEffect(() => {
    if (!idle) return;
    void lock('idle').then(() => notify('blue', t('auth.locked')));
  }, [idle, lock, t]);

  useHotkeys([['mod+shift+L', () => void lock('manual')]], []);
  return children;
}
